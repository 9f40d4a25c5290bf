import {
  ApiErrorBodySchema,
  AttendanceWriteResultSchema,
  CareFactsSchema,
  CommonErrorCode,
  ParticipantAttendanceMonthSchema,
  PersonErrorCode,
  ProgrammeBenefitSchema,
} from '@ankomst/contracts';
import { createPerson } from '../support/factories';
import type { TestApp } from '../support/test-app';
import {
  castClient,
  matrixRows,
  startWithTriangleCast,
  type AccessMatrix,
  type TriangleCast,
} from '../support/triangle-fixtures';

/**
 * Care facts (children under 12, sole carer, chronically ill child): special-category family data that only
 * consultants read and write, audited, and the one source of the child-illness quota for absence checks, the
 * participant's month and the benefit.
 */
let app: TestApp;
let cast: TriangleCast;
const TODAY = '2025-06-16';

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ env: { JOBS_ENABLED: false }, today: TODAY }));
});
afterAll(() => app?.close());

const client = (who: string) => castClient(app, cast, who);
const path = (personId: string) => `/persons/${personId}/care-facts`;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const facts = { childrenUnder12: 1, soleCarer: false, chronicallyIllChild: false };

async function participant() {
  const person = await createPerson(app.prisma, cast.municipalityId);
  const programme = await app.prisma.programme.create({
    data: {
      municipalityId: cast.municipalityId,
      personId: person.id,
      derivedRegime: 'INTEGRERINGSLOVEN',
      evaluation: {},
      evaluatedOn: day('2025-01-06'),
      status: 'ACTIVE',
      startDate: day('2025-01-06'),
    },
  });
  return { person, programme };
}

describe('access matrix', () => {
  const read: AccessMatrix = {
    consultant: 200,
    navInGroup: 404,
    teacherInGroup: 404,
    navOutside: 404,
    teacherOutside: 404,
    manager: 404,
    otherMunicipality: 404,
    admin: 403,
    anonymous: 401,
  };
  it.each(matrixRows(read))('GET /persons/:personId/care-facts: %s gets %i', async (who, status) => {
    const res = await (await client(who)).get(path(cast.person.id));
    expect(res.status).toBe(status);
    if (status === 404) expect(ApiErrorBodySchema.parse(res.body).code).toBe(PersonErrorCode.NOT_FOUND);
  });

  it.each(matrixRows(read))('PUT /persons/:personId/care-facts: %s gets %i', async (who, status) => {
    const { person } = await participant();
    const res = await (await client(who)).put(path(person.id), { ...facts, version: null });
    expect(res.status).toBe(status);
    expect(await app.prisma.careFact.count({ where: { personId: person.id } })).toBe(status === 200 ? 1 : 0);
  });

  it('an unknown person is 404 and a malformed id 400', async () => {
    await cast.as.consultant.get(path('00000000-0000-4000-8000-000000000000')).expect(404);
    const bad = await cast.as.consultant.get(path('not-a-uuid')).expect(400);
    expect(ApiErrorBodySchema.parse(bad.body).code).toBe(CommonErrorCode.VALIDATION_FAILED);
  });
});

describe('recording care facts', () => {
  it('starts unrecorded with the household’s children under 12, then records, versions and audits', async () => {
    const { person } = await participant();
    const young = await createPerson(app.prisma, cast.municipalityId, { birthDate: '2019-03-01' });
    const twelve = await createPerson(app.prisma, cast.municipalityId, { birthDate: '2013-06-16' }); // 12 today
    await app.prisma.household.create({
      data: {
        municipalityId: cast.municipalityId,
        name: 'Familien Omsorg',
        members: {
          create: [
            { municipalityId: cast.municipalityId, personId: person.id, relation: 'HEAD' },
            { municipalityId: cast.municipalityId, personId: young.id, relation: 'CHILD' },
            { municipalityId: cast.municipalityId, personId: twelve.id, relation: 'CHILD' },
          ],
        },
      },
    });
    const before = new Date();
    const initial = CareFactsSchema.parse((await cast.as.consultant.get(path(person.id)).expect(200)).body);
    expect(initial).toMatchObject({
      recorded: false,
      childrenUnder12: null,
      childrenUnder12InHousehold: 1,
      soleCarer: false,
      chronicallyIllChild: false,
      childIllnessQuota: 10,
      version: null,
    });

    const saved = CareFactsSchema.parse(
      (
        await cast.as.consultant
          .put(path(person.id), { childrenUnder12: 3, soleCarer: true, chronicallyIllChild: false, version: null })
          .expect(200)
      ).body,
    );
    expect(saved).toMatchObject({
      recorded: true,
      childrenUnder12: 3,
      soleCarer: true,
      childIllnessQuota: 30,
      version: 0,
    });

    // A second first-time save, or a stale version, is 409; the right version saves.
    const twice = await cast.as.consultant.put(path(person.id), { ...facts, version: null }).expect(409);
    expect(ApiErrorBodySchema.parse(twice.body).code).toBe(CommonErrorCode.STALE_VERSION);
    await cast.as.consultant.put(path(person.id), { ...facts, version: 5 }).expect(409);
    const chronic = CareFactsSchema.parse(
      (
        await cast.as.consultant
          .put(path(person.id), { childrenUnder12: null, soleCarer: true, chronicallyIllChild: true, version: 0 })
          .expect(200)
      ).body,
    );
    expect(chronic).toMatchObject({
      childrenUnder12: null,
      childrenUnder12InHousehold: 1,
      childIllnessQuota: 40,
      version: 1,
    });

    const bad = await cast.as.consultant
      .put(path(person.id), { childrenUnder12: -1, soleCarer: 'ja', chronicallyIllChild: false, version: 1 })
      .expect(400);
    expect(
      ApiErrorBodySchema.parse(bad.body)
        .issues?.map((i) => i.path)
        .sort(),
    ).toEqual(['childrenUnder12', 'soleCarer']);

    const events = await app.prisma.auditEvent.findMany({
      where: { personId: person.id, entityType: 'care_fact', occurredAt: { gte: before } },
      orderBy: { occurredAt: 'asc' },
    });
    expect(events.map((e) => `${e.action} ${e.operation}`)).toEqual([
      'READ careFacts.get',
      'CREATE careFacts.update',
      'UPDATE careFacts.update',
    ]);
    expect(events[0]).toMatchObject({
      actorId: cast.users.consultant.id,
      fields: ['childrenUnder12', 'soleCarer', 'chronicallyIllChild'],
    });
  });

  it('nothing is audited for those who get 404', async () => {
    const { person } = await participant();
    await cast.as.manager.get(path(person.id)).expect(404);
    await cast.as.navInGroup.put(path(person.id), { ...facts, version: null }).expect(404);
    expect(await app.prisma.auditEvent.count({ where: { personId: person.id, entityType: 'care_fact' } })).toBe(0);
  });
});

