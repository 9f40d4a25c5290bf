import {
  ApiErrorBodySchema,
  ClassDetailSchema,
  ClassListSchema,
  ClassSummarySchema,
  CourseListSchema,
  CourseSchema,
  CSRF_HEADER,
  EducationErrorCode,
  EnrolmentDetailSchema,
  EnrolmentListSchema,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import {
  createMunicipality,
  createPerson,
  createUser,
  signIn,
  type SignedInClient,
  type TestPerson,
  type TestUser,
} from '../support/factories';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/** Adult education: courses, classes, enrolment, levels, hours; teachers see their own learners and only what teaching needs. */
let app: TestApp;
let municipalityId: string;
let otherMunicipalityId: string;
const users: Record<string, TestUser> = {};
const clients: Record<string, SignedInClient> = {};
let courseId: string;
let classA: string; // taught by teacherA
let classB: string; // taught by teacherB
let learner: TestPerson;
let enrolmentId: string;

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const errorOf = (body: unknown) => ApiErrorBodySchema.parse(body);
const put = (client: SignedInClient, path: string) =>
  client.agent.put(apiPath(path)).set(CSRF_HEADER, client.csrfToken);

async function user(key: string, roles: Role[], inMunicipality = municipalityId) {
  const u = await createUser(app.prisma, inMunicipality, { roles });
  users[key] = u;
  clients[key] = await signIn(app, u.email, u.password);
}

/** A participant with everything a case holds: contact, protected-address flag, programme, benefit lines... */
async function fullPerson(): Promise<TestPerson> {
  const p = await createPerson(app.prisma, municipalityId);
  await app.prisma.person.update({
    where: { id: p.id },
    data: {
      address: 'Hemmelig vei 7',
      postalCode: '0123',
      postalTown: 'Oslo',
      phone: '+4799999999',
      email: 'privat@example.test',
      languages: ['ar', 'en'],
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      nusLevel: 3,
      permitGrantedDate: day('2015-06-01'),
    },
  });
  const programme = await app.prisma.programme.create({
    data: {
      municipalityId,
      personId: p.id,
      derivedRegime: 'INTRODUKSJONSLOVEN',
      evaluation: {
        regime: 'INTRODUKSJONSLOVEN',
        norwegianTraining: { right: true, duty: true, maxMonths: 36 },
        benefit: { fractionOf2G: 1 },
      },
      evaluatedOn: day('2015-07-01'),
      startDate: day('2015-09-30'),
    },
  });
  const plan = await app.prisma.integrationPlan.create({ data: { municipalityId, programmeId: programme.id } });
  await app.prisma.integrationPlanRevision.create({
    data: {
      municipalityId,
      planId: plan.id,
      revisionNumber: 1,
      languageTargetLevel: 'B1',
      validFrom: day('2015-09-30'),
    },
  });
  await app.prisma.externalBenefit.create({
    data: { municipalityId, personId: p.id, month: day('2016-01-01'), kind: 'SOCIAL_ASSISTANCE', amount: 1234 },
  });
  return p;
}

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
  otherMunicipalityId = (await createMunicipality(app.prisma)).id;
  await user('teacherA', ['TEACHER']);
  await user('teacherB', ['TEACHER']);
  await user('consultant', ['CONSULTANT']);
  await user('nav', ['NAV_ADVISER']);
  await user('manager', ['MANAGER']);
  await user('admin', ['ADMIN']);
  await user('otherTeacher', ['TEACHER'], otherMunicipalityId);
  await user('otherConsultant', ['CONSULTANT'], otherMunicipalityId);

  courseId = CourseSchema.parse(
    (
      await clients
        .teacherA!.post('/courses', { name: 'Norsk spor 2', kind: 'NORWEGIAN', languageTrack: 2 })
        .expect(201)
    ).body,
  ).id;
  const a = ClassSummarySchema.parse(
    (
      await clients
        .teacherA!.post(`/courses/${courseId}/classes`, { name: 'Norsk 2A', startDate: '2025-08-18', hoursPerDay: 4 })
        .expect(201)
    ).body,
  );
  expect(a.teachers.map((t) => t.id)).toEqual([users.teacherA!.id]);
  classA = a.id;
  classB = ClassSummarySchema.parse(
    (
      await clients
        .teacherB!.post(`/courses/${courseId}/classes`, { name: 'Norsk 2B', startDate: '2025-08-18' })
        .expect(201)
    ).body,
  ).id;
  learner = await fullPerson();
  const enrolled = EnrolmentDetailSchema.parse(
    (
      await clients
        .consultant!.post(`/classes/${classA}/enrolments`, { personId: learner.id, fromDate: '2025-08-18' })
        .expect(201)
    ).body,
  );
  enrolmentId = enrolled.enrolmentId;
});
afterAll(() => app?.close());

