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

/** `PATCH` as the signed-in user of `page` (e.g. "someone else" saving first). */
export async function apiPatch<T>(page: Page, path: string, body: unknown): Promise<T> {
  const csrf = await page.request.get('/api/v1/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.patch(`/api/v1${path}`, { data: body, headers: { 'x-csrf-token': csrfToken } });
  if (!res.ok()) throw new Error(`PATCH ${path} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api/v1${path}`);
  if (!res.ok()) throw new Error(`GET ${path} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Registers a household of one adult (the head, only the required facts) as the signed-in user of `page`, and
 * returns the household's and the participant's ids.
 */
export async function registerHouseholdOfOne(
  page: Page,
  name: { firstName: string; lastName: string },
  birthDate: string,
): Promise<{ householdId: string; personId: string }> {
  const household = await apiPost<{ id: string; members: { personId: string }[] }>(page, '/households', {
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
  return { householdId: household.id, personId };
}

/** As `registerHouseholdOfOne`, returning the participant's person id. */
export async function registerOnePersonHousehold(
  page: Page,
  name: { firstName: string; lastName: string },
  birthDate: string,
): Promise<string> {
  return (await registerHouseholdOfOne(page, name, birthDate)).personId;
}
