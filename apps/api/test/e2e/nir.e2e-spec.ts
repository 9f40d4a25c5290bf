import {
  ApiErrorBodySchema,
  NirCompletenessReportSchema,
  NirErrorCode,
  NirProgrammeCompletenessSchema,
  type NirFactItem,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import {
  createMunicipality,
  createPerson,
  createUser,
  signIn,
  type SignedInClient,
  type TestUser,
} from '../support/factories';
import { createMunicipalityWithStaff } from '../support/municipality-with-staff';
import { apiPath, startTestApp, type TestApp } from '../support/test-app';

/**
 * NIR completeness: each participant's programme owes the register facts under its regime, within two months
 * of the event; consultants see their own cases, managers the municipality; registrations are recorded; the
 * export carries programme and Norwegian-training facts per regime.
 */
let app: TestApp;
let kommuneId: string;
let consultant: TestUser;
let asConsultant: SignedInClient;
let asManager: SignedInClient;
beforeAll(async () => {
  app = await startTestApp();
  const staff = await createMunicipalityWithStaff(app, { consultant: 'CONSULTANT', manager: 'MANAGER' });
  kommuneId = staff.municipalityId;
  consultant = staff.users.consultant;
  asConsultant = staff.as.consultant;
  asManager = staff.as.manager;
});
afterAll(() => app?.close());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const code = (res: { body: unknown }) => ApiErrorBodySchema.parse(res.body).code;
type Regime = 'INTRODUKSJONSLOVEN' | 'INTEGRERINGSLOVEN' | 'INTEGRERINGSLOVEN_KAP6A';

async function programme(
  options: {
    regime?: Regime;
    start?: string;
    consultantId?: string | null;
    nusLevel?: number | null;
    norwegianFrom?: string;
    endGoal?: 'WORK';
  } = {},
) {
  const person = await createPerson(app.prisma, kommuneId);
  if (options.nusLevel !== undefined)
    await app.prisma.person.update({ where: { id: person.id }, data: { nusLevel: options.nusLevel } });
  const p = await app.prisma.programme.create({
    data: {
      municipalityId: kommuneId,
      personId: person.id,
      derivedRegime: options.regime ?? 'INTEGRERINGSLOVEN',
      evaluation: {},
      evaluatedOn: day(options.start ?? '2025-01-15'),
      status: 'ACTIVE',
      startDate: day(options.start ?? '2025-01-15'),
      consultantId: options.consultantId === undefined ? consultant.id : options.consultantId,
      endGoal: options.endGoal ?? null,
    },
  });
  if (options.norwegianFrom) {
    const course = await app.prisma.course.create({
      data: { municipalityId: kommuneId, name: 'Norsk', kind: 'NORWEGIAN' },
    });
    const cls = await app.prisma.courseClass.create({
      data: { municipalityId: kommuneId, courseId: course.id, name: 'A', startDate: day('2025-01-01') },
    });
    await app.prisma.enrolment.create({
      data: { municipalityId: kommuneId, classId: cls.id, personId: person.id, fromDate: day(options.norwegianFrom) },
    });
  }
  return { person, programme: p };
}

const nir = async (programmeId: string, asOf: string, client = asConsultant) =>
  NirProgrammeCompletenessSchema.parse(
    (await client.get(`/programmes/${programmeId}/nir?asOf=${asOf}`).expect(200)).body,
  );
const fact = (facts: NirFactItem[], key: string) => facts.find((f) => f.key === key);

describe('completeness per participant', () => {
  it('a start not registered within two months is overdue; before then it is due', async () => {
    const { programme: p } = await programme({ start: '2025-01-15' });
    expect(fact((await nir(p.id, '2025-03-15')).facts, 'PROGRAMME_START')).toMatchObject({
      status: 'DUE',
      eventDate: '2025-01-15',
      dueDate: '2025-03-15',
    });
    const late = await nir(p.id, '2025-03-16');
    expect(fact(late.facts, 'PROGRAMME_START')).toMatchObject({ status: 'OVERDUE', dueDate: '2025-03-15' });
    expect(late.counts.overdue).toBeGreaterThanOrEqual(1);
  });

  it('facts Ankomst does not hold yet are missing data (no mapping date, no end goal)', async () => {
    const { programme: p } = await programme();
    const r = await nir(p.id, '2025-02-01');
    expect(fact(r.facts, 'COMPETENCE_MAPPING')?.status).toBe('MISSING_DATA');
    expect(fact(r.facts, 'END_GOAL')?.status).toBe('MISSING_DATA');
  });

  it.each<[Regime, string[]]>([
    ['INTRODUKSJONSLOVEN', ['NORWEGIAN_START', 'PROGRAMME_START']],
    [
      'INTEGRERINGSLOVEN',
      [
        'CAREER_GUIDANCE',
        'COMPETENCE_MAPPING',
        'EDUCATION_BACKGROUND',
        'END_GOAL',
        'NORWEGIAN_START',
        'NORWEGIAN_TARGET_LEVEL',
        'PROGRAMME_START',
      ],
    ],
    [
      'INTEGRERINGSLOVEN_KAP6A',
      [
        'CAREER_GUIDANCE',
        'COMPETENCE_MAPPING',
        'END_GOAL',
        'NORWEGIAN_START',
        'NORWEGIAN_TARGET_LEVEL',
        'PROGRAMME_START',
      ],
    ],
  ])('%s: NIR asks for %j', async (regime, expected) => {
    const { programme: p } = await programme({ regime, norwegianFrom: '2025-01-20' });
    expect((await nir(p.id, '2025-02-01')).facts.map((f) => f.fact).sort()).toEqual(expected);
  });

  it('leave, end and exit reason appear when they happen; a missing exit reason is missing data', async () => {
    const { programme: p } = await programme();
    const leave = await app.prisma.programmeLeave.create({
      data: {
        municipalityId: kommuneId,
        programmeId: p.id,
        fromDate: day('2025-03-01'),
        toDate: day('2025-03-31'),
        reason: 'Sykdom',
      },
    });
    await app.prisma.programme.update({ where: { id: p.id }, data: { endDate: day('2025-05-31') } });
    expect(fact((await nir(p.id, '2025-02-15')).facts, `LEAVE:${leave.id}`)).toBeUndefined();
    const after = await nir(p.id, '2025-06-10');
    expect(fact(after.facts, `LEAVE:${leave.id}`)).toMatchObject({
      fact: 'LEAVE',
      status: 'OVERDUE',
      dueDate: '2025-05-01',
    });
    expect(fact(after.facts, 'PROGRAMME_END')).toMatchObject({ status: 'DUE', dueDate: '2025-07-31' });
    expect(fact(after.facts, 'EXIT_REASON')?.status).toBe('MISSING_DATA');
  });
});

describe('recording registrations', () => {
  it('records a registration; late when after the due date; twice is a conflict', async () => {
    const { programme: p } = await programme({ start: '2025-01-15' });
    const res = await asConsultant
      .post(`/programmes/${p.id}/nir-registrations`, {
        fact: 'PROGRAMME_START',
        registeredAt: '2025-04-01T10:00:00+02:00',
      })
      .expect(201);
    expect(fact(NirProgrammeCompletenessSchema.parse(res.body).facts, 'PROGRAMME_START')).toMatchObject({
      status: 'REGISTERED_LATE',
    });
    const twice = await asConsultant
      .post(`/programmes/${p.id}/nir-registrations`, { fact: 'PROGRAMME_START' })
      .expect(409);
    expect(code(twice)).toBe(NirErrorCode.ALREADY_REGISTERED);
    const unknown = await asConsultant
      .post(`/programmes/${p.id}/nir-registrations`, { fact: 'PROGRAMME_END' })
      .expect(400);
    expect(code(unknown)).toBe(NirErrorCode.UNKNOWN_FACT);
    await asConsultant.delete(`/programmes/${p.id}/nir-registrations/PROGRAMME_START`).expect(204);
    await asConsultant
      .post(`/programmes/${p.id}/nir-registrations`, {
        fact: 'PROGRAMME_START',
        registeredAt: '2025-02-01T10:00:00+01:00',
      })
      .expect(201);
    expect(fact((await nir(p.id, '2025-06-01')).facts, 'PROGRAMME_START')?.status).toBe('REGISTERED');
    expect(
      await app.prisma.auditEvent.count({ where: { operation: 'nir.register', entityType: 'nir_registration' } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it('a manager reads but does not record (403)', async () => {
    const { programme: p } = await programme();
    await asManager.post(`/programmes/${p.id}/nir-registrations`, { fact: 'PROGRAMME_START' }).expect(403);
  });
});

describe('the report', () => {
  it('consultants see their own cases; the manager sees the municipality', async () => {
    const mine = await programme();
    const theirs = await programme({ consultantId: null });
    const own = NirCompletenessReportSchema.parse(
      (await asConsultant.get('/nir/completeness?asOf=2025-06-01').expect(200)).body,
    );
    expect(own.scope).toBe('OWN');
    expect(own.items.map((i) => i.programmeId)).toContain(mine.programme.id);
    expect(own.items.map((i) => i.programmeId)).not.toContain(theirs.programme.id);
    const all = NirCompletenessReportSchema.parse(
      (await asManager.get('/nir/completeness?asOf=2025-06-01').expect(200)).body,
    );
    expect(all.scope).toBe('MUNICIPALITY');
    expect(all.items.map((i) => i.programmeId)).toEqual(
      expect.arrayContaining([mine.programme.id, theirs.programme.id]),
    );
    expect(all.totals.participants).toBe(all.items.length);
    expect(all.totals.overdue).toBe(all.items.reduce((n, i) => n + i.counts.overdue, 0));
  });
});

describe('export', () => {
  it('JSON Lines: one record per programme, regime-specific facts left empty where NIR does not take them', async () => {
    const a = await programme({
      regime: 'INTRODUKSJONSLOVEN',
      endGoal: 'WORK',
      nusLevel: 3,
      norwegianFrom: '2025-01-20',
    });
    const b = await programme({
      regime: 'INTEGRERINGSLOVEN',
      endGoal: 'WORK',
      nusLevel: 3,
      norwegianFrom: '2025-01-20',
    });
    const res = await asManager
      .get('/nir/export?format=jsonl&asOf=2025-06-01')
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => done(null, text));
      })
      .expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="nir-2025-06-01.jsonl"');
    const records = (res.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const ra = records.find((r) => r.programmeId === a.programme.id)!;
    const rb = records.find((r) => r.programmeId === b.programme.id)!;
    expect(ra).toMatchObject({
      formatVersion: 1,
      regime: 'INTRODUKSJONSLOVEN',
      endGoal: null,
      educationNusLevel: null,
      norwegianTargetLevel: null,
      programmeStartDate: '2025-01-15',
      norwegianStartDate: '2025-01-20',
    });
    expect(rb).toMatchObject({
      regime: 'INTEGRERINGSLOVEN',
      endGoal: 'WORK',
      educationNusLevel: 3,
      factsOverdue: expect.arrayContaining(['PROGRAMME_START']),
    });
    expect(
      await app.prisma.auditEvent.count({
        where: { operation: 'nir.export', action: 'EXPORT', personId: a.person.id },
      }),
    ).toBe(1);
  });

  it('CSV: BOM, semicolons, the documented columns', async () => {
    await programme();
    const res = await asConsultant
      .get('/nir/export?format=csv&asOf=2025-06-01')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header!.split(';').slice(0, 6)).toEqual([
      'regime',
      'programmeId',
      'personId',
      'lastName',
      'firstName',
      'birthDate',
    ]);
  });
});

describe('access', () => {
  it('anonymous gets 401', async () => {
    await request(app.url).get(apiPath('/nir/completeness')).expect(401);
    await request(app.url).get(apiPath('/nir/export')).expect(401);
  });

  it.each<Role>(['TEACHER', 'NAV_ADVISER', 'ADMIN'])('%s gets 403', async (role) => {
    const { programme: p } = await programme();
    const u = await createUser(app.prisma, kommuneId, { roles: [role] });
    const client = await signIn(app, u.email, u.password);
    await client.get('/nir/completeness').expect(403);
    await client.get(`/programmes/${p.id}/nir`).expect(403);
    await client.get('/nir/export').expect(403);
    await client.post(`/programmes/${p.id}/nir-registrations`, { fact: 'PROGRAMME_START' }).expect(403);
  });

  it('another municipality gets 404 and an empty report', async () => {
    const { programme: p } = await programme();
    const other = await createMunicipality(app.prisma);
    const u = await createUser(app.prisma, other.id, { roles: ['CONSULTANT', 'MANAGER'] });
    const client = await signIn(app, u.email, u.password);
    expect(code(await client.get(`/programmes/${p.id}/nir`).expect(404))).toBe(NirErrorCode.PROGRAMME_NOT_FOUND);
    await client.post(`/programmes/${p.id}/nir-registrations`, { fact: 'PROGRAMME_START' }).expect(404);
    expect(NirCompletenessReportSchema.parse((await client.get('/nir/completeness').expect(200)).body).items).toEqual(
      [],
    );
  });
});
