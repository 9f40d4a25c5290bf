import {
  AlternativeGoalListSchema,
  AlternativeGoalSchema,
  ApiErrorBodySchema,
  CSRF_HEADER,
  ProgrammeEndErrorCode,
  ProgrammeOutcomeViewSchema,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import { Clock } from '../../src/core/clock/clock';
import { createMunicipality, createPerson, createUser, signIn, type SignedInClient } from '../support/factories';
import { apiClient, apiPath, startTestApp, type ApiClient, type TestApp } from '../support/test-app';

/**
 * Programme end: the outcome of a completed/discontinued programme (follow-ups from 6 and 12 months after the end
 * date, by the Norwegian date of the Clock) and alternative goals, with the access matrix.
 */
let app: TestApp;
let kommuneId: string;
let clock: jest.SpyInstance<string, []>;
const WHO = ['consultant', 'navOutside', 'teacher', 'manager', 'admin', 'otherMunicipality', 'anonymous'] as const;
type Who = (typeof WHO)[number];
const as = {} as Record<Who, ApiClient>;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const END = '2025-01-31';

const put = (client: ApiClient, path: string, body: object) =>
  client.agent.put(apiPath(path)).set(CSRF_HEADER, client.csrfToken).send(body);
const error = (body: unknown) => ApiErrorBodySchema.parse(body);

async function programme(status: 'ACTIVE' | 'COMPLETED' | 'DISCONTINUED', endDate: string | null = END) {
  const person = await createPerson(app.prisma, kommuneId);
  return app.prisma.programme.create({
    data: {
      municipalityId: kommuneId,
      personId: person.id,
      derivedRegime: 'INTEGRERINGSLOVEN',
      evaluation: {},
      evaluatedOn: day('2023-01-01'),
      status,
      startDate: day('2023-02-01'),
      endDate: status === 'ACTIVE' || endDate === null ? null : day(endDate),
    },
  });
}

async function user(roles: Role[], municipalityId = kommuneId): Promise<SignedInClient> {
  const u = await createUser(app.prisma, municipalityId, { roles });
  return signIn(app, u.email, u.password);
}

beforeAll(async () => {
  app = await startTestApp();
  clock = jest.spyOn(app.app.get(Clock), 'today').mockReturnValue('2025-03-01');
  kommuneId = (await createMunicipality(app.prisma)).id;
  const otherId = (await createMunicipality(app.prisma)).id;
  as.consultant = await user(['CONSULTANT']);
  as.navOutside = await user(['NAV_ADVISER']);
  as.teacher = await user(['TEACHER']);
  as.manager = await user(['MANAGER']);
  as.admin = await user(['ADMIN']);
  as.otherMunicipality = await user(['CONSULTANT'], otherId);
  as.anonymous = await apiClient(app);
}, 60_000);
afterAll(() => app?.close());
beforeEach(() => clock.mockReturnValue('2025-03-01'));

describe('outcome', () => {
  it('records, reads and replaces the outcome of a completed programme, with audit and timeline events', async () => {
    const p = await programme('COMPLETED');
    const before = ProgrammeOutcomeViewSchema.parse(
      (await as.consultant.get(`/programmes/${p.id}/outcome`).expect(200)).body,
    );
    expect(before).toMatchObject({
      programmeStatus: 'COMPLETED',
      endDate: END,
      followUp6From: '2025-07-31',
      followUp12From: '2026-01-31',
      outcome: null,
    });

    const res = await put(as.consultant, `/programmes/${p.id}/outcome`, {
      endStatus: 'WORK_PART_TIME',
      endGoalReached: true,
    }).expect(200);
    expect(ProgrammeOutcomeViewSchema.parse(res.body).outcome).toMatchObject({
      endStatus: 'WORK_PART_TIME',
      endGoalReached: true,
      followUp6Status: null,
      followUp12Status: null,
    });

    await put(as.consultant, `/programmes/${p.id}/outcome`, { endStatus: 'EDUCATION', endGoalReached: false }).expect(
      200,
    );
    const read = ProgrammeOutcomeViewSchema.parse(
      (await as.manager.get(`/programmes/${p.id}/outcome`).expect(200)).body,
    );
    expect(read.outcome).toMatchObject({ endStatus: 'EDUCATION', endGoalReached: false });
    expect(await app.prisma.programmeOutcome.count({ where: { programmeId: p.id } })).toBe(1);

    const audit = await app.prisma.auditEvent.findMany({
      where: { personId: p.personId, operation: 'programmeEnd.putOutcome' },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    const timeline = await app.prisma.timelineEvent.findMany({
      where: { personId: p.personId },
      orderBy: { occurredAt: 'asc' },
    });
    expect(timeline.map((t) => t.kind)).toEqual(['programmeEnd.outcomeRecorded', 'programmeEnd.outcomeUpdated']);
  });

  it('records the outcome of a discontinued programme', async () => {
    const p = await programme('DISCONTINUED');
    await put(as.consultant, `/programmes/${p.id}/outcome`, {
      endStatus: 'DISCONTINUED',
      endGoalReached: false,
    }).expect(200);
  });

  it('refuses an outcome for a programme that has not ended, naming its status', async () => {
    const p = await programme('ACTIVE');
    const res = await put(as.consultant, `/programmes/${p.id}/outcome`, {
      endStatus: 'OTHER',
      endGoalReached: false,
    }).expect(409);
    expect(error(res.body).code).toBe(ProgrammeEndErrorCode.NOT_ENDED);
    expect(error(res.body).message).toContain('ACTIVE');
    expect(await app.prisma.programmeOutcome.count({ where: { programmeId: p.id } })).toBe(0);
  });

  it.each([
    ['endStatus', { endStatus: 'RETIRED', endGoalReached: true }],
    ['endGoalReached', { endStatus: 'OTHER' }],
    ['followUp6Status', { endStatus: 'OTHER', endGoalReached: true, followUp6Status: 'SOMETHING' }],
  ])('400 naming %s when it is invalid', async (field, body) => {
    const p = await programme('COMPLETED');
    const res = await put(as.consultant, `/programmes/${p.id}/outcome`, body).expect(400);
    expect(error(res.body).issues?.map((i) => i.path)).toContain(field);
  });

  // End 2025-01-31: the 6-month follow-up is due from 2025-07-31, the 12-month one from 2026-01-31.
  it.each([
    ['followUp6Status', '2025-07-30', 400],
    ['followUp6Status', '2025-07-31', 200],
    ['followUp12Status', '2026-01-30', 400],
    ['followUp12Status', '2026-01-31', 200],
  ])('%s on %s → %i', async (field, today, status) => {
    clock.mockReturnValue(today);
    const p = await programme('COMPLETED');
    const res = await put(as.consultant, `/programmes/${p.id}/outcome`, {
      endStatus: 'NAV_MEASURE',
      endGoalReached: false,
      [field]: 'WORK_FULL_TIME',
    }).expect(status);
    if (status === 400) {
      expect(error(res.body).issues).toEqual([expect.objectContaining({ path: field })]);
      expect(error(res.body).issues?.[0]?.message).toContain(field === 'followUp6Status' ? '2025-07-31' : '2026-01-31');
    } else {
      expect(ProgrammeOutcomeViewSchema.parse(res.body).outcome?.[field as 'followUp6Status']).toBe('WORK_FULL_TIME');
    }
  });

  it('keeps earlier follow-ups when a later PUT leaves them out, and clears them with null', async () => {
    clock.mockReturnValue('2025-08-01');
    const p = await programme('COMPLETED');
    const path = `/programmes/${p.id}/outcome`;
    await put(as.consultant, path, { endStatus: 'OTHER', endGoalReached: false, followUp6Status: 'EDUCATION' }).expect(
      200,
    );
    const kept = await put(as.consultant, path, { endStatus: 'OTHER', endGoalReached: true }).expect(200);
    expect(ProgrammeOutcomeViewSchema.parse(kept.body).outcome?.followUp6Status).toBe('EDUCATION');
    const cleared = await put(as.consultant, path, { endStatus: 'OTHER', endGoalReached: true, followUp6Status: null });
    expect(ProgrammeOutcomeViewSchema.parse(cleared.body).outcome?.followUp6Status).toBeNull();
  });

  it('refuses a follow-up when the programme has no end date, naming the field', async () => {
    clock.mockReturnValue('2030-01-01');
    const p = await programme('COMPLETED', null);
    const res = await put(as.consultant, `/programmes/${p.id}/outcome`, {
      endStatus: 'OTHER',
      endGoalReached: false,
      followUp12Status: 'OTHER',
    }).expect(400);
    expect(error(res.body).issues?.map((i) => i.path)).toEqual(['followUp12Status']);
  });
});

describe('alternative goals', () => {
  it('adds, lists, updates and removes a goal, each write with audit and timeline events', async () => {
    const p = await programme('COMPLETED');
    const created = AlternativeGoalSchema.parse(
      (
        await as.consultant
          .post(`/programmes/${p.id}/alternative-goals`, { kind: 'PARENTING', narrative: 'Følger opp barnehagen' })
          .expect(201)
      ).body,
    );
    expect(created).toMatchObject({ kind: 'PARENTING', status: 'PLANNED', statusDate: null });

    const updated = await as.consultant
      .patch(`/alternative-goals/${created.id}`, { status: 'REACHED', statusDate: '2025-01-20' })
      .expect(200);
    expect(AlternativeGoalSchema.parse(updated.body)).toMatchObject({
      status: 'REACHED',
      statusDate: '2025-01-20',
      narrative: 'Følger opp barnehagen',
    });

    const list = AlternativeGoalListSchema.parse(
      (await as.manager.get(`/programmes/${p.id}/alternative-goals`).expect(200)).body,
    );
    expect(list.items.map((g) => [g.kind, g.status])).toEqual([['PARENTING', 'REACHED']]);

    await as.consultant.delete(`/alternative-goals/${created.id}`).expect(204);
    await as.consultant.get(`/programmes/${p.id}/alternative-goals`).expect(200, { items: [] });

    const audit = await app.prisma.auditEvent.findMany({
      where: { personId: p.personId, entityType: 'alternativeGoal', action: { not: 'READ' } },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    const timeline = await app.prisma.timelineEvent.findMany({
      where: { personId: p.personId },
      orderBy: { occurredAt: 'asc' },
    });
    expect(timeline.map((t) => t.kind)).toEqual([
      'programmeEnd.goalAdded',
      'programmeEnd.goalUpdated',
      'programmeEnd.goalRemoved',
    ]);
  });

  it.each([
    ['kind', { kind: 'HOBBY' }],
    ['status', { kind: 'PARENTING', status: 'DONE' }],
    ['statusDate', { kind: 'PARENTING', statusDate: '31.01.2025' }],
  ])('400 naming %s when it is invalid', async (field, body) => {
    const p = await programme('COMPLETED');
    const res = await as.consultant.post(`/programmes/${p.id}/alternative-goals`, body).expect(400);
    expect(error(res.body).issues?.map((i) => i.path)).toContain(field);
  });

  it('404 for a goal that does not exist', async () => {
    const res = await as.consultant
      .patch('/alternative-goals/00000000-0000-4000-8000-000000000000', { status: 'REACHED' })
      .expect(404);
    expect(error(res.body).code).toBe(ProgrammeEndErrorCode.GOAL_NOT_FOUND);
  });
});

describe('access', () => {
  const who = WHO;
  const read: Record<Who, number> = {
    consultant: 200,
    navOutside: 404,
    teacher: 404,
    manager: 200,
    admin: 403,
    otherMunicipality: 404,
    anonymous: 401,
  };
  // Writing needs programmes.write (consultants only): the guard answers 403 before any person is looked up.
  const write: Record<Who, number> = { ...read, navOutside: 403, teacher: 403, manager: 403 };
  const send = (w: Who, method: 'get' | 'put' | 'post' | 'patch' | 'delete', path: string, body?: object) => {
    if (w === 'anonymous' && method === 'get') return request(app.url).get(apiPath(path));
    if (method === 'put') return put(as[w], path, body ?? {});
    return as[w][method](path, body);
  };

  it.each(who.map((w) => [w, read[w]] as const))('GET outcome and goals as %s → %i', async (w, status) => {
    const p = await programme('COMPLETED');
    expect((await send(w, 'get', `/programmes/${p.id}/outcome`)).status).toBe(status);
    expect((await send(w, 'get', `/programmes/${p.id}/alternative-goals`)).status).toBe(status);
  });

  it.each(who.map((w) => [w, write[w]] as const))('writes as %s → %i', async (w, status) => {
    const p = await programme('COMPLETED');
    const goal = await app.prisma.alternativeGoal.create({
      data: { municipalityId: kommuneId, programmeId: p.id, kind: 'SOME_WORK' },
    });
    const ok = (expected: number) => (status === 200 ? expected : status);
    const outcome = await send(w, 'put', `/programmes/${p.id}/outcome`, { endStatus: 'OTHER', endGoalReached: false });
    expect(outcome.status).toBe(ok(200));
    const created = await send(w, 'post', `/programmes/${p.id}/alternative-goals`, { kind: 'PARENTING' });
    expect(created.status).toBe(ok(201));
    expect((await send(w, 'patch', `/alternative-goals/${goal.id}`, { status: 'REACHED' })).status).toBe(ok(200));
    expect((await send(w, 'delete', `/alternative-goals/${goal.id}`)).status).toBe(ok(204));
    if (status !== 200) {
      expect(await app.prisma.programmeOutcome.count({ where: { programmeId: p.id } })).toBe(0);
      expect(await app.prisma.alternativeGoal.count({ where: { programmeId: p.id } })).toBe(1);
    }
    if (status === 404) expect(error(outcome.body).code).toBe(ProgrammeEndErrorCode.PROGRAMME_NOT_FOUND);
  });
});
