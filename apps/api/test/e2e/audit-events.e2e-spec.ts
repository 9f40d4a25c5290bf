import { AuditEventListSchema, ApiErrorBodySchema, CommonErrorCode } from '@ankomst/contracts';
import request from 'supertest';
import { AuditService, type AuditEntry } from '../../src/core/audit/audit.service';
import {
  createMunicipality,
  createPerson,
  createUser,
  signIn,
  type TestPerson,
  type TestUser,
} from '../support/factories';
import { apiPath, startTestApp, type TestApp } from '../support/test-app';

/** The audit trail: who read or changed which person's data, listed for admins and managers; never the values. */
let app: TestApp;
let municipalityId: string;
let admin: TestUser;
let manager: TestUser;
let person: TestPerson;

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
  admin = await createUser(app.prisma, municipalityId, { roles: ['ADMIN'] });
  manager = await createUser(app.prisma, municipalityId, { roles: ['MANAGER'] });
  person = await createPerson(app.prisma, municipalityId);
});
afterAll(() => app?.close());

const auditPath = (personId: string) => `/persons/${personId}/audit-events`;
/** Every audit row of the database as text: what a leak would look like to someone reading the table. */
async function allAuditRowsAsText(): Promise<string> {
  const rows = await app.prisma.$queryRaw<{ row: string }[]>`SELECT row_to_json(a)::text AS row FROM audit_event a`;
  return rows.map((r) => r.row).join('\n');
}

describe('who may read a person’s audit trail', () => {
  it('anonymous gets 401', async () => {
    await request(app.url)
      .get(apiPath(auditPath(person.id)))
      .expect(401);
  });

  it.each(['ADMIN', 'MANAGER'] as const)('%s gets the list', async (role) => {
    const user = await createUser(app.prisma, municipalityId, { roles: [role] });
    const client = await signIn(app, user.email, user.password);
    const list = AuditEventListSchema.parse((await client.get(auditPath(person.id)).expect(200)).body);
    expect(list.page).toBe(1);
  });

  it.each(['CONSULTANT', 'NAV_ADVISER', 'TEACHER'] as const)('%s gets 403', async (role) => {
    const user = await createUser(app.prisma, municipalityId, { roles: [role] });
    const client = await signIn(app, user.email, user.password);
    const res = await client.get(auditPath(person.id)).expect(403);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.FORBIDDEN);
  });

  it('a manager of another municipality gets 404 for this municipality’s person, as for an unknown one', async () => {
    const other = await createMunicipality(app.prisma);
    const otherManager = await createUser(app.prisma, other.id, { roles: ['MANAGER'] });
    const client = await signIn(app, otherManager.email, otherManager.password);
    const theirs = await client.get(auditPath(person.id)).expect(404);
    const unknown = await client.get(auditPath('00000000-0000-4000-8000-000000000000')).expect(404);
    expect(theirs.body.code).toBe(unknown.body.code);
    expect(theirs.body.message).toBe(unknown.body.message);
  });

  it('an unknown person gives 404 and a malformed id 400 naming personId', async () => {
    const client = await signIn(app, admin.email, admin.password);
    await client.get(auditPath('00000000-0000-4000-8000-000000000000')).expect(404);
    const bad = await client.get(auditPath('12345')).expect(400);
    expect(ApiErrorBodySchema.parse(bad.body).issues?.map((i) => i.path)).toEqual(['personId']);
  });
});

