import {
  ApiErrorBodySchema,
  CommonErrorCode,
  IntegrationPlanSchema,
  PlanErrorCode,
  ProgrammeSchema,
  type Programme,
} from '@ankomst/contracts';
import request from 'supertest';
import { createPerson, createUser, signIn, type SignedInClient } from '../support/factories';
import { apiClient, apiPath, type TestApp } from '../support/test-app';
import {
  giveResettlementFacts,
  matrixRows,
  startWithTriangleCast,
  type AccessMatrix,
  type TriangleCast,
} from '../support/triangle-fixtures';

/** The integration plan: every revision kept, version-checked revisions, hour and mandatory-content warnings. */
let app: TestApp;
let cast: TriangleCast;
let consultant: SignedInClient;

const FULL_B = [
  { kind: 'NORWEGIAN', hoursPerWeek: 15, provider: 'Voksenopplæringen' },
  { kind: 'SOCIAL_STUDIES', hoursPerWeek: 2.5 },
  { kind: 'LIFE_SKILLS', hoursPerWeek: 5 },
  { kind: 'WORK_PRACTICE', hoursPerWeek: 15, description: 'Språkpraksis i barnehage' },
];

function revision(version: number, overrides: Record<string, unknown> = {}) {
  return {
    version,
    endGoal: 'WORK',
    languageTargetLevel: 'B1',
    participantWishes: 'Jeg vil jobbe som hjelpepleier.',
    reason: null,
    validFrom: '2024-02-01',
    elements: FULL_B,
    ...overrides,
  };
}

async function programmeFor(options: { child?: boolean } = {}): Promise<Programme> {
  const person = await createPerson(app.prisma, cast.municipalityId);
  await app.prisma.person.update({
    where: { id: person.id },
    data: {
      permitBasis: 'RESETTLEMENT',
      permitGrantedDate: new Date('2023-09-01T00:00:00Z'),
      arrivalDate: new Date('2023-11-30T00:00:00Z'),
      settlementDate: new Date('2023-11-30T00:00:00Z'),
    },
  });
  if (options.child) {
    const child = await createPerson(app.prisma, cast.municipalityId, { birthDate: '2018-06-01' });
    await app.prisma.household.create({
      data: {
        municipalityId: cast.municipalityId,
        name: 'Familien Plan',
        members: {
          create: [
            { municipalityId: cast.municipalityId, personId: person.id, relation: 'SPOUSE' },
            { municipalityId: cast.municipalityId, personId: child.id, relation: 'CHILD' },
          ],
        },
      },
    });
  }
  return ProgrammeSchema.parse(
    (await consultant.post(`/persons/${person.id}/programmes`, { endGoal: 'WORK' }).expect(201)).body,
  );
}

const error = (body: unknown) => ApiErrorBodySchema.parse(body);

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ today: '2024-01-10' }));
  consultant = cast.as.consultant;
  await giveResettlementFacts(app, cast.person.id);
});
afterAll(() => app?.close());

describe('access', () => {
  let programmeId: string;
  beforeAll(async () => {
    programmeId = ProgrammeSchema.parse(
      (await consultant.post(`/persons/${cast.person.id}/programmes`, {}).expect(201)).body,
    ).id;
  });

  const read: AccessMatrix = {
    consultant: 200,
    navInGroup: 200,
    navOutside: 404,
    teacherInGroup: 0,
    teacherOutside: 404,
    manager: 200,
    admin: 403,
    otherMunicipality: 404,
    anonymous: 401,
  };
  it.each(matrixRows(read).filter(([, s]) => s !== 0))(
    'GET /programmes/:programmeId/plan as %s → %i',
    async (who, status) => {
      const path = `/programmes/${programmeId}/plan`;
      const res =
        who === 'anonymous'
          ? await request(app.url).get(apiPath(path))
          : await cast.as[who as keyof TriangleCast['as']].get(path);
      expect(res.status).toBe(status);
      if (status === 404) expect(error(res.body).code).toBe(PlanErrorCode.PROGRAMME_NOT_FOUND);
    },
  );

  const write: AccessMatrix = {
    consultant: 201,
    navInGroup: 403,
    navOutside: 403,
    teacherInGroup: 403,
    teacherOutside: 403,
    manager: 403,
    admin: 403,
    otherMunicipality: 404,
    anonymous: 401,
  };
  it.each(matrixRows(write))('POST /programmes/:programmeId/plan/revisions as %s → %i', async (who, status) => {
    const path = `/programmes/${programmeId}/plan/revisions`;
    const version = IntegrationPlanSchema.parse(
      (await consultant.get(`/programmes/${programmeId}/plan`).expect(200)).body,
    ).version;
    const client = who === 'anonymous' ? await apiClient(app) : cast.as[who as keyof TriangleCast['as']];
    expect((await client.post(path, revision(version))).status).toBe(status);
  });
});

