import {
  ApiErrorBodySchema,
  CommonErrorCode,
  ROLES,
  UserErrorCode,
  UserListSchema,
  UserSchema,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import { createMunicipality, createUser, signIn, type SignedInClient, type TestUser } from '../support/factories';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/** User administration: an admin manages the users of their own municipality, and nobody else can. */
let app: TestApp;
let municipalityId: string;
let otherMunicipalityId: string;
let admin: TestUser;
let adminClient: SignedInClient;

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
  otherMunicipalityId = (await createMunicipality(app.prisma)).id;
  admin = await createUser(app.prisma, municipalityId, { roles: ['ADMIN'] });
  adminClient = await signIn(app, admin.email, admin.password);
});
afterAll(() => app?.close());

const newUser = (roles: Role[] = ['CONSULTANT'], inMunicipality = municipalityId) =>
  createUser(app.prisma, inMunicipality, { roles });
let seq = 0;
const createBody = (overrides: Record<string, unknown> = {}) => ({
  email: `new-user-${++seq}@example.test`,
  name: `Kari Nordmann ${seq}`,
  roles: ['CONSULTANT'],
  password: 'a long enough passphrase',
  ...overrides,
});
const issuePaths = (body: unknown) => (ApiErrorBodySchema.parse(body).issues ?? []).map((i) => i.path);

describe('access', () => {
  it('anonymous gets 401 on every users route', async () => {
    const target = await newUser();
    const anonymous = await apiClient(app);
    await request(app.url).get(apiPath('/users')).expect(401);
    await anonymous.post('/users', createBody()).expect(401);
    await anonymous.patch(`/users/${target.id}`, { name: 'X', version: 0 }).expect(401);
    await anonymous.post(`/users/${target.id}/password`, { newPassword: 'a long enough passphrase' }).expect(401);
  });

  it.each(ROLES.filter((r) => r !== 'ADMIN'))('%s gets 403 on every users route', async (role) => {
    const target = await newUser();
    const user = await newUser([role]);
    const client = await signIn(app, user.email, user.password);
    const res = await client.get('/users').expect(403);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.FORBIDDEN);
    await client.post('/users', createBody()).expect(403);
    await client.patch(`/users/${target.id}`, { name: 'Changed', version: target.version }).expect(403);
    await client.post(`/users/${target.id}/password`, { newPassword: 'a long enough passphrase' }).expect(403);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).name).toBe(target.name);
  });

  it('an admin who also holds other roles may manage users', async () => {
    const user = await newUser(['CONSULTANT', 'ADMIN']);
    const client = await signIn(app, user.email, user.password);
    await client.get('/users').expect(200);
  });

  it('an admin lists the users of their own municipality only', async () => {
    const mine = await newUser();
    const theirs = await newUser(['CONSULTANT'], otherMunicipalityId);
    const res = await adminClient.get('/users').query({ pageSize: 200 }).expect(200);
    const list = UserListSchema.parse(res.body);
    const ids = list.items.map((u) => u.id);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(admin.id);
    expect(ids).not.toContain(theirs.id);
    const searched = UserListSchema.parse(
      (await adminClient.get('/users').query({ search: theirs.email }).expect(200)).body,
    );
    expect(searched.items).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|argon2/);
  });

  it('an admin of another municipality gets 404 for this municipality’s user, and changes nothing', async () => {
    const target = await newUser();
    const otherAdmin = await newUser(['ADMIN'], otherMunicipalityId);
    const client = await signIn(app, otherAdmin.email, otherAdmin.password);
    await client.patch(`/users/${target.id}`, { name: 'Hijacked', active: false, version: target.version }).expect(404);
    await client.post(`/users/${target.id}/password`, { newPassword: 'hijacked passphrase!' }).expect(404);
    const row = await app.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect({ name: row.name, active: row.active, version: row.version, passwordHash: row.passwordHash }).toEqual({
      name: target.name,
      active: true,
      version: target.version,
      passwordHash: target.passwordHash,
    });
    await signIn(app, target.email, target.password);
  });

  it('an unknown user id gives 404', async () => {
    const res = await adminClient
      .patch('/users/00000000-0000-4000-8000-000000000000', { name: 'Nobody', version: 0 })
      .expect(404);
    expect(res.body.code).toBe(UserErrorCode.NOT_FOUND);
  });
});

