import { ApiErrorBodySchema, PersonErrorCode, TimelineEventListSchema, type Role } from '@ankomst/contracts';
import request from 'supertest';
import { TimelineWriter } from '../../src/modules/timeline/timeline.writer';
import {
  createMunicipality,
  createPerson,
  createUser,
  signIn,
  type SignedInClient,
  type TestPerson,
} from '../support/factories';
import { apiPath, startTestApp, type TestApp } from '../support/test-app';

/** The shared timeline: newest first, paged, restricted lines for the refugee service only, every read audited. */
let app: TestApp;
let municipalityId: string;
let otherMunicipalityId: string;
let consultantClient: SignedInClient;
let consultantId: string;
let person: TestPerson;

async function userClient(roles: Role[], inMunicipality = municipalityId) {
  const user = await createUser(app.prisma, inMunicipality, { roles });
  return Object.assign(await signIn(app, user.email, user.password), { id: user.id });
}

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
  otherMunicipalityId = (await createMunicipality(app.prisma)).id;
  const consultant = await userClient(['CONSULTANT']);
  consultantClient = consultant;
  consultantId = consultant.id;
  person = await createPerson(app.prisma, municipalityId);
  // Written through the real TimelineWriter, as other modules do.
  const writer = new TimelineWriter();
  const actor = { userId: consultantId, municipalityId };
  await app.prisma.$transaction(async (tx) => {
    await writer.record(tx as never, actor, {
      personId: person.id,
      service: 'REFUGEE_SERVICE',
      kind: 'household.registered',
      params: { householdId: 'h1' },
      occurredAt: new Date('2024-02-01T10:00:00Z'),
    });
    await writer.recordMany(tx as never, actor, [
      { personId: person.id, service: 'NAV', kind: 'handover.submitted', occurredAt: new Date('2024-03-01T10:00:00Z') },
      {
        personId: person.id,
        service: 'REFUGEE_SERVICE',
        kind: 'meeting.decision',
        restricted: true,
        occurredAt: new Date('2024-04-01T10:00:00Z'),
      },
      {
        personId: person.id,
        service: 'ADULT_EDUCATION',
        kind: 'education.enrolled',
        params: { className: 'A1', hours: 15, certified: false },
        occurredAt: new Date('2024-05-01T10:00:00Z'),
      },
    ]);
  });
});
afterAll(() => app?.close());

const timeline = (client: SignedInClient, query: Record<string, unknown> = {}) =>
  client.get(`/persons/${person.id}/timeline`).query(query);

describe('GET /persons/:personId/timeline', () => {
  it('gives a consultant every event, newest first, with who wrote it', async () => {
    const body = TimelineEventListSchema.parse((await timeline(consultantClient).expect(200)).body);
    expect(body.items.map((e) => e.kind)).toEqual([
      'education.enrolled',
      'meeting.decision',
      'handover.submitted',
      'household.registered',
    ]);
    expect(body.total).toBe(4);
    expect(body.items[0]).toMatchObject({
      service: 'ADULT_EDUCATION',
      params: { className: 'A1', hours: 15, certified: false },
      restricted: false,
    });
    expect(body.items[3]?.actorName).toMatch(/^Test User/);
  });

  it('pages', async () => {
    const page2 = TimelineEventListSchema.parse(
      (await timeline(consultantClient, { page: 2, pageSize: 3 }).expect(200)).body,
    );
    expect(page2.items.map((e) => e.kind)).toEqual(['household.registered']);
    const bad = await timeline(consultantClient, { pageSize: 0 }).expect(400);
    expect(ApiErrorBodySchema.parse(bad.body).issues?.map((i) => i.path)).toEqual(['pageSize']);
  });

  it('hides restricted events from everyone but the refugee service', async () => {
    const manager = await userClient(['MANAGER']);
    const body = TimelineEventListSchema.parse((await timeline(manager).expect(200)).body);
    expect(body.items.map((e) => e.kind)).not.toContain('meeting.decision');
    expect(body.total).toBe(3);

    const nav = await userClient(['NAV_ADVISER']);
    const group = await app.prisma.responsibilityGroup.create({ data: { municipalityId, personId: person.id } });
    await app.prisma.groupMember.create({
      data: { municipalityId, groupId: group.id, userId: nav.id, role: 'NAV_ADVISER' },
    });
    const navBody = TimelineEventListSchema.parse((await timeline(nav).expect(200)).body);
    expect(navBody.items.every((e) => !e.restricted)).toBe(true);
    expect(navBody.total).toBe(3);
  });

  it.each([
    ['a Nav adviser without the person', 404, ['NAV_ADVISER'], municipalityId],
    ['a teacher without the person', 404, ['TEACHER'], municipalityId],
    ['a consultant of another municipality', 404, ['CONSULTANT'], 'other'],
    ['an admin', 403, ['ADMIN'], municipalityId],
  ] as const)('%s gets %i', async (_who, status, roles, where) => {
    const client = await userClient([...roles], where === 'other' ? otherMunicipalityId : where);
    const res = await timeline(client).expect(status);
    if (status === 404) expect(ApiErrorBodySchema.parse(res.body).code).toBe(PersonErrorCode.NOT_FOUND);
  });

  it('anonymous gets 401', async () => {
    await request(app.url)
      .get(apiPath(`/persons/${person.id}/timeline`))
      .expect(401);
  });

  it('audits each read', async () => {
    const before = new Date();
    await timeline(consultantClient).expect(200);
    const events = await app.prisma.auditEvent.findMany({
      where: { actorId: consultantId, operation: 'timeline.list', occurredAt: { gte: before } },
    });
    expect(events).toEqual([
      expect.objectContaining({ action: 'READ', personId: person.id, fields: ['timeline', 'timeline.restricted'] }),
    ]);
  });
});
