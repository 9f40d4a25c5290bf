import {
  ApiErrorBodySchema,
  CaseloadListSchema,
  DeadlineListSchema,
  ProgrammeSchema,
  type Programme,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import { Clock } from '../../src/core/clock/clock';
import { createMunicipality, createPerson, createUser, signIn, type SignedInClient } from '../support/factories';
import { apiPath, startTestApp, type TestApp } from '../support/test-app';

/**
 * "Mine deltakere" and "Frister": own caseload first, filters (regime, status, deadline within N days, overdue),
 * name search, sorting and paging; the deadline list for consultants (own) and managers (municipality).
 */
let app: TestApp;
let municipalityId: string;
let mine: SignedInClient & { id: string };
let colleague: SignedInClient & { id: string };
let manager: SignedInClient & { id: string };
const programmes: Record<string, Programme> = {};

async function userClient(roles: Role[], inMunicipality = municipalityId) {
  const user = await createUser(app.prisma, inMunicipality, { roles });
  return Object.assign(await signIn(app, user.email, user.password), { id: user.id });
}

/** Settled on `settled`; permit on 1 Sep 2023 (integreringsloven) or collective protection (chapter 6A). */
async function participant(
  owner: SignedInClient,
  lastName: string,
  settled: string,
  kap6a = false,
  inMunicipality = municipalityId,
): Promise<Programme> {
  const person = await createPerson(app.prisma, inMunicipality, { firstName: 'Amina', lastName });
  await app.prisma.person.update({
    where: { id: person.id },
    data: {
      permitBasis: kap6a ? 'COLLECTIVE_PROTECTION' : 'RESETTLEMENT',
      permitGrantedDate: new Date('2023-09-01T00:00:00Z'),
      arrivalDate: new Date(`${settled}T00:00:00Z`),
      settlementDate: new Date(`${settled}T00:00:00Z`),
    },
  });
  return ProgrammeSchema.parse(
    (await owner.post(`/persons/${person.id}/programmes`, { endGoal: 'WORK' }).expect(201)).body,
  );
}

const names = (body: unknown) => CaseloadListSchema.parse(body).items.map((i) => i.lastName);

beforeAll(async () => {
  app = await startTestApp();
  jest.spyOn(app.app.get(Clock), 'today').mockReturnValue('2024-01-10');
  municipalityId = (await createMunicipality(app.prisma)).id;
  mine = await userClient(['CONSULTANT']);
  colleague = await userClient(['CONSULTANT']);
  manager = await userClient(['MANAGER']);
  // Latest starts: Dahl 2023-12-30 (overdue), Aasen 2024-01-31, Berg 2024-02-29 (6A), Carlsen (colleague) 2024-02-15.
  programmes.dahl = await participant(mine, 'Dahl', '2023-09-30');
  programmes.aasen = await participant(mine, 'Aasen', '2023-10-31');
  programmes.berg = await participant(mine, 'Berg', '2023-11-30', true);
  programmes.carlsen = await participant(colleague, 'Carlsen', '2023-11-15');
  // A completed programme is not in the default list.
  const done = await participant(mine, 'Eriksen', '2023-11-01');
  const decided = ProgrammeSchema.parse(
    (await mine.patch(`/programmes/${done.id}`, { decisionDate: '2023-11-20', version: done.version }).expect(200))
      .body,
  );
  const started = ProgrammeSchema.parse(
    (
      await mine
        .post(`/programmes/${done.id}/status`, { status: 'ACTIVE', date: '2023-12-01', version: decided.version })
        .expect(200)
    ).body,
  );
  programmes.eriksen = ProgrammeSchema.parse(
    (
      await mine
        .post(`/programmes/${done.id}/status`, { status: 'DISCONTINUED', date: '2024-01-05', version: started.version })
        .expect(200)
    ).body,
  );
});
afterAll(() => app?.close());

describe('GET /caseload', () => {
  it('lists my own participants first, then the rest of the municipality, with regime, status and next deadline', async () => {
    const body = CaseloadListSchema.parse((await mine.get('/caseload').expect(200)).body);
    expect(body.items.map((i) => [i.lastName, i.mine])).toEqual([
      ['Aasen', true],
      ['Berg', true],
      ['Dahl', true],
      ['Carlsen', false],
    ]);
    expect(body.total).toBe(4);
    expect(body.items[1]).toMatchObject({
      regime: 'INTEGRERINGSLOVEN_KAP6A',
      status: 'PLANNED',
      nextDeadline: { kind: 'PROGRAMME_START', date: '2024-02-29', overdue: false, daysLeft: 50 },
    });
    expect(body.items[2]?.nextDeadline).toMatchObject({ date: '2023-12-30', overdue: true, daysLeft: -11 });
    expect(body.items[0]).not.toHaveProperty('address');
  });

  it('filters: mine, regime, status, overdue, deadline within N days, name search', async () => {
    expect(names((await mine.get('/caseload').query({ mine: 'true' }).expect(200)).body)).toEqual([
      'Aasen',
      'Berg',
      'Dahl',
    ]);
    expect(names((await colleague.get('/caseload').query({ mine: 'true' }).expect(200)).body)).toEqual(['Carlsen']);
    expect(names((await mine.get('/caseload').query({ regime: 'INTEGRERINGSLOVEN_KAP6A' }).expect(200)).body)).toEqual([
      'Berg',
    ]);
    expect(
      names(
        (
          await mine
            .get('/caseload')
            .query({ regime: 'INTEGRERINGSLOVEN,INTEGRERINGSLOVEN_KAP6A', mine: 'true' })
            .expect(200)
        ).body,
      ),
    ).toEqual(['Aasen', 'Berg', 'Dahl']);
    expect(names((await mine.get('/caseload').query({ status: 'DISCONTINUED' }).expect(200)).body)).toEqual([
      'Eriksen',
    ]);
    expect(names((await mine.get('/caseload').query({ overdue: 'true' }).expect(200)).body)).toEqual(['Dahl']);
    expect(names((await mine.get('/caseload').query({ deadlineWithinDays: 21 }).expect(200)).body)).toEqual([
      'Aasen',
      'Dahl',
    ]);
    expect(names((await mine.get('/caseload').query({ deadlineWithinDays: 36 }).expect(200)).body)).toEqual([
      'Aasen',
      'Dahl',
      'Carlsen',
    ]);
    expect(names((await mine.get('/caseload').query({ search: 'carl' }).expect(200)).body)).toEqual(['Carlsen']);
    expect(names((await mine.get('/caseload').query({ search: 'amina DAHL' }).expect(200)).body)).toEqual(['Dahl']);
    expect(names((await mine.get('/caseload').query({ search: 'nobody' }).expect(200)).body)).toEqual([]);
  });

  it('sorts by name, next deadline or status, and pages across my own and the others', async () => {
    expect(names((await mine.get('/caseload').query({ sort: '-name' }).expect(200)).body)).toEqual([
      'Dahl',
      'Berg',
      'Aasen',
      'Carlsen',
    ]);
    expect(names((await mine.get('/caseload').query({ sort: 'nextDeadline' }).expect(200)).body)).toEqual([
      'Dahl',
      'Aasen',
      'Berg',
      'Carlsen',
    ]);
    expect(
      names((await mine.get('/caseload').query({ sort: '-nextDeadline', mine: 'true' }).expect(200)).body),
    ).toEqual(['Berg', 'Aasen', 'Dahl']);
    expect(
      names(
        (
          await mine
            .get('/caseload')
            .query({ sort: 'status', status: 'PLANNED,DISCONTINUED', mine: 'true' })
            .expect(200)
        ).body,
      ),
    ).toEqual(['Dahl', 'Aasen', 'Berg', 'Eriksen']);
    const page2 = CaseloadListSchema.parse(
      (await mine.get('/caseload').query({ page: 2, pageSize: 2 }).expect(200)).body,
    );
    expect(page2).toMatchObject({ page: 2, pageSize: 2, total: 4 });
    expect(page2.items.map((i) => i.lastName)).toEqual(['Dahl', 'Carlsen']);
    expect(names((await mine.get('/caseload').query({ page: 3, pageSize: 2 }).expect(200)).body)).toEqual([]);
  });

  it('shows the effective regime after an override', async () => {
    const p = ProgrammeSchema.parse((await mine.get(`/programmes/${programmes.aasen?.id}`).expect(200)).body);
    await mine
      .post(`/programmes/${p.id}/regime-override`, {
        regime: 'INTRODUKSJONSLOVEN',
        reason: 'Startet under gammel lov',
        version: p.version,
      })
      .expect(200);
    const item = CaseloadListSchema.parse(
      (await mine.get('/caseload').query({ regime: 'INTRODUKSJONSLOVEN' }).expect(200)).body,
    ).items;
    expect(item.map((i) => [i.lastName, i.regime, i.regimeOverridden])).toEqual([
      ['Aasen', 'INTRODUKSJONSLOVEN', true],
    ]);
    expect(
      names((await mine.get('/caseload').query({ regime: 'INTEGRERINGSLOVEN', mine: 'true' }).expect(200)).body),
    ).toEqual(['Dahl']);
  });

  it('answers per need-to-know: a Nav adviser without groups sees nobody, admins 403, anonymous 401, other municipalities nothing of ours', async () => {
    const nav = await userClient(['NAV_ADVISER']);
    expect(CaseloadListSchema.parse((await nav.get('/caseload').expect(200)).body)).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await (await userClient(['ADMIN'])).get('/caseload')).status).toBe(403);
    expect((await request(app.url).get(apiPath('/caseload'))).status).toBe(401);
    const outsider = await userClient(['CONSULTANT'], (await createMunicipality(app.prisma)).id);
    expect(CaseloadListSchema.parse((await outsider.get('/caseload').expect(200)).body).total).toBe(0);
    expect(names((await manager.get('/caseload').expect(200)).body)).toEqual(['Aasen', 'Berg', 'Carlsen', 'Dahl']);
  });

  it('audits the list: one event per person shown, a search as SEARCH', async () => {
    const reader = await userClient(['CONSULTANT']);
    await reader.get('/caseload').query({ mine: 'false' }).expect(200);
    const reads = await app.prisma.auditEvent.findMany({ where: { actorId: reader.id, operation: 'caseload.list' } });
    expect(reads).toHaveLength(4);
    expect(reads.every((e) => e.action === 'READ' && e.fields.includes('nextDeadline'))).toBe(true);
    await reader.get('/caseload').query({ search: 'berg' }).expect(200);
    const searches = await app.prisma.auditEvent.findMany({
      where: { actorId: reader.id, operation: 'caseload.list', action: 'SEARCH' },
    });
    expect(searches.map((e) => e.personId)).toEqual([programmes.berg?.personId]);
  });

  it('names bad query parameters (400)', async () => {
    const body = ApiErrorBodySchema.parse(
      (await mine.get('/caseload').query({ sort: 'age', regime: 'NORSK', deadlineWithinDays: -1 }).expect(400)).body,
    );
    expect(body.issues?.map((i) => i.path).sort()).toEqual(['deadlineWithinDays', 'regime.0', 'sort']);
  });
});