describe('create', () => {
  it('creates a user (201) who can then sign in with the given roles', async () => {
    const body = createBody({ email: 'Mixed.Case@Example.test', roles: ['TEACHER', 'MANAGER'] });
    const res = await adminClient.post('/users', body).expect(201);
    const user = UserSchema.parse(res.body);
    expect(user).toMatchObject({ email: 'mixed.case@example.test', name: body.name, active: true, version: 0 });
    expect(res.body).not.toHaveProperty('password');
    expect(res.body).not.toHaveProperty('passwordHash');
    const client = await signIn(app, body.email, body.password);
    expect(client.user.roles.sort()).toEqual(['MANAGER', 'TEACHER']);
    expect(client.user.municipality.id).toBe(municipalityId);
  });

  it('a taken e-mail address (in any letter case, in any municipality) gives 409 USER_EMAIL_TAKEN', async () => {
    const existing = await newUser(['NAV_ADVISER'], otherMunicipalityId);
    const res = await adminClient.post('/users', createBody({ email: existing.email.toUpperCase() })).expect(409);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(UserErrorCode.EMAIL_TAKEN);
    expect(await app.prisma.user.count({ where: { email: existing.email } })).toBe(1);
  });

  it('two admins creating the same e-mail at the same moment: one 201, the other 409 USER_EMAIL_TAKEN', async () => {
    const body = createBody();
    const results = await Promise.all([adminClient.post('/users', body), adminClient.post('/users', body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe(UserErrorCode.EMAIL_TAKEN);
  });

  it('validation errors name each bad field', async () => {
    const res = await adminClient
      .post('/users', { email: 'not-an-email', name: '', roles: [], password: 'short' })
      .expect(400);
    expect(res.body.code).toBe(CommonErrorCode.VALIDATION_FAILED);
    expect(issuePaths(res.body).sort()).toEqual(['email', 'name', 'password', 'roles']);
    const unknownRole = await adminClient.post('/users', createBody({ roles: ['SUPERUSER'] })).expect(400);
    expect(issuePaths(unknownRole.body)).toEqual(['roles.0']);
  });
});

describe('update', () => {
  it('changes name and roles and bumps the version', async () => {
    const target = await newUser();
    const res = await adminClient
      .patch(`/users/${target.id}`, { name: 'Ola Nordmann', roles: ['TEACHER'], version: target.version })
      .expect(200);
    expect(UserSchema.parse(res.body)).toMatchObject({
      name: 'Ola Nordmann',
      roles: ['TEACHER'],
      version: target.version + 1,
    });
  });

  it('a stale version gives 409 STALE_VERSION and changes nothing', async () => {
    const target = await newUser();
    await adminClient.patch(`/users/${target.id}`, { name: 'First edit', version: target.version }).expect(200);
    const res = await adminClient
      .patch(`/users/${target.id}`, { name: 'Second edit', roles: ['MANAGER'], version: target.version })
      .expect(409);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.STALE_VERSION);
    const row = await app.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect({ name: row.name, roles: row.roles, version: row.version }).toEqual({
      name: 'First edit',
      roles: ['CONSULTANT'],
      version: target.version + 1,
    });
  });

  it('deactivating a user ends their sessions and they can no longer sign in', async () => {
    const target = await newUser();
    const theirClient = await signIn(app, target.email, target.password);
    await adminClient.patch(`/users/${target.id}`, { active: false, version: target.version }).expect(200);
    await theirClient.get('/auth/me').expect(401);
    await (await apiClient(app)).login(target.email, target.password).expect(401);
  });

  it('changing a user’s roles ends their sessions (they carry the old roles)', async () => {
    const target = await newUser(['ADMIN']);
    const theirClient = await signIn(app, target.email, target.password);
    await adminClient.patch(`/users/${target.id}`, { roles: ['CONSULTANT'], version: target.version }).expect(200);
    await theirClient.get('/users').expect(401);
    const again = await signIn(app, target.email, target.password);
    await again.get('/users').expect(403);
  });

  it('an admin cannot deactivate themselves', async () => {
    const self = await newUser(['ADMIN']);
    const client = await signIn(app, self.email, self.password);
    const res = await client.patch(`/users/${self.id}`, { active: false, version: self.version }).expect(400);
    expect(res.body.code).toBe(UserErrorCode.CANNOT_DEACTIVATE_SELF);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: self.id } })).active).toBe(true);
    await client.get('/users').expect(200);
  });

  it('validation errors name the field: a missing version, a bad user id', async () => {
    const target = await newUser();
    const noVersion = await adminClient.patch(`/users/${target.id}`, { name: 'No version' }).expect(400);
    expect(issuePaths(noVersion.body)).toEqual(['version']);
    const badId = await adminClient.patch('/users/not-a-uuid', { name: 'X', version: 0 }).expect(400);
    expect(issuePaths(badId.body)).toEqual(['userId']);
  });
});

describe('reset password', () => {
  it('sets a new password and ends the user’s sessions', async () => {
    const target = await newUser();
    const theirClient = await signIn(app, target.email, target.password);
    const newPassword = 'reset by the admin 2024';
    await adminClient.post(`/users/${target.id}/password`, { newPassword }).expect(204);
    await theirClient.get('/auth/me').expect(401);
    await (await apiClient(app)).login(target.email, target.password).expect(401);
    await signIn(app, target.email, newPassword);
  });

  it('a too short password gives 400 naming newPassword', async () => {
    const target = await newUser();
    const res = await adminClient.post(`/users/${target.id}/password`, { newPassword: 'short' }).expect(400);
    expect(issuePaths(res.body)).toEqual(['newPassword']);
  });
});
