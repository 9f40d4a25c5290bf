import type { Page } from 'playwright-core';
import { apiPost } from './api';
import { uniqueFamilyName } from './households';
import { DEMO_PASSWORD, DEMO_USERS, signIn, signOut } from './pages';

export interface Colleague {
  name: string;
  email: string;
}

/**
 * An admin adds another consultant to the demo municipality (through the API; the password is the demo one), then
 * signs out. The name and e-mail are unique per call, so specs running against the same server do not collide.
 */
export async function createColleague(page: Page, firstName = 'Kåre Kollega'): Promise<Colleague> {
  const tag = uniqueFamilyName('');
  const colleague = { name: `${firstName} ${tag}`, email: `kollega-${tag.toLowerCase()}@demo.ankomst.no` };
  await signIn(page, DEMO_USERS.ADMIN);
  await apiPost(page, '/users', { ...colleague, roles: ['CONSULTANT'], password: DEMO_PASSWORD });
  await signOut(page);
  return colleague;
}