describe('moving a programme to another consultant', () => {
  it("takes it out of the old consultant's caseload and into the new one's, whoever moves it", async () => {
    // A municipality of its own, so the lists above stay as they are.
    const kommune = (await createMunicipality(app.prisma)).id;
    const leaving = await userClient(['CONSULTANT'], kommune);
    const taking = await userClient(['CONSULTANT'], kommune);
    const third = await userClient(['CONSULTANT'], kommune);
    const boss = await userClient(['MANAGER'], kommune);
    const fosse = await participant(leaving, 'Fosse', '2023-11-15', false, kommune);
    const own = async (client: SignedInClient) =>
      CaseloadListSchema.parse((await client.get('/caseload').query({ mine: 'true' }).expect(200)).body).items.map(
        (i) => [i.lastName, i.consultant?.name],
      );
    expect(await own(leaving)).toEqual([['Fosse', leaving.user.name]]);
    expect(await own(taking)).toEqual([]);

    // The manager rebalances: Fosse goes to `taking`.
    const moved = ProgrammeSchema.parse(
      (await boss.patch(`/programmes/${fosse.id}`, { consultantId: taking.id, version: fosse.version }).expect(200))
        .body,
    );
    expect(await own(leaving)).toEqual([]);
    expect(await own(taking)).toEqual([['Fosse', taking.user.name]]);
    const all = CaseloadListSchema.parse((await taking.get('/caseload').expect(200)).body).items;
    expect(all.map((i) => [i.lastName, i.mine])).toEqual([['Fosse', true]]);

    // A colleague moves it on: the same, consultant to consultant.
    await taking.patch(`/programmes/${moved.id}`, { consultantId: third.id, version: moved.version }).expect(200);
    expect(await own(taking)).toEqual([]);
    expect(await own(third)).toEqual([['Fosse', third.user.name]]);
  });
});