describe('access matrix', () => {
  it('anonymous gets 401 on every route', async () => {
    const anonymous = await apiClient(app);
    for (const path of [
      '/courses',
      '/classes',
      `/classes/${classA}`,
      `/enrolments?personId=${learner.id}`,
      `/enrolments/${enrolmentId}`,
    ]) {
      await request(app.url).get(apiPath(path)).expect(401);
    }
    await anonymous.post('/courses', { name: 'X', kind: 'OTHER' }).expect(401);
    await anonymous.post(`/classes/${classA}/enrolments`, { personId: learner.id, fromDate: '2025-08-18' }).expect(401);
    await anonymous.patch(`/enrolments/${enrolmentId}`, { entitledHours: 1 }).expect(401);
    await anonymous
      .post(`/enrolments/${enrolmentId}/assessments`, {
        assessedOn: '2025-09-01',
        results: [{ skill: 'ORAL', level: 'A2' }],
      })
      .expect(401);
  });

  it.each(['nav', 'admin'])('%s gets 403 on every route', async (who) => {
    const c = clients[who]!;
    await c.get('/courses').expect(403);
    await c.get('/classes').expect(403);
    await c.get(`/classes/${classA}`).expect(403);
    await c.get(`/enrolments/${enrolmentId}`).expect(403);
    await c.post('/courses', { name: 'X', kind: 'OTHER' }).expect(403);
    await c.post(`/courses/${courseId}/classes`, { name: 'X', startDate: '2025-01-01' }).expect(403);
    await put(c, `/classes/${classA}/teachers/${users.teacherB!.id}`).expect(403);
    await c.post(`/classes/${classA}/enrolments`, { personId: learner.id, fromDate: '2025-08-18' }).expect(403);
    await c.patch(`/enrolments/${enrolmentId}`, { entitledHours: 1 }).expect(403);
    await c
      .post(`/enrolments/${enrolmentId}/assessments`, {
        assessedOn: '2025-09-01',
        results: [{ skill: 'ORAL', level: 'A2' }],
      })
      .expect(403);
  });

  it('consultants and managers read but do not run courses or assess; consultants enrol', async () => {
    for (const who of ['consultant', 'manager']) {
      const c = clients[who]!;
      expect(CourseListSchema.parse((await c.get('/courses').expect(200)).body).items.map((x) => x.id)).toContain(
        courseId,
      );
      expect(
        ClassDetailSchema.parse((await c.get(`/classes/${classA}`).expect(200)).body).learners.map((l) => l.person.id),
      ).toEqual([learner.id]);
      await c.post('/courses', { name: 'X', kind: 'OTHER' }).expect(403);
      await c
        .post(`/enrolments/${enrolmentId}/assessments`, {
          assessedOn: '2025-09-01',
          results: [{ skill: 'ORAL', level: 'A2' }],
        })
        .expect(403);
    }
    await clients
      .manager!.post(`/classes/${classB}/enrolments`, { personId: learner.id, fromDate: '2025-08-18' })
      .expect(403);
  });

  it('a teacher opens only the classes they teach and their learners; another teacher gets 404', async () => {
    const detail = ClassDetailSchema.parse((await clients.teacherA!.get(`/classes/${classA}`).expect(200)).body);
    expect(detail.learners.map((l) => l.person.id)).toEqual([learner.id]);
    const b = clients.teacherB!;
    expect(errorOf((await b.get(`/classes/${classA}`).expect(404)).body).code).toBe(EducationErrorCode.CLASS_NOT_FOUND);
    await b.get(`/enrolments/${enrolmentId}`).expect(404);
    await b.patch(`/enrolments/${enrolmentId}`, { entitledHours: 10 }).expect(404);
    await b
      .post(`/enrolments/${enrolmentId}/assessments`, {
        assessedOn: '2025-09-01',
        results: [{ skill: 'ORAL', level: 'C1' }],
      })
      .expect(404);
    expect(
      EnrolmentListSchema.parse((await b.get('/enrolments').query({ personId: learner.id }).expect(200)).body).items,
    ).toEqual([]);
    // Nor can teacher B pull the learner into their own class: they do not see the person.
    expect(
      errorOf(
        (await b.post(`/classes/${classB}/enrolments`, { personId: learner.id, fromDate: '2025-08-18' }).expect(404))
          .body,
      ).code,
    ).toBe(EducationErrorCode.PERSON_NOT_FOUND);
    const mine = ClassListSchema.parse((await b.get('/classes').query({ mine: 'true' }).expect(200)).body);
    expect(mine.items.map((c) => c.id)).toEqual([classB]);
  });

  it('another municipality gets 404 for classes, enrolments and persons', async () => {
    for (const who of ['otherTeacher', 'otherConsultant']) {
      const c = clients[who]!;
      await c.get(`/classes/${classA}`).expect(404);
      await c.get(`/enrolments/${enrolmentId}`).expect(404);
      expect(ClassListSchema.parse((await c.get('/classes').expect(200)).body).items).toEqual([]);
    }
    await clients
      .otherTeacher!.post(`/courses/${courseId}/classes`, { name: 'X', startDate: '2025-01-01' })
      .expect(404);
    await clients
      .otherConsultant!.post(`/classes/${classA}/enrolments`, { personId: learner.id, fromDate: '2025-08-18' })
      .expect(404);
    const theirs = await createUser(app.prisma, otherMunicipalityId, { roles: ['TEACHER'] });
    await put(clients.teacherA!, `/classes/${classA}/teachers/${theirs.id}`).expect(404);
  });
});

