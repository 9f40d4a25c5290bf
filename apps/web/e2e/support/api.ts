import type { Page } from 'playwright-core';

/**
 * Arranging through the API what has no screen yet (or is not what the spec is about), with the page's session
 * cookie and a fresh CSRF token.
 */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const csrf = await page.request.get('/api/v1/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post(`/api/v1${path}`, { data: body, headers: { 'x-csrf-token': csrfToken } });
  if (!res.ok()) throw new Error(`POST ${path} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Registers a household of one adult (the head, only the required facts) as the signed-in user of `page`, and
 * returns the participant's person id.
 */
export async function registerOnePersonHousehold(
  page: Page,
  name: { firstName: string; lastName: string },
  birthDate: string,
): Promise<string> {
  const household = await apiPost<{ members: { personId: string }[] }>(page, '/households', {
    name: `Familien ${name.lastName}`,
    members: [
      {
        ...name,
        birthDate,
        sex: null,
        countryOfBirth: null,
        languages: [],
        interpreterNeeded: false,
        permitBasis: null,
        permitGrantedDate: null,
        permitGrantedAbroad: false,
        arrivalCategory: null,
        arrivalDate: null,
        nusLevel: null,
        relation: 'HEAD',
      },
    ],
  });
  const personId = household.members[0]?.personId;
  if (!personId) throw new Error('The household was registered without a member');
  return personId;
}
