import type { Role } from '@ankomst/contracts';
import {
  createMunicipality,
  createPerson,
  createUser,
  signIn,
  type SignedInClient,
  type TestPerson,
  type TestUser,
} from './factories';
import type { TestApp } from './test-app';

/**
 * The cast of the triangle tests: one municipality with a consultant, a Nav adviser and a teacher in a participant's
 * responsibility group, a Nav adviser and a teacher outside it, a manager and an admin; and a consultant of another
 * municipality. Every user is signed in.
 */
export interface TriangleCast {
  municipalityId: string;
  person: TestPerson;
  groupId: string;
  users: Record<CastRole, TestUser>;
  as: Record<CastRole, SignedInClient>;
}

export type CastRole =
  | 'consultant'
  | 'navInGroup'
  | 'navOutside'
  | 'teacherInGroup'
  | 'teacherOutside'
  | 'manager'
  | 'admin'
  | 'otherMunicipality';

const ROLES: Record<CastRole, Role> = {
  consultant: 'CONSULTANT',
  navInGroup: 'NAV_ADVISER',
  navOutside: 'NAV_ADVISER',
  teacherInGroup: 'TEACHER',
  teacherOutside: 'TEACHER',
  manager: 'MANAGER',
  admin: 'ADMIN',
  otherMunicipality: 'CONSULTANT',
};

export async function createTriangleCast(app: TestApp): Promise<TriangleCast> {
  const kommune = await createMunicipality(app.prisma);
  const other = await createMunicipality(app.prisma);
  const users = {} as Record<CastRole, TestUser>;
  for (const [key, role] of Object.entries(ROLES) as [CastRole, Role][]) {
    users[key] = await createUser(app.prisma, key === 'otherMunicipality' ? other.id : kommune.id, { roles: [role] });
  }
  const person = await createPerson(app.prisma, kommune.id);
  const group = await app.prisma.responsibilityGroup.create({
    data: {
      municipalityId: kommune.id,
      personId: person.id,
      members: {
        create: [
          { municipalityId: kommune.id, userId: users.consultant.id, role: 'CONSULTANT' },
          { municipalityId: kommune.id, userId: users.navInGroup.id, role: 'NAV_ADVISER' },
          { municipalityId: kommune.id, userId: users.teacherInGroup.id, role: 'TEACHER' },
        ],
      },
    },
  });
  const as = {} as Record<CastRole, SignedInClient>;
  await Promise.all(
    (Object.keys(ROLES) as CastRole[]).map(
      async (key) => (as[key] = await signIn(app, users[key].email, users[key].password)),
    ),
  );
  return { municipalityId: kommune.id, person, groupId: group.id, users, as };
}

/** Expected status per cast member for one endpoint, for `it.each`. */
export type AccessMatrix = Record<CastRole | 'anonymous', number>;

export function matrixRows(matrix: AccessMatrix): [string, number][] {
  return Object.entries(matrix) as [string, number][];
}