describe('what a teacher sees', () => {
  it('never contact, address, finance or health fields: only what teaching needs', async () => {
    const res = await clients.teacherA!.get(`/classes/${classA}`).expect(200);
    const learnerJson = res.body.learners[0];
    expect(Object.keys(learnerJson.person).sort()).toEqual([
      'birthDate',
      'firstName',
      'id',
      'interpreterLanguage',
      'interpreterNeeded',
      'languages',
      'lastName',
      'nusLevel',
    ]);
    for (const key of [
      'address',
      'postalCode',
      'postalTown',
      'phone',
      'email',
      'addressProtection',
      'caseworkerId',
      'benefit',
      'payments',
      'externalBenefits',
      'health',
      'restricted',
      'evaluation',
    ]) {
      expect(learnerJson).not.toHaveProperty(key);
      expect(learnerJson.person).not.toHaveProperty(key);
    }
    const text = JSON.stringify(res.body);
    for (const secret of [
      'Hemmelig vei',
      '+4799999999',
      'privat@example.test',
      'SOCIAL_ASSISTANCE',
      '1234',
      'fractionOf2G',
    ])
      expect(text).not.toContain(secret);
    const detail = ClassDetailSchema.parse(res.body).learners[0]!;
    expect(detail).toMatchObject({
      regime: 'INTRODUKSJONSLOVEN',
      norwegianTraining: { right: true, duty: true, deadline: '2018-09-30' },
      targetLevel: 'B1',
      person: { languages: ['ar', 'en'], interpreterNeeded: true, nusLevel: 3 },
    });
  });

  it('each read of a learner is audited with field names only', async () => {
    await clients.teacherA!.get(`/classes/${classA}`).expect(200);
    const events = await app.prisma.auditEvent.findMany({
      where: { actorId: users.teacherA!.id, personId: learner.id, action: 'READ' },
    });
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(learner.firstName);
  });
});