describe('the child-illness quota follows the care facts', () => {
  const register = (personId: string, from: string, to: string) =>
    cast.as.consultant
      .post(`/persons/${personId}/attendance`, {
        from,
        to,
        plannedHours: 7.5,
        presentHours: 0,
        absenceKind: 'CHILD_ILLNESS',
      })
      .expect(201);

  it('in the check, the participant’s month and the benefit', async () => {
    const { person, programme } = await participant();
    // 10 working days of child illness (2–13 June 2025: the whole quota), then one more on 16 June.
    await register(person.id, '2025-06-02', '2025-06-13');
    const assumed = AttendanceWriteResultSchema.parse((await register(person.id, '2025-06-16', '2025-06-16')).body);
    expect(assumed.check?.warnings[0]).toMatchObject({ code: 'ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED' });
    expect(assumed.check?.warnings[0]?.message).toMatch(/10 dager per 12 måneder .*ikke registrert og er antatt/);
    const monthBefore = ParticipantAttendanceMonthSchema.parse(
      (await cast.as.consultant.get(`/persons/${person.id}/attendance/2025-06`).expect(200)).body,
    );
    expect(monthBefore.unauthorisedDays.map((d) => d.date)).toEqual(['2025-06-16']);
    const benefitBefore = ProgrammeBenefitSchema.parse(
      (await cast.as.consultant.get(`/programmes/${programme.id}/benefit/2025-06`).expect(200)).body,
    );
    expect(benefitBefore.calculation?.deductions).toBeGreaterThan(0);

    await cast.as.consultant
      .put(path(person.id), { childrenUnder12: 1, soleCarer: true, chronicallyIllChild: false, version: null })
      .expect(200);
    const monthAfter = ParticipantAttendanceMonthSchema.parse(
      (await cast.as.consultant.get(`/persons/${person.id}/attendance/2025-06`).expect(200)).body,
    );
    expect(monthAfter.unauthorisedDays).toEqual([]);
    const benefitAfter = ProgrammeBenefitSchema.parse(
      (await cast.as.consultant.get(`/programmes/${programme.id}/benefit/2025-06`).expect(200)).body,
    );
    expect(benefitAfter.calculation?.deductions).toBe(0);
  });

  it('a teacher saving the class grid is told the quota is used, not the care situation behind it', async () => {
    const { person } = await participant();
    await app.prisma.careFact.create({
      data: {
        municipalityId: cast.municipalityId,
        personId: person.id,
        childrenUnder12: 1,
        soleCarer: true,
        chronicallyIllChild: false,
      },
    });
    const course = await app.prisma.course.create({
      data: { municipalityId: cast.municipalityId, name: 'Norsk', kind: 'NORWEGIAN' },
    });
    const cls = await app.prisma.courseClass.create({
      data: { municipalityId: cast.municipalityId, courseId: course.id, name: 'A', startDate: day('2025-01-01') },
    });
    await app.prisma.classTeacher.create({
      data: { municipalityId: cast.municipalityId, classId: cls.id, userId: cast.users.teacherOutside.id },
    });
    await app.prisma.enrolment.create({
      data: { municipalityId: cast.municipalityId, classId: cls.id, personId: person.id, fromDate: day('2025-01-06') },
    });
    await register(person.id, '2025-05-05', '2025-05-30'); // 20 days: the sole carer's quota
    const res = await cast.as.teacherOutside
      .put(`/classes/${cls.id}/attendance/2025-06-02`, {
        rows: [{ personId: person.id, plannedHours: 7.5, presentHours: 0, absenceKind: 'CHILD_ILLNESS' }],
      })
      .expect(200);
    const warning = (
      res.body as { checks: { warnings: { code: string; message: string; rule: { text: string } }[] }[] }
    ).checks[0]?.warnings[0];
    expect(warning?.code).toBe('ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED');
    expect(warning?.message).toBe(
      'Barns sykdom: 1 dag går ut over kvoten. Integreringskonsulenten kjenner omsorgsforholdene og vurderer fraværet.',
    );
    expect(`${warning?.message} ${warning?.rule.text}`).not.toMatch(/alene|20 dager/);
  });
});
