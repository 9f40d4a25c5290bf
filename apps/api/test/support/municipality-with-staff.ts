import type { Role } from '@ankomst/contracts';
import { createMunicipality, createUser, signIn, type SignedInClient, type TestUser } from './factories';
import type { TestApp } from './test-app';

/** One municipality with named staff (each with one role, signed in), and another municipality for the 404 rows. */
export interface MunicipalityWithStaff<K extends string> {
  municipalityId: string;
  otherMunicipalityId: string;
  users: Record<K, TestUser>;
  as: Record<K, SignedInClient>;
}

/**
 * The set-up most specs start with:
 *
 *   const staff = await createMunicipalityWithStaff(app, { consultant: 'CONSULTANT', manager: 'MANAGER' });
 *   await staff.as.consultant.get('/persons').expect(200);  // staff.users.consultant is the TestUser
 */
export async function createMunicipalityWithStaff<K extends string>(
  app: TestApp,
  staff: Record<K, Role>,
): Promise<MunicipalityWithStaff<K>> {
  const municipalityId = (await createMunicipality(app.prisma)).id;
  const otherMunicipalityId = (await createMunicipality(app.prisma)).id;
  const users = {} as Record<K, TestUser>;
  const as = {} as Record<K, SignedInClient>;
  for (const [key, role] of Object.entries(staff) as [K, Role][]) {
    users[key] = await createUser(app.prisma, municipalityId, { roles: [role] });
    as[key] = await signIn(app, users[key].email, users[key].password);
  }
  return { municipalityId, otherMunicipalityId, users, as };
}