describe('enrolment, hours and levels', () => {
  it('entitled hours default from the rules engine (550 h under introduksjonsloven, permit 2015); a duplicate is 409', async () => {
    const detail = EnrolmentDetailSchema.parse(
      (await clients.consultant!.get(`/enrolments/${enrolmentId}`).expect(200)).body,
    );
    expect(detail.entitledHours).toBe(550);
    const dup = await clients
      .consultant!.post(`/classes/${classA}/enrolments`, { personId: learner.id, fromDate: '2025-09-01' })
      .expect(409);
    expect(errorOf(dup.body).code).toBe(EducationErrorCode.ALREADY_ENROLLED);
    const bad = await clients
      .consultant!.post(`/classes/${classA}/enrolments`, {
        personId: learner.id,
        fromDate: '2025-09-01',
        toDate: '2025-08-01',
      })
      .expect(400);
    expect(errorOf(bad.body).issues?.map((i) => i.path)).toEqual(['toDate']);
  });

  it('a person under integreringsloven gets no default hours; explicit hours win', async () => {
    const p = await createPerson(app.prisma, municipalityId);
    await app.prisma.programme.create({
      data: {
        municipalityId,
        personId: p.id,
        derivedRegime: 'INTEGRERINGSLOVEN',
        evaluation: { norwegianTraining: { right: true, duty: true, maxMonths: 36 } },
        evaluatedOn: day('2023-01-01'),
      },
    });
    const none = EnrolmentDetailSchema.parse(
      (
        await clients
          .consultant!.post(`/classes/${classB}/enrolments`, { personId: p.id, fromDate: '2025-08-18' })
          .expect(201)
      ).body,
    );
    expect(none.entitledHours).toBeNull();
    const q = await createPerson(app.prisma, municipalityId);
    const set = EnrolmentDetailSchema.parse(
      (
        await clients
          .consultant!.post(`/classes/${classB}/enrolments`, {
            personId: q.id,
            fromDate: '2025-08-18',
            entitledHours: 300,
          })
          .expect(201)
      ).body,
    );
    expect(set.entitledHours).toBe(300);
  });

  it('hours completed are the present hours in that class from the attendance ledger', async () => {
    const base = { municipalityId, personId: learner.id, recordedById: users.teacherA!.id };
    await app.prisma.attendanceRecord.createMany({
      data: [
        { ...base, date: day('2025-08-18'), activityKey: classA, classId: classA, plannedHours: 4, presentHours: 4 },
        {
          ...base,
          date: day('2025-08-19'),
          activityKey: classA,
          classId: classA,
          plannedHours: 4,
          presentHours: 2.5,
          absenceKind: 'OWN_ILLNESS_SELF_CERTIFIED',
        },
        { ...base, date: day('2025-08-19'), activityKey: 'programme', plannedHours: 3, presentHours: 3 },
      ],
    });
    const detail = EnrolmentDetailSchema.parse(
      (await clients.teacherA!.get(`/enrolments/${enrolmentId}`).expect(200)).body,
    );
    expect(detail.hoursCompleted).toBe(6.5);
    expect(detail.entitledHours).toBe(550);
  });

  it('a teacher records levels per skill; the latest per skill is shown; a future date is refused naming assessedOn', async () => {
    const t = clients.teacherA!;
    await t
      .post(`/enrolments/${enrolmentId}/assessments`, {
        assessedOn: '2025-09-01',
        testName: 'Kartlegging',
        results: [
          { skill: 'ORAL', level: 'A1' },
          { skill: 'READING', level: 'A1' },
        ],
      })
      .expect(201);
    const after = EnrolmentDetailSchema.parse(
      (
        await t
          .post(`/enrolments/${enrolmentId}/assessments`, {
            assessedOn: '2025-12-01',
            testName: 'Norskprøven',
            results: [
              { skill: 'ORAL', level: 'A2' },
              { skill: 'WRITING', level: 'BELOW_A1' },
            ],
          })
          .expect(201)
      ).body,
    );
    expect(after.latestLevels.map((l) => [l.skill, l.level]).sort()).toEqual([
      ['ORAL', 'A2'],
      ['READING', 'A1'],
      ['WRITING', 'BELOW_A1'],
    ]);
    expect(after.assessments).toHaveLength(4);
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const res = await t
      .post(`/enrolments/${enrolmentId}/assessments`, { assessedOn: future, results: [{ skill: 'ORAL', level: 'B1' }] })
      .expect(400);
    expect(errorOf(res.body).issues?.map((i) => [i.path, i.code])).toEqual([
      ['assessedOn', EducationErrorCode.FUTURE_ASSESSMENT],
    ]);
    const twice = await t
      .post(`/enrolments/${enrolmentId}/assessments`, {
        assessedOn: '2025-09-01',
        results: [
          { skill: 'ORAL', level: 'B1' },
          { skill: 'ORAL', level: 'A1' },
        ],
      })
      .expect(400);
    expect(errorOf(twice.body).issues?.[0]?.path).toBe('results');
    const events = await app.prisma.timelineEvent.findMany({
      where: { personId: learner.id, kind: 'education.assessed' },
    });
    expect(events.map((e) => e.service)).toEqual(['ADULT_EDUCATION', 'ADULT_EDUCATION']);
  });

  it('social studies completion is recorded once on the timeline', async () => {
    const t = clients.teacherA!;
    const detail = EnrolmentDetailSchema.parse(
      (await t.patch(`/enrolments/${enrolmentId}`, { socialStudiesCompletedDate: '2025-11-20' }).expect(200)).body,
    );
    expect(detail.socialStudiesCompletedDate).toBe('2025-11-20');
    await t.patch(`/enrolments/${enrolmentId}`, { socialStudiesCompletedDate: '2025-11-21' }).expect(200);
    expect(
      await app.prisma.timelineEvent.count({
        where: { personId: learner.id, kind: 'education.socialStudiesCompleted' },
      }),
    ).toBe(1);
  });

  it('a teacher adds a colleague (TEACHER only) who then sees the class; a teacher enrols a learner they already see into their class', async () => {
    const refused = await put(clients.teacherA!, `/classes/${classA}/teachers/${users.consultant!.id}`).expect(400);
    expect(errorOf(refused.body).issues?.[0]?.path).toBe('userId');
    await put(clients.teacherB!, `/classes/${classA}/teachers/${users.teacherB!.id}`).expect(404);
    const colleague = await createUser(app.prisma, municipalityId, { roles: ['TEACHER'] });
    const summary = ClassSummarySchema.parse(
      (await put(clients.teacherA!, `/classes/${classA}/teachers/${colleague.id}`).expect(200)).body,
    );
    expect(summary.teachers.map((x) => x.id)).toContain(colleague.id);
    const colleagueClient = await signIn(app, colleague.email, colleague.password);
    await colleagueClient.get(`/classes/${classA}`).expect(200);
    const own = ClassSummarySchema.parse(
      (
        await colleagueClient
          .post(`/courses/${courseId}/classes`, { name: 'Samfunnskunnskap', startDate: '2025-09-01' })
          .expect(201)
      ).body,
    );
    await colleagueClient
      .post(`/classes/${own.id}/enrolments`, { personId: learner.id, fromDate: '2025-09-01' })
      .expect(201);
    await clients.teacherA!.delete(`/classes/${classA}/teachers/${colleague.id}`).expect(200);
  });
});
