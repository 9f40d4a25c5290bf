import {
  ApiErrorBodySchema,
  AttendanceClassListSchema,
  AttendanceErrorCode,
  AttendanceWriteResultSchema,
  ClassAttendanceDaySchema,
  CommonErrorCode,
  ParticipantAttendanceMonthSchema,
  SaveClassAttendanceResultSchema,
  type Role,
} from '@ankomst/contracts';
import { CSRF_HEADER } from '@ankomst/contracts';
import request from 'supertest';
import { createMunicipality, createPerson, createUser, signIn, type SignedInClient } from '../support/factories';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/**
 * The attendance ledger: a teacher saves a class/day grid for a class they teach; each absence is checked by
 * the rules engine (egenmelding limits, qualifying period) and the warnings come back; a consultant sees a
 * participant's month and reclassifies, with version checks.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const code = (res: { body: unknown }) => ApiErrorBodySchema.parse(res.body).code;
const put = (client: SignedInClient, path: string, body: object) =>
  client.agent.put(apiPath(path)).set(CSRF_HEADER, client.csrfToken).send(body);

async function setup(programmeStart = '2025-01-06') {
  const kommune = await createMunicipality(app.prisma);
  const user = (roles: Role[]) => createUser(app.prisma, kommune.id, { roles });
  const [teacher, otherTeacher, consultant] = await Promise.all([
    user(['TEACHER']),
    user(['TEACHER']),
    user(['CONSULTANT']),
  ]);
  const course = await app.prisma.course.create({
    data: { municipalityId: kommune.id, name: 'Norsk spor 2', kind: 'NORWEGIAN' },
  });
  const cls = await app.prisma.courseClass.create({
    data: {
      municipalityId: kommune.id,
      courseId: course.id,
      name: 'Gruppe A',
      startDate: day('2025-01-01'),
      hoursPerDay: 5,
    },
  });
  const otherClass = await app.prisma.courseClass.create({
    data: { municipalityId: kommune.id, courseId: course.id, name: 'Gruppe B', startDate: day('2025-01-01') },
  });
  await app.prisma.classTeacher.createMany({
    data: [
      { municipalityId: kommune.id, classId: cls.id, userId: teacher.id },
      { municipalityId: kommune.id, classId: otherClass.id, userId: otherTeacher.id },
    ],
  });
  const learners = [];
  for (const [firstName, lastName] of [
    ['Amina', 'Haddad'],
    ['Omar', 'Ali'],
    ['Sara', 'Berhe'],
  ] as const) {
    const person = await createPerson(app.prisma, kommune.id, { firstName, lastName, birthDate: '1990-01-01' });
    await app.prisma.enrolment.create({
      data: { municipalityId: kommune.id, classId: cls.id, personId: person.id, fromDate: day('2025-01-06') },
    });
    await app.prisma.programme.create({
      data: {
        municipalityId: kommune.id,
        personId: person.id,
        derivedRegime: 'INTEGRERINGSLOVEN',
        evaluation: {},
        evaluatedOn: day(programmeStart),
        status: 'ACTIVE',
        startDate: day(programmeStart),
      },
    });
    learners.push(person);
  }
  const [asTeacher, asOtherTeacher, asConsultant] = await Promise.all([
    signIn(app, teacher.email, teacher.password),
    signIn(app, otherTeacher.email, otherTeacher.password),
    signIn(app, consultant.email, consultant.password),
  ]);
  const [amina, omar, sara] = learners as [(typeof learners)[0], (typeof learners)[0], (typeof learners)[0]];
  return { kommune, cls, otherClass, amina, omar, sara, asTeacher, asOtherTeacher, asConsultant, teacher };
}

const present = (personId: string) => ({ personId, plannedHours: 5, presentHours: 5, absenceKind: null });
const absent = (personId: string, absenceKind: string, presentHours = 0) => ({
  personId,
  plannedHours: 5,
  presentHours,
  absenceKind,
});

describe('class/day grid', () => {
  it('a teacher sees the classes they teach and the learners enrolled that day', async () => {
    const s = await setup();
    const classes = AttendanceClassListSchema.parse(
      (await s.asTeacher.get('/attendance/classes?date=2025-06-02').expect(200)).body,
    );
    expect(classes.items).toEqual([
      expect.objectContaining({
        id: s.cls.id,
        name: 'Gruppe A',
        courseName: 'Norsk spor 2',
        hoursPerDay: 5,
        learnerCount: 3,
      }),
    ]);
    const grid = ClassAttendanceDaySchema.parse(
      (await s.asTeacher.get(`/classes/${s.cls.id}/attendance/2025-06-02`).expect(200)).body,
    );
    expect(grid.learners.map((l) => l.lastName)).toEqual(['Ali', 'Berhe', 'Haddad']);
    expect(grid.learners.every((l) => l.record === null)).toBe(true);
  });

  it('saves the whole grid in one go and returns the engine’s warnings for absence', async () => {
    const s = await setup();
    const res = await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, {
      rows: [
        present(s.amina.id),
        absent(s.omar.id, 'UNAUTHORISED'),
        absent(s.sara.id, 'OWN_ILLNESS_SELF_CERTIFIED', 2),
      ],
    }).expect(200);
    const result = SaveClassAttendanceResultSchema.parse(res.body);
    expect(result.day.learners.map((l) => [l.lastName, l.record?.absenceKind ?? null, l.record?.presentHours])).toEqual(
      [
        ['Ali', 'UNAUTHORISED', 0],
        ['Berhe', 'OWN_ILLNESS_SELF_CERTIFIED', 2],
        ['Haddad', null, 5],
      ],
    );
    const omar = result.checks.find((c) => c.personId === s.omar.id)!;
    expect(omar.warnings.map((w) => w.code)).toEqual(['ABSENCE_UNAUTHORISED']);
    expect(omar.warnings[0]!.message).toMatch(/ugyldig fravær/);
    expect(omar.unauthorisedDays).toEqual([{ date: '2025-06-02', hours: 5, reason: 'ABSENCE_UNAUTHORISED' }]);
    expect(result.checks.find((c) => c.personId === s.sara.id)!.unauthorisedDays).toEqual([]);

    // Saving again replaces the day's rows (one record per person, day and class).
    await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, { rows: [present(s.omar.id)] }).expect(200);
    const stored = await app.prisma.attendanceRecord.findMany({ where: { personId: s.omar.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ absenceKind: null, version: 1 });
  });

  it('warns that egenmelding before 8 weeks in the programme becomes unauthorised', async () => {
    const s = await setup('2025-05-26');
    const res = await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, {
      rows: [absent(s.amina.id, 'OWN_ILLNESS_SELF_CERTIFIED')],
    }).expect(200);
    const check = SaveClassAttendanceResultSchema.parse(res.body).checks[0]!;
    expect(check.warnings).toEqual([
      expect.objectContaining({
        code: 'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD',
        severity: 'WARNING',
        days: ['2025-06-02'],
      }),
    ]);
    expect(check.warnings[0]!.message).toContain('8 uker');
    expect(check.unauthorisedDays).toEqual([
      { date: '2025-06-02', hours: 5, reason: 'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD' },
    ]);
  });

  it('refuses missing hours without a reason, naming the row and field, and saves nothing', async () => {
    const s = await setup();
    const res = await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, {
      rows: [present(s.amina.id), { personId: s.omar.id, plannedHours: 5, presentHours: 3, absenceKind: null }],
    }).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues?.map((i) => i.path)).toEqual(['rows.1.absenceKind']);
    expect(await app.prisma.attendanceRecord.count({ where: { municipalityId: s.kommune.id } })).toBe(0);
  });

  it('refuses a row for someone not enrolled in the class, and saves nothing', async () => {
    const s = await setup();
    const stranger = await createPerson(app.prisma, s.kommune.id);
    const res = await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, {
      rows: [present(s.amina.id), present(stranger.id)],
    }).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues).toEqual([
      expect.objectContaining({ path: 'rows.1.personId', code: AttendanceErrorCode.NOT_ENROLLED }),
    ]);
    expect(await app.prisma.attendanceRecord.count({ where: { municipalityId: s.kommune.id } })).toBe(0);
  });

  it('is audited per learner', async () => {
    const s = await setup();
    await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-03`, {
      rows: [present(s.amina.id), present(s.omar.id)],
    }).expect(200);
    const events = await app.prisma.auditEvent.findMany({
      where: { municipalityId: s.kommune.id, operation: 'attendance.saveClassDay' },
    });
    expect(events.map((e) => e.personId).sort()).toEqual([s.amina.id, s.omar.id].sort());
  });
});

describe('participant month and reclassification', () => {
  it('egenmelding day 4 becomes unauthorised; reclassifying it to a medical certificate clears it', async () => {
    const s = await setup();
    // Monday to Thursday self-certified (programme started in January: past the qualifying period).
    for (const date of ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05']) {
      await put(s.asTeacher, `/classes/${s.cls.id}/attendance/${date}`, {
        rows: [absent(s.amina.id, 'OWN_ILLNESS_SELF_CERTIFIED')],
      }).expect(200);
    }
    const month = ParticipantAttendanceMonthSchema.parse(
      (await s.asConsultant.get(`/persons/${s.amina.id}/attendance/2025-06`).expect(200)).body,
    );
    expect(month.records).toHaveLength(4);
    expect(month.unauthorisedDays).toEqual([
      expect.objectContaining({ date: '2025-06-05', hours: 5, reason: 'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED' }),
    ]);
    expect(month.unauthorisedDays[0]!.message).toMatch(/legeerklæring/);
    expect(month.totals).toEqual({ plannedHours: 20, presentHours: 0, unauthorisedHours: 5 });

    const thursday = month.records.find((r) => r.date === '2025-06-05')!;
    const updated = AttendanceWriteResultSchema.parse(
      (
        await s.asConsultant
          .patch(`/attendance/${thursday.id}`, {
            plannedHours: 5,
            presentHours: 0,
            absenceKind: 'OWN_ILLNESS_MEDICAL_CERTIFICATE',
            version: thursday.version,
          })
          .expect(200)
      ).body,
    );
    expect(updated.records[0]).toMatchObject({
      absenceKind: 'OWN_ILLNESS_MEDICAL_CERTIFICATE',
      version: thursday.version + 1,
    });
    const after = ParticipantAttendanceMonthSchema.parse(
      (await s.asConsultant.get(`/persons/${s.amina.id}/attendance/2025-06`).expect(200)).body,
    );
    expect(after.unauthorisedDays).toEqual([]);

    const stale = await s.asConsultant
      .patch(`/attendance/${thursday.id}`, {
        plannedHours: 5,
        presentHours: 0,
        absenceKind: 'UNAUTHORISED',
        version: thursday.version,
      })
      .expect(409);
    expect(code(stale)).toBe(CommonErrorCode.STALE_VERSION);
  });

  it('a consultant registers a period of programme absence (working days only) and gets the check back; a second time is a conflict', async () => {
    const s = await setup();
    const res = await s.asConsultant
      .post(`/persons/${s.omar.id}/attendance`, {
        from: '2025-06-06',
        to: '2025-06-10',
        plannedHours: 7.5,
        presentHours: 0,
        absenceKind: 'UNAUTHORISED',
      })
      .expect(201);
    const result = AttendanceWriteResultSchema.parse(res.body);
    expect(result.records.map((r) => r.date)).toEqual(['2025-06-06', '2025-06-09', '2025-06-10']);
    expect(result.records.every((r) => r.activityKey === 'programme')).toBe(true);
    expect(result.check?.unauthorisedDays.map((d) => d.date)).toEqual(['2025-06-06', '2025-06-09', '2025-06-10']);
    const again = await s.asConsultant
      .post(`/persons/${s.omar.id}/attendance`, { from: '2025-06-10', plannedHours: 7.5, presentHours: 7.5 })
      .expect(409);
    expect(code(again)).toBe(AttendanceErrorCode.ALREADY_REGISTERED);
    const weekend = await s.asConsultant
      .post(`/persons/${s.omar.id}/attendance`, {
        from: '2025-06-07',
        to: '2025-06-08',
        plannedHours: 7.5,
        presentHours: 7.5,
      })
      .expect(400);
    expect(code(weekend)).toBe(AttendanceErrorCode.NO_WORKING_DAYS);
  });
});

describe('access', () => {
  it('anonymous gets 401', async () => {
    const s = await setup();
    await request(app.url)
      .get(apiPath(`/classes/${s.cls.id}/attendance/2025-06-02`))
      .expect(401);
    await request(app.url)
      .get(apiPath(`/persons/${s.amina.id}/attendance/2025-06`))
      .expect(401);
    const anonymous = await apiClient(app);
    await anonymous.agent
      .put(apiPath(`/classes/${s.cls.id}/attendance/2025-06-02`))
      .set(CSRF_HEADER, anonymous.csrfToken)
      .send({ rows: [] })
      .expect(401);
  });

  it('a teacher gets 404 for a class they do not teach, and cannot open a participant month (403)', async () => {
    const s = await setup();
    expect(code(await s.asOtherTeacher.get(`/classes/${s.cls.id}/attendance/2025-06-02`).expect(404))).toBe(
      AttendanceErrorCode.CLASS_NOT_FOUND,
    );
    await put(s.asOtherTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, { rows: [present(s.amina.id)] }).expect(
      404,
    );
    await s.asTeacher.get(`/persons/${s.amina.id}/attendance/2025-06`).expect(403);
    await s.asTeacher
      .post(`/persons/${s.amina.id}/attendance`, { from: '2025-06-02', plannedHours: 5, presentHours: 5 })
      .expect(403);
    expect(await app.prisma.attendanceRecord.count({ where: { municipalityId: s.kommune.id } })).toBe(0);
  });

  it('a consultant may fill in any class of the municipality', async () => {
    const s = await setup();
    await put(s.asConsultant, `/classes/${s.cls.id}/attendance/2025-06-02`, { rows: [present(s.amina.id)] }).expect(
      200,
    );
  });

  it.each<Role>(['NAV_ADVISER', 'MANAGER', 'ADMIN'])('%s gets 403 on the grid and the month view', async (role) => {
    const s = await setup();
    const u = await createUser(app.prisma, s.kommune.id, { roles: [role] });
    const client = await signIn(app, u.email, u.password);
    await client.get(`/classes/${s.cls.id}/attendance/2025-06-02`).expect(403);
    await put(client, `/classes/${s.cls.id}/attendance/2025-06-02`, { rows: [] }).expect(403);
    await client.get(`/persons/${s.amina.id}/attendance/2025-06`).expect(403);
  });

  it('another municipality gets 404 for the class, the person and the record', async () => {
    const s = await setup();
    await put(s.asTeacher, `/classes/${s.cls.id}/attendance/2025-06-02`, { rows: [present(s.amina.id)] }).expect(200);
    const record = await app.prisma.attendanceRecord.findFirstOrThrow({ where: { personId: s.amina.id } });
    const other = await createMunicipality(app.prisma);
    const u = await createUser(app.prisma, other.id, { roles: ['CONSULTANT'] });
    const client = await signIn(app, u.email, u.password);
    await client.get(`/classes/${s.cls.id}/attendance/2025-06-02`).expect(404);
    await put(client, `/classes/${s.cls.id}/attendance/2025-06-02`, { rows: [] }).expect(404);
    await client.get(`/persons/${s.amina.id}/attendance/2025-06`).expect(404);
    await client
      .patch(`/attendance/${record.id}`, { plannedHours: 5, presentHours: 0, absenceKind: 'UNAUTHORISED', version: 0 })
      .expect(404);
    expect((await app.prisma.attendanceRecord.findUniqueOrThrow({ where: { id: record.id } })).absenceKind).toBeNull();
  });
});
