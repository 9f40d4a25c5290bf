import {
  OutcomeIndicatorsSchema,
  OutcomeParticipantListSchema,
  ProgrammeKpisSchema,
  type Role,
} from '@ankomst/contracts';
import { computeIndicators, educationGroup, type PersonYear } from '@ankomst/regimes';
import request from 'supertest';
import { createMunicipality, createPerson, createUser, signIn, type SignedInClient } from '../support/factories';
import { apiPath, startTestApp, type TestApp } from '../support/test-app';

/**
 * Outcomes for managers over a hand-computed cohort: 2018 arrivals measured in 2021 (botid 2, G 106 399).
 * 32 men: 16 in work, 8 in education only, 8 neither (4 of them at exactly 1G); 8 women, 4 in work (a cell under 30).
 * Plus three person-years outside the population: aged 19, left in 2021, and the immigration year itself.
 */
let app: TestApp;
let kommuneId: string;
let manager: SignedInClient;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const reference: Array<PersonYear & { sex: string; nus: number | null }> = [];

async function cohortPerson(
  sex: 'MALE' | 'FEMALE',
  income: number,
  inEducation: boolean,
  o: { birth?: string; left?: string; year?: number; nus?: number | null } = {},
) {
  const p = await createPerson(app.prisma, kommuneId, { birthDate: o.birth ?? '1985-06-01' });
  await app.prisma.person.update({
    where: { id: p.id },
    data: {
      sex,
      immigrationDate: day('2018-03-01'),
      settlementDate: day('2018-05-01'),
      arrivalCategory: 'ASYLUM',
      nusLevel: o.nus ?? null,
      countryOfBirth: 'SY',
      leftMunicipalityDate: o.left ? day(o.left) : null,
    },
  });
  const year = o.year ?? 2021;
  await app.prisma.registerOutcome.create({
    data: { municipalityId: kommuneId, personId: p.id, year, earnedIncome: income, inEducation },
  });
  reference.push({
    year,
    birthYear: Number((o.birth ?? '1985').slice(0, 4)),
    immigrationYear: 2018,
    leftYear: o.left ? Number(o.left.slice(0, 4)) : null,
    earnedIncome: income,
    inEducation,
    sex,
    nus: o.nus ?? null,
  });
  return p;
}

async function programme(
  personId: string,
  o: { status: 'ACTIVE' | 'COMPLETED'; reached?: boolean; nextDeadline?: string },
) {
  const pr = await app.prisma.programme.create({
    data: {
      municipalityId: kommuneId,
      personId,
      derivedRegime: 'INTEGRERINGSLOVEN',
      evaluation: { programme: { maxMonths: 24, maxMonthsWithExtension: 36 } },
      evaluatedOn: day('2018-06-01'),
      status: o.status,
      startDate: day('2018-06-15'),
      endDate: o.status === 'COMPLETED' ? day('2020-06-14') : null,
      nextDeadlineDate: o.nextDeadline ? day(o.nextDeadline) : null,
      nextDeadlineKind: o.nextDeadline ? 'PLANNED_END' : null,
    },
  });
  if (o.status === 'COMPLETED')
    await app.prisma.programmeOutcome.create({
      data: {
        municipalityId: kommuneId,
        programmeId: pr.id,
        endStatus: o.reached ? 'WORK_FULL_TIME' : 'NAV_MEASURE',
        endGoalReached: o.reached ?? false,
      },
    });
  return pr;
}