describe('GET /deadlines', () => {
  it('gives a consultant their own deadlines, overdue first, with every deadline of each programme', async () => {
    const body = DeadlineListSchema.parse((await mine.get('/deadlines').expect(200)).body);
    expect(
      body.items.map((i) => [i.lastName, i.nextDeadline.kind, i.nextDeadline.date, i.nextDeadline.overdue]),
    ).toEqual([
      ['Dahl', 'PROGRAMME_START', '2023-12-30', true],
      ['Aasen', 'PROGRAMME_START', '2024-01-31', false],
      ['Berg', 'PROGRAMME_START', '2024-02-29', false],
    ]);
    expect(body.overdueCount).toBe(1);
    expect(body.items[0]?.deadlines.map((d) => d.kind)).toEqual(['PROGRAMME_START', 'PROGRAMME_DECISION']);
    expect(body.items[0]?.deadlines[0]?.rule.source).toContain('§ 12');
  });

  it('gives a manager the whole municipality, and filters by kind, window and overdue', async () => {
    expect(
      DeadlineListSchema.parse((await manager.get('/deadlines').expect(200)).body).items.map((i) => i.lastName),
    ).toEqual(['Dahl', 'Aasen', 'Carlsen', 'Berg']);
    expect(
      DeadlineListSchema.parse(
        (await mine.get('/deadlines').query({ scope: 'all', withinDays: 36 }).expect(200)).body,
      ).items.map((i) => i.lastName),
    ).toEqual(['Dahl', 'Aasen', 'Carlsen']);
    expect(
      DeadlineListSchema.parse((await manager.get('/deadlines').query({ overdue: 'true' }).expect(200)).body).items.map(
        (i) => i.lastName,
      ),
    ).toEqual(['Dahl']);
    expect(
      DeadlineListSchema.parse((await manager.get('/deadlines').query({ kind: 'NIR_REGISTRATION' }).expect(200)).body)
        .total,
    ).toBe(0);
  });

  it('is for consultants and managers only', async () => {
    expect((await (await userClient(['NAV_ADVISER'])).get('/deadlines')).status).toBe(403);
    expect((await (await userClient(['TEACHER'])).get('/deadlines')).status).toBe(403);
    expect((await request(app.url).get(apiPath('/deadlines'))).status).toBe(401);
    const outsider = await userClient(['MANAGER'], (await createMunicipality(app.prisma)).id);
    expect(DeadlineListSchema.parse((await outsider.get('/deadlines').expect(200)).body).total).toBe(0);
  });
});