describe('what an event says', () => {
  it('carries actor, action, operation and fields, newest first; reading the trail is itself recorded', async () => {
    const someone = await createPerson(app.prisma, municipalityId);
    const consultant = await createUser(app.prisma, municipalityId, { roles: ['CONSULTANT'] });
    // A feature module records a change through the shared mechanism.
    await app.app.get(AuditService).record(
      { userId: consultant.id, municipalityId },
      {
        action: 'UPDATE',
        operation: 'participants.update',
        entityType: 'person',
        entityId: someone.id,
        personId: someone.id,
        fields: ['firstName', 'birthDate'],
      },
    );
    const client = await signIn(app, manager.email, manager.password);
    const first = AuditEventListSchema.parse(
      (await client.get(auditPath(someone.id)).set('x-request-id', 'audit-test-request-1').expect(200)).body,
    );
    expect(first.total).toBe(1);
    expect(first.items[0]).toMatchObject({
      actorId: consultant.id,
      actorName: consultant.name,
      action: 'UPDATE',
      operation: 'participants.update',
      entityType: 'person',
      personId: someone.id,
      fields: ['firstName', 'birthDate'],
    });
    const second = AuditEventListSchema.parse((await client.get(auditPath(someone.id)).expect(200)).body);
    expect(second.total).toBe(2);
    expect(second.items[0]).toMatchObject({
      actorId: manager.id,
      actorName: manager.name,
      action: 'READ',
      operation: 'auditEvents.listForPerson',
      personId: someone.id,
      requestId: 'audit-test-request-1',
    });
  });

  it('shows only the events of this person, in pages', async () => {
    const a = await createPerson(app.prisma, municipalityId);
    const b = await createPerson(app.prisma, municipalityId);
    const audit = app.app.get(AuditService);
    const actor = { userId: admin.id, municipalityId };
    await audit.recordMany(
      actor,
      [1, 2, 3].map(() => ({
        action: 'READ' as const,
        operation: 'participants.get',
        entityType: 'person',
        personId: a.id,
      })),
    );
    await audit.record(actor, { action: 'READ', operation: 'participants.get', entityType: 'person', personId: b.id });
    const client = await signIn(app, admin.email, admin.password);
    const page = AuditEventListSchema.parse(
      (await client.get(auditPath(a.id)).query({ pageSize: 2 }).expect(200)).body,
    );
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
    expect(page.items.every((e) => e.personId === a.id)).toBe(true);
  });

  it('recordMany writes each entry as record does, whether its values are shared by every row or not', async () => {
    const a = await createPerson(app.prisma, municipalityId);
    const b = await createPerson(app.prisma, municipalityId);
    const audit = app.app.get(AuditService);
    const actor = { userId: admin.id, municipalityId };
    const mixed: AuditEntry[] = [
      {
        action: 'READ',
        operation: 'test.many',
        entityType: 'person',
        entityId: a.id,
        personId: a.id,
        fields: ['x', 'y'],
      },
      { action: 'EXPORT', operation: 'test.many', entityType: 'programme', personId: b.id, reason: 'why' },
      { action: 'READ', operation: 'test.many', entityType: 'person', entityId: 'e-3', fields: ['x'] },
    ];
    const shared: AuditEntry[] = [a, b].map((p) => ({
      action: 'READ',
      operation: 'test.shared',
      entityType: 'person',
      entityId: p.id,
      personId: p.id,
      fields: ['firstName'],
    }));
    await audit.recordMany(actor, [...mixed, ...shared]);
    await audit.recordMany(actor, shared);
    for (const e of [...mixed, ...shared, ...shared])
      await audit.record(actor, { ...e, operation: `${e.operation}.one` });
    const read = async (operations: string[]) =>
      (
        await app.prisma.auditEvent.findMany({
          where: { operation: { in: operations } },
          select: {
            municipalityId: true,
            actorId: true,
            action: true,
            operation: true,
            entityType: true,
            entityId: true,
            personId: true,
            fields: true,
            reason: true,
            requestId: true,
          },
        })
      )
        .map((e) => JSON.stringify({ ...e, operation: e.operation.replace(/\.one$/, '') }))
        .sort();
    const many = await read(['test.many', 'test.shared']);
    expect(many).toHaveLength(7);
    expect(many).toEqual(await read(['test.many.one', 'test.shared.one']));
  });

  it('a LOGIN event is written on sign-in and a LOGOUT on sign-out', async () => {
    const user = await createUser(app.prisma, municipalityId, { roles: ['TEACHER'] });
    const client = await signIn(app, user.email, user.password);
    await client.post('/auth/logout').expect(204);
    const events = await app.prisma.auditEvent.findMany({
      where: { actorId: user.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(events.map((e) => [e.action, e.operation, e.municipalityId])).toEqual([
      ['LOGIN', 'auth.login', municipalityId],
      ['LOGOUT', 'auth.logout', municipalityId],
    ]);
    expect(events[0]!.requestId).toBeTruthy();
  });

  it('never holds values: creating a user, changing and resetting passwords leaves no name, e-mail, password or hash', async () => {
    const client = await signIn(app, admin.email, admin.password);
    const secret = {
      name: 'Zlatan Auditsen',
      email: 'zlatan.auditsen@example.test',
      password: 'very secret passphrase 1',
      newPassword: 'another secret passphrase 2',
    };
    const created = await client
      .post('/users', { email: secret.email, name: secret.name, roles: ['CONSULTANT'], password: secret.password })
      .expect(201);
    await client
      .patch(`/users/${created.body.id}`, { name: 'Zlatan Renamed', version: created.body.version })
      .expect(200);
    await client.post(`/users/${created.body.id}/password`, { newPassword: secret.newPassword }).expect(204);
    const own = await signIn(app, secret.email, secret.newPassword);
    await own
      .post('/auth/password', { currentPassword: secret.newPassword, newPassword: 'third secret passphrase 3' })
      .expect(204);

    const events = await app.prisma.auditEvent.findMany({
      where: { entityId: created.body.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(events.map((e) => [e.action, e.operation, e.fields])).toEqual([
      ['CREATE', 'users.create', ['email', 'name', 'roles', 'password']],
      ['UPDATE', 'users.update', ['name']],
      ['UPDATE', 'users.resetPassword', ['password']],
      ['LOGIN', 'auth.login', []],
      ['UPDATE', 'auth.changePassword', ['password']],
    ]);
    const { passwordHash } = await app.prisma.user.findUniqueOrThrow({ where: { id: created.body.id } });
    const text = await allAuditRowsAsText();
    for (const value of [
      secret.name,
      'Zlatan',
      'Renamed',
      secret.email,
      secret.password,
      secret.newPassword,
      'third secret',
      passwordHash!,
      '$argon2',
    ]) {
      expect(text).not.toContain(value);
    }
  });
});