beforeAll(async () => {
  app = await startTestApp();
  kommuneId = (await createMunicipality(app.prisma)).id;
  const u = await createUser(app.prisma, kommuneId, { roles: ['MANAGER'] });
  manager = await signIn(app, u.email, u.password);
  const men: Array<[number, boolean, number | null]> = [
    ...Array.from({ length: 16 }, (_, i): [number, boolean, number | null] => [200_000 + i, false, 4]),
    ...Array.from({ length: 8 }, (): [number, boolean, number | null] => [0, true, 2]),
    ...Array.from({ length: 4 }, (): [number, boolean, number | null] => [106_399, false, null]),
    ...Array.from({ length: 4 }, (): [number, boolean, number | null] => [0, false, null]),
  ];
  const persons = [];
  for (const [income, edu, nus] of men) persons.push(await cohortPerson('MALE', income, edu, { nus }));
  for (let i = 0; i < 8; i += 1) persons.push(await cohortPerson('FEMALE', i < 4 ? 150_000 : 0, false));
  await cohortPerson('MALE', 500_000, false, { birth: '2002-01-01' }); // 19 in 2021
  await cohortPerson('MALE', 500_000, false, { left: '2021-08-01' }); // left in 2021
  await cohortPerson('MALE', 500_000, false, { year: 2018 }); // the immigration year: botid -1
  // 40 ended programmes (30 reached their end goal) and 2 open ones with an overdue deadline.
  for (let i = 0; i < 40; i += 1)
    await programme((persons[i] as { id: string }).id, { status: 'COMPLETED', reached: i < 30 });
  await programme((await createPerson(app.prisma, kommuneId, { firstName: 'Overdue', lastName: 'Enensen' })).id, {
    status: 'ACTIVE',
    nextDeadline: '2020-01-01',
  });
  await programme((await createPerson(app.prisma, kommuneId, { firstName: 'Overdue', lastName: 'Tosen' })).id, {
    status: 'ACTIVE',
    nextDeadline: '2021-01-01',
  });
}, 120_000);
afterAll(() => app?.close());

const indicators = async (query: string) =>
  OutcomeIndicatorsSchema.parse((await manager.get(`/outcomes/indicators?${query}`).expect(200)).body);

describe('register-style indicators', () => {
  it('counts the hand-computed cohort: 40 person-years at botid 2, 50 % in work, 20 % in education, 70 % either', async () => {
    const data = await indicators('botidMax=3');
    expect(data.threshold).toBe(30);
    const all = data.series.find((s) => s.group === 'ALL');
    expect(all?.cells[2]).toEqual({
      botid: 2,
      suppressed: false,
      n: 40,
      inWork: 0.5,
      inEducation: 0.2,
      inWorkOrEducation: 0.7,
    });
    // The same answer from the TypeScript reference in @ankomst/regimes.
    expect(computeIndicators(reference).get('ALL|2')).toEqual({
      suppressed: false,
      n: 40,
      inWork: 0.5,
      inEducation: 0.2,
      inWorkOrEducation: 0.7,
    });
    // botids with nobody are suppressed cells, not zeros.
    expect(all?.cells[0]).toEqual({
      botid: 0,
      suppressed: true,
      n: null,
      inWork: null,
      inEducation: null,
      inWorkOrEducation: null,
    });
    expect(data.quality.personYears).toBe(40);
  });

  it('breaks down by sex: the 32 men are shown, the 8 women are suppressed and neither their N nor their rates are sent', async () => {
    const data = await indicators('breakdown=sex&botidMax=3');
    const men = data.series.find((s) => s.group === 'MALE');
    const women = data.series.find((s) => s.group === 'FEMALE');
    expect(men?.cells[2]).toEqual({
      botid: 2,
      suppressed: false,
      n: 32,
      inWork: 0.5,
      inEducation: 0.25,
      inWorkOrEducation: 0.75,
    });
    expect(women?.cells[2]).toEqual({
      botid: 2,
      suppressed: true,
      n: null,
      inWork: null,
      inEducation: null,
      inWorkOrEducation: null,
    });
    expect(JSON.stringify(women)).not.toContain('"n":8');
  });

  it('groups education by the first NUS digit as the reference does, and filters by sex', async () => {
    const data = await indicators('breakdown=education&sex=MALE&botidMax=3');
    const groups = new Set(
      reference
        .filter((p) => p.sex === 'MALE' && p.year === 2021 && p.birthYear === 1985 && p.leftYear === null)
        .map((p) => educationGroup(p.nus)),
    );
    expect(new Set(data.series.map((s) => s.group))).toEqual(groups);
    expect(data.series.every((s) => s.cells[2]?.suppressed)).toBe(true); // 16, 8 and 8: all under 30
  });

  it('rejects an unknown breakdown and a reversed cohort range, naming the field', async () => {
    const bad = await manager.get('/outcomes/indicators?breakdown=municipality').expect(400);
    expect(JSON.stringify(bad.body.issues)).toContain('breakdown');
    const reversed = await manager.get('/outcomes/indicators?cohortFrom=2020&cohortTo=2018').expect(400);
    expect(JSON.stringify(reversed.body.issues)).toContain('cohortTo');
  });

  it('exports the table as CSV with suppressed cells marked, and as XLSX', async () => {
    const csv = await manager.get('/outcomes/indicators/export?breakdown=sex&botidMax=3&format=csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.text ?? Buffer.from(csv.body as Buffer).toString('utf8');
    expect(text).toContain('Gruppe;Botid;N;I arbeid;I utdanning;I arbeid eller utdanning');
    expect(text).toContain('MALE;2;32;0,500;0,250;0,750');
    expect(text).toContain('FEMALE;2;< 30;< 30;< 30;< 30');
    const xlsx = await manager
      .get('/outcomes/indicators/export?format=xlsx')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    expect(
      await app.prisma.auditEvent.count({
        where: { municipalityId: kommuneId, action: 'EXPORT', operation: 'outcomes.export' },
      }),
    ).toBe(2);
  });
});

describe('programme KPIs and drill-down', () => {
  it('reports the end goal share with its N, overdue deadlines, and the direct transition apart', async () => {
    const k = ProgrammeKpisSchema.parse((await manager.get('/outcomes/programme-kpis').expect(200)).body);
    expect(k.endGoalReached.find((r) => r.regime === 'INTEGRERINGSLOVEN')?.cell).toEqual({
      suppressed: false,
      n: 40,
      count: 30,
      share: 0.75,
    });
    expect(k.endGoalReached.find((r) => r.regime === 'INTRODUKSJONSLOVEN')?.cell.suppressed).toBe(true);
    expect(k.overdueDeadlines.total).toBe(2);
    expect(k.directTransition.workOrEducation).toEqual({ suppressed: false, n: 40, count: 30, share: 0.75 });
    expect(k.lengthVsMaximum.find((r) => r.regime === 'INTEGRERINGSLOVEN')?.averageMaxMonths).toBe(24);
  });

  it('lists the persons behind overdue deadlines for the manager, and audits each one shown', async () => {
    const list = OutcomeParticipantListSchema.parse(
      (await manager.get('/outcomes/participants?kind=OVERDUE_DEADLINE').expect(200)).body,
    );
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.name)).toEqual(['Overdue Enensen', 'Overdue Tosen']);
    expect(
      await app.prisma.auditEvent.count({ where: { municipalityId: kommuneId, operation: 'outcomes.participants' } }),
    ).toBe(2);
  });
});