describe('revisions', () => {
  it('keeps every revision, newest first, and the current one is the newest', async () => {
    const p = await programmeFor();
    const empty = IntegrationPlanSchema.parse((await consultant.get(`/programmes/${p.id}/plan`).expect(200)).body);
    expect(empty).toMatchObject({ planId: null, version: 0, current: null, revisions: [], warnings: [] });

    const first = IntegrationPlanSchema.parse(
      (await consultant.post(`/programmes/${p.id}/plan/revisions`, revision(0)).expect(201)).body,
    );
    expect(first.version).toBe(1);
    expect(first.current).toMatchObject({
      revisionNumber: 1,
      endGoal: 'WORK',
      languageTargetLevel: 'B1',
      participantWishes: 'Jeg vil jobbe som hjelpepleier.',
      totalHoursPerWeek: 37.5,
    });
    expect(first.current?.createdBy?.id).toBe(cast.users.consultant.id);
    expect(first.warnings).toEqual([]);

    const second = IntegrationPlanSchema.parse(
      (
        await consultant
          .post(
            `/programmes/${p.id}/plan/revisions`,
            revision(1, {
              languageTargetLevel: 'A2',
              reason: 'Målet senket etter kartlegging',
              elements: FULL_B.slice(0, 2),
            }),
          )
          .expect(201)
      ).body,
    );
    expect(second.version).toBe(2);
    expect(second.revisions.map((r) => r.revisionNumber)).toEqual([2, 1]);
    expect(second.revisions[1]?.elements.map((e) => e.kind)).toEqual([
      'NORWEGIAN',
      'SOCIAL_STUDIES',
      'LIFE_SKILLS',
      'WORK_PRACTICE',
    ]);
    expect(second.current).toMatchObject({
      languageTargetLevel: 'A2',
      reason: 'Målet senket etter kartlegging',
      totalHoursPerWeek: 17.5,
    });
    expect(second.warnings.map((w) => [w.code, w.kinds ?? null])).toEqual([
      ['PLAN_HOURS_BELOW_FULL_TIME', null],
      ['PLAN_MISSING_MANDATORY_ELEMENT', ['LIFE_SKILLS']],
      ['PLAN_MISSING_MANDATORY_ELEMENT', ['WORK_PRACTICE', 'EDUCATION']],
    ]);
    expect(second.warnings[0]).toMatchObject({
      totalHoursPerWeek: 17.5,
      requiredHoursPerWeek: 37.5,
      rule: { id: 'B-14' },
    });

    const kinds = (
      await app.prisma.timelineEvent.findMany({ where: { personId: p.personId, kind: 'plan.revised' } })
    ).map((e) => e.params);
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ revisionNumber: 1 }),
        expect.objectContaining({ revisionNumber: 2 }),
      ]),
    );
    expect(
      await app.prisma.auditEvent.count({
        where: { personId: p.personId, operation: 'plans.revise', action: 'CREATE' },
      }),
    ).toBe(2);
  });

  it('gives the second of two consultants saving from the same version 409 STALE_VERSION naming the plan', async () => {
    const p = await programmeFor();
    const colleague = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'] });
    const second = await signIn(app, colleague.email, colleague.password);
    await consultant.post(`/programmes/${p.id}/plan/revisions`, revision(0)).expect(201);
    const results = await Promise.all([
      consultant.post(`/programmes/${p.id}/plan/revisions`, revision(1, { participantWishes: 'A' })),
      second.post(`/programmes/${p.id}/plan/revisions`, revision(1, { participantWishes: 'B' })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = error(results.find((r) => r.status === 409)?.body);
    expect(conflict.code).toBe(CommonErrorCode.STALE_VERSION);
    expect(conflict.message).toContain(`integration plan of programme ${p.id}`);
    const plan = IntegrationPlanSchema.parse((await consultant.get(`/programmes/${p.id}/plan`).expect(200)).body);
    expect(plan.revisions).toHaveLength(2);
  });

  it('lets only one of two first revisions create the plan', async () => {
    const p = await programmeFor();
    const results = await Promise.all([
      consultant.post(`/programmes/${p.id}/plan/revisions`, revision(0)),
      consultant.post(`/programmes/${p.id}/plan/revisions`, revision(0)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(error(results.find((r) => r.status === 409)?.body).code).toBe(CommonErrorCode.STALE_VERSION);
    const stale = await consultant.post(`/programmes/${p.id}/plan/revisions`, revision(0)).expect(409);
    expect(error(stale.body).message).toContain('now version 1');
  });

  it('warns when parental guidance is mandatory (a child under 18) and accepts 30 hours with self-study', async () => {
    const p = await programmeFor({ child: true });
    const plan = IntegrationPlanSchema.parse(
      (
        await consultant
          .post(
            `/programmes/${p.id}/plan/revisions`,
            revision(0, {
              includesSelfStudy: true,
              elements: [...FULL_B.slice(0, 3), { kind: 'WORK_PRACTICE', hoursPerWeek: 7.5 }],
            }),
          )
          .expect(201)
      ).body,
    );
    expect(plan.warnings.map((w) => w.code)).toEqual(['PLAN_MISSING_MANDATORY_ELEMENT']);
    expect(plan.warnings[0]).toMatchObject({ kinds: ['PARENTAL_GUIDANCE'], rule: { id: 'B-16' } });
  });

  it('names the invalid fields (400)', async () => {
    const p = await programmeFor();
    const bad = error(
      (
        await consultant
          .post(
            `/programmes/${p.id}/plan/revisions`,
            revision(0, {
              languageTargetLevel: 'B3',
              validFrom: '2024-13-01',
              elements: [
                { kind: 'NORWEGIAN', hoursPerWeek: -1 },
                { kind: 'YOGA', hoursPerWeek: 2 },
              ],
            }),
          )
          .expect(400)
      ).body,
    );
    expect(bad.issues?.map((i) => i.path).sort()).toEqual([
      'elements.0.hoursPerWeek',
      'elements.1.kind',
      'languageTargetLevel',
      'validFrom',
    ]);
    expect(
      error(
        (await consultant.post(`/programmes/${p.id}/plan/revisions`, revision(0, { elements: [] })).expect(400)).body,
      ).issues?.[0]?.path,
    ).toBe('elements');
    expect(
      error(
        (
          await consultant
            .post(`/programmes/${p.id}/plan/revisions`, { ...revision(0), version: undefined })
            .expect(400)
        ).body,
      ).issues?.[0]?.path,
    ).toBe('version');
  });
});
