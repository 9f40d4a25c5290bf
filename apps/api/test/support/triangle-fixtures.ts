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
import type { IsoDate } from '@ankomst/regimes';
import { Clock } from '../../src/core/clock/clock';
import { apiClient, startTestApp, type ApiClient, type EnvOverrides, type TestApp } from './test-app';

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

/**
 * The set-up of the triangle specs: starts the API (`env`), fixes the Clock on `today` when given, and creates the
 * cast. Use as `beforeAll(async () => { ({ app, cast } = await startWithTriangleCast()); });`.
 */
export async function startWithTriangleCast(
  options: { env?: EnvOverrides; today?: IsoDate } = {},
): Promise<{ app: TestApp; cast: TriangleCast }> {
  const app = await startTestApp(options.env);
  if (options.today) jest.spyOn(app.app.get(Clock), 'today').mockReturnValue(options.today);
  const cast = await createTriangleCast(app);
  return { app, cast };
}

/** The client of an access-matrix row: the cast member's signed-in client, or an anonymous one. */
export function castClient(app: TestApp, cast: TriangleCast, who: string): Promise<ApiClient> {
  return who === 'anonymous' ? apiClient(app) : Promise.resolve(cast.as[who as CastRole]);
}

/** The cast's participant as a resettlement refugee settled on 2023-11-30: enough facts to evaluate a programme. */
export async function giveResettlementFacts(app: TestApp, personId: string): Promise<void> {
  await app.prisma.person.update({
    where: { id: personId },
    data: {
      permitBasis: 'RESETTLEMENT',
      permitGrantedDate: new Date('2023-09-01T00:00:00Z'),
      arrivalDate: new Date('2023-11-30T00:00:00Z'),
      settlementDate: new Date('2023-11-30T00:00:00Z'),
    },
  });
}