describe('access', () => {
  const roles: Role[] = ['CONSULTANT', 'NAV_ADVISER', 'TEACHER', 'ADMIN'];
  it.each(roles)('%s may not see outcomes (403)', async (role) => {
    const u = await createUser(app.prisma, kommuneId, { roles: [role] });
    const client = await signIn(app, u.email, u.password);
    for (const path of [
      '/outcomes/indicators',
      '/outcomes/programme-kpis',
      '/outcomes/participants?kind=OVERDUE_DEADLINE',
      '/outcomes/indicators/export',
    ]) {
      await client.get(path).expect(403);
    }
  });

  it('anonymous gets 401', async () => {
    await request(app.url).get(apiPath('/outcomes/indicators')).expect(401);
    await request(app.url).get(apiPath('/outcomes/participants?kind=OVERDUE_DEADLINE')).expect(401);
  });

  it("another municipality's manager sees only their own (empty) figures and none of these persons", async () => {
    const other = await createMunicipality(app.prisma);
    const u = await createUser(app.prisma, other.id, { roles: ['MANAGER'] });
    const client = await signIn(app, u.email, u.password);
    const data = OutcomeIndicatorsSchema.parse((await client.get('/outcomes/indicators').expect(200)).body);
    expect(data.series).toEqual([]);
    expect(data.quality.personYears).toBe(0);
    const list = OutcomeParticipantListSchema.parse(
      (await client.get('/outcomes/participants?kind=OVERDUE_DEADLINE').expect(200)).body,
    );
    expect(list.total).toBe(0);
  });
});
