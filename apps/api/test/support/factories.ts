import { randomBytes } from 'node:crypto';
import type { CurrentUser, Role } from '@ankomst/contracts';
import { hashPassword } from '../../src/core/auth/passwords';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { apiClient, type ApiClient, type ApiClientOptions, type TestApp } from './test-app';

/**
 * Test data, written straight to the database (fast, no HTTP), and signing in through the real API.
 * Every helper makes unique values, so tests in one file never collide.
 *
 *   const kommune = await createMunicipality(app.prisma);
 *   const admin = await createUser(app.prisma, kommune.id, { roles: ['ADMIN'] });  // admin.password is the plain text
 *   const person = await createPerson(app.prisma, kommune.id);
 *   const client = await signIn(app, admin.email, admin.password);                // throws unless sign-in succeeds
 *   await client.get('/users').expect(200);  await client.post('/users', body).expect(201);
 */
export const DEFAULT_PASSWORD = 'correct horse battery staple';

let counter = 0;
const unique = () => `${++counter}${randomBytes(3).toString('hex')}`;

export type Municipality = Awaited<ReturnType<PrismaClient['municipality']['create']>>;

export function createMunicipality(
  prisma: PrismaClient,
  overrides: { name?: string; municipalityNumber?: string } = {},
): Promise<Municipality> {
  counter += 1;
  return prisma.municipality.create({
    data: {
      name: overrides.name ?? `Testkommune ${counter}`,
      // Four digits like a real kommunenummer; unique within the process (each test file has its own database).
      municipalityNumber:
        overrides.municipalityNumber ?? String(1000 + ((process.pid * 7 + counter) % 9000)).padStart(4, '0'),
    },
  });
}

export type TestUser = Awaited<ReturnType<PrismaClient['user']['create']>> & { password: string };

export async function createUser(
  prisma: PrismaClient,
  municipalityId: string,
  options: { roles: Role[]; password?: string; name?: string; email?: string; active?: boolean },
): Promise<TestUser> {
  const password = options.password ?? DEFAULT_PASSWORD;
  const id = unique();
  const user = await prisma.user.create({
    data: {
      municipalityId,
      email: (options.email ?? `user-${id}@example.test`).toLowerCase(),
      name: options.name ?? `Test User ${id}`,
      roles: options.roles,
      active: options.active ?? true,
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
    },
  });
  return { ...user, password };
}

export type TestPerson = Awaited<ReturnType<PrismaClient['person']['create']>>;

export function createPerson(
  prisma: PrismaClient,
  municipalityId: string,
  overrides: { firstName?: string; lastName?: string; birthDate?: string } = {},
): Promise<TestPerson> {
  return prisma.person.create({
    data: {
      municipalityId,
      firstName: overrides.firstName ?? `Amina${unique()}`,
      lastName: overrides.lastName ?? 'Testesen',
      birthDate: new Date(`${overrides.birthDate ?? '1990-05-17'}T00:00:00Z`),
    },
  });
}

export type SignedInClient = ApiClient & { user: CurrentUser };

/** Signs in through POST /auth/login; the client keeps the session cookie and sends the CSRF token on writes. */
export async function signIn(
  app: Pick<TestApp, 'url'>,
  email: string,
  password: string,
  options: ApiClientOptions = {},
): Promise<SignedInClient> {
  const client = await apiClient(app, options);
  const res = await client.login(email, password);
  if (res.status !== 200) throw new Error(`signIn(${email}) failed: ${res.status} ${JSON.stringify(res.body)}`);
  return Object.assign(client, { user: res.body as CurrentUser });
}
