import {
  ApiErrorBodySchema,
  CaseloadListSchema,
  CommonErrorCode,
  ConsultantCandidateListSchema,
  ProgrammeErrorCode,
  ProgrammeListSchema,
  ProgrammeSchema,
  type Programme,
} from '@ankomst/contracts';
import request from 'supertest';
import { createPerson, createUser, type SignedInClient, type TestPerson } from '../support/factories';
import { apiClient, apiPath, type TestApp } from '../support/test-app';
import {
  giveResettlementFacts,
  matrixRows,
  startWithTriangleCast,
  type AccessMatrix,
  type TriangleCast,
} from '../support/triangle-fixtures';

/**
 * Introduction programmes: the engine's regime and derivation log stored on create and every change, the
 * consultant's override with a reason (audited), extensions up to the law's limit, leave moving the planned end,
 * status transitions, optimistic concurrency and need-to-know access.
 */
let app: TestApp;
let cast: TriangleCast;
let consultant: SignedInClient;
const TODAY = '2024-01-10';

/** A resettlement refugee aged 33 on the permit date, settled by agreement on 30 Nov 2023: integreringsloven. */
async function refugee(
  options: { settlementDate?: string; birthDate?: string; nusLevel?: number | null; permit?: boolean } = {},
): Promise<TestPerson> {
  const person = await createPerson(app.prisma, cast.municipalityId, { birthDate: options.birthDate ?? '1990-05-01' });
  if (options.permit === false) return person;
  const settled = new Date(`${options.settlementDate ?? '2023-11-30'}T00:00:00Z`);
  return app.prisma.person.update({
    where: { id: person.id },
    data: {
      permitBasis: 'RESETTLEMENT',
      permitGrantedDate: new Date('2023-09-01T00:00:00Z'),
      arrivalDate: settled,
      settlementDate: settled,
      settledByAgreement: true,
      nusLevel: options.nusLevel ?? null,
    },
  });
}

async function start(person: TestPerson, body: Record<string, unknown> = {}): Promise<Programme> {
  const res = await consultant.post(`/persons/${person.id}/programmes`).send({ endGoal: 'WORK', ...body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return ProgrammeSchema.parse(res.body);
}

const error = (body: unknown) => ApiErrorBodySchema.parse(body);
const deadline = (p: Programme, kind: string) => p.deadlines.find((d) => d.kind === kind);

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ today: TODAY }));
  consultant = cast.as.consultant;
  await giveResettlementFacts(app, cast.person.id);
});
afterAll(() => app?.close());

describe('access', () => {
  let programme: Programme;
  beforeAll(async () => {
    programme = await start(cast.person);
  });

  // teacherInGroup is left out: whether a teacher in the responsibility group sees the person is the person scope's rule, tested there.
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
  const readRows = matrixRows(read).filter(([, status]) => status !== 0);

  it.each(readRows)('GET /programmes/:programmeId as %s → %i', async (who, status) => {
    const path = `/programmes/${programme.id}`;
    const res =
      who === 'anonymous'
        ? await request(app.url).get(apiPath(path))
        : await cast.as[who as keyof TriangleCast['as']].get(path);
    expect(res.status).toBe(status);
    if (status === 404) expect(error(res.body).code).toBe(ProgrammeErrorCode.NOT_FOUND);
  });

  it.each(readRows)('GET /persons/:personId/programmes as %s → %i', async (who, status) => {
    const path = `/persons/${cast.person.id}/programmes`;
    const res =
      who === 'anonymous'
        ? await request(app.url).get(apiPath(path))
        : await cast.as[who as keyof TriangleCast['as']].get(path);
    expect(res.status).toBe(status);
    if (status === 200) expect(ProgrammeListSchema.parse(res.body).items.map((p) => p.id)).toEqual([programme.id]);
  });

  const write: AccessMatrix = {
    consultant: 200,
    navInGroup: 403,
    navOutside: 403,
    teacherInGroup: 403,
    teacherOutside: 403,
    manager: 403,
    admin: 403,
    otherMunicipality: 404,
    anonymous: 401,
  };
  it.each(matrixRows(write))('POST /programmes/:programmeId/evaluate as %s → %i', async (who, status) => {
    const path = `/programmes/${programme.id}/evaluate`;
    const current = ProgrammeSchema.parse((await consultant.get(`/programmes/${programme.id}`).expect(200)).body);
    const res =
      who === 'anonymous'
        ? await (await apiClient(app)).post(path, { version: current.version })
        : await cast.as[who as keyof TriangleCast['as']].post(path, { version: current.version });
    expect(res.status).toBe(status);
  });

  it.each(matrixRows({ ...write, consultant: 201 }))(
    'POST /persons/:personId/programmes as %s → %i',
    async (who, status) => {
      const person = await refugee();
      const path = `/persons/${person.id}/programmes`;
      const res =
        who === 'anonymous'
          ? await (await apiClient(app)).post(path, {})
          : await cast.as[who as keyof TriangleCast['as']].post(path, {});
      expect(res.status).toBe(status);
    },
  );

  // Moving a programme to another consultant: consultants and managers (programmes.reassign), through the PATCH.
  const reassign: AccessMatrix = { ...write, manager: 200 };
  it.each(matrixRows(reassign))(
    'PATCH /programmes/:programmeId with consultantId alone as %s → %i',
    async (who, status) => {
      const path = `/programmes/${programme.id}`;
      const current = ProgrammeSchema.parse((await consultant.get(path).expect(200)).body);
      const body = { consultantId: cast.users.consultant.id, version: current.version };
      const res =
        who === 'anonymous'
          ? await (await apiClient(app)).patch(path, body)
          : await cast.as[who as keyof TriangleCast['as']].patch(path, body);
      expect(res.status).toBe(status);
      if (status === 404) expect(error(res.body).code).toBe(ProgrammeErrorCode.NOT_FOUND);
    },
  );

  it('lets a manager change the consultant and nothing else (403 PROGRAMME_REASSIGN_ONLY naming the fields)', async () => {
    const current = ProgrammeSchema.parse((await consultant.get(`/programmes/${programme.id}`).expect(200)).body);
    const body = error(
      (
        await cast.as.manager
          .patch(`/programmes/${programme.id}`, {
            consultantId: cast.users.consultant.id,
            endGoal: 'HIGHER_EDUCATION',
            version: current.version,
          })
          .expect(403)
      ).body,
    );
    expect(body.code).toBe(ProgrammeErrorCode.REASSIGN_ONLY);
    expect(body.message).toContain('endGoal');
    const after = ProgrammeSchema.parse((await consultant.get(`/programmes/${programme.id}`).expect(200)).body);
    expect(after).toMatchObject({ version: current.version, endGoal: current.endGoal });
  });

  it.each(matrixRows({ ...reassign }))(
    'GET /programmes/:programmeId/consultant-candidates as %s → %i',
    async (who, status) => {
      const path = `/programmes/${programme.id}/consultant-candidates`;
      const res =
        who === 'anonymous'
          ? await request(app.url).get(apiPath(path))
          : await cast.as[who as keyof TriangleCast['as']].get(path);
      expect(res.status).toBe(status);
      if (status === 200)
        expect(ConsultantCandidateListSchema.parse(res.body).items.map((c) => c.id)).toContain(
          cast.users.consultant.id,
        );
      if (status === 404) expect(error(res.body).code).toBe(ProgrammeErrorCode.NOT_FOUND);
    },
  );

  it('audits each read with field names, never values', async () => {
    await cast.as.manager.get(`/programmes/${programme.id}`).expect(200);
    const event = await app.prisma.auditEvent.findFirstOrThrow({
      where: { actorId: cast.users.manager.id, operation: 'programmes.get' },
    });
    expect(event).toMatchObject({ action: 'READ', personId: cast.person.id, entityId: programme.id });
    expect(event.fields).toContain('regime');
  });
});

describe('POST /persons/:personId/programmes', () => {
  it('stores the derived regime, the whole derivation log, the evaluation date and the deadlines', async () => {
    const person = await refugee();
    const p = await start(person, { claimDate: null, livesWithParents: false });
    expect(p).toMatchObject({
      regime: 'INTEGRERINGSLOVEN',
      derivedRegime: 'INTEGRERINGSLOVEN',
      regimeOverride: null,
      status: 'PLANNED',
      evaluatedOn: TODAY,
      version: 0,
    });
    expect(p.evaluation.asOf).toBe(TODAY);
    expect(p.evaluation.facts).toMatchObject({
      birthDate: '1990-05-01',
      permitBasis: 'RESETTLEMENT',
      settlementDate: '2023-11-30',
      hasUpperSecondaryEducation: false,
      endGoal: 'WORK',
    });
    expect(p.evaluation.result.programme).toMatchObject({
      right: true,
      duty: true,
      latestStart: '2024-02-29',
      maxMonths: 24,
      maxMonthsWithExtension: 36,
    });
    expect(p.evaluation.result.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['SEL-1', 'B-1', 'B-11', 'B-DUR-4']),
    );
    expect(p.evaluation.result.rules.every((r) => r.text.length > 0 && r.source.length > 0)).toBe(true);
    expect(deadline(p, 'PROGRAMME_START')).toMatchObject({
      date: '2024-02-29',
      met: false,
      overdue: false,
      daysLeft: 50,
    });
    expect(deadline(p, 'PROGRAMME_DECISION')).toMatchObject({ date: '2025-11-29', met: false });
    expect(p.nextDeadline).toEqual({ kind: 'PROGRAMME_START', date: '2024-02-29' });
    expect(p.consultant?.id).toBe(cast.users.consultant.id);

    const stored = await app.prisma.programme.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored.nextDeadlineKind).toBe('PROGRAMME_START');
    expect(stored.nextDeadlineDate?.toISOString().slice(0, 10)).toBe('2024-02-29');
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityId: p.id, action: 'CREATE' } });
    expect(audit.operation).toBe('programmes.create');
    const event = await app.prisma.timelineEvent.findFirstOrThrow({
      where: { personId: person.id, kind: 'programme.created' },
    });
    expect(event.params).toMatchObject({ programmeId: p.id, regime: 'INTEGRERINGSLOVEN' });
  });

  it('reads education and children from the person and household: 6 months with upper secondary, parental guidance with a child', async () => {
    const person = await refugee({ nusLevel: 4 });
    const child = await createPerson(app.prisma, cast.municipalityId, { birthDate: '2015-03-01' });
    await app.prisma.household.create({
      data: {
        municipalityId: cast.municipalityId,
        name: 'Familien Test',
        members: {
          create: [
            { municipalityId: cast.municipalityId, personId: person.id, relation: 'HEAD' },
            { municipalityId: cast.municipalityId, personId: child.id, relation: 'CHILD' },
          ],
        },
      },
    });
    const p = await start(person);
    expect(p.evaluation.facts).toMatchObject({ hasUpperSecondaryEducation: true, hasChildrenUnder18: true });
    expect(p.evaluation.result.programme.maxMonths).toBe(6);
    expect(p.evaluation.result.parentalGuidanceRequired).toBe(true);
  });

  it('names the missing person facts (400 PROGRAMME_FACTS_MISSING)', async () => {
    const person = await refugee({ permit: false });
    const res = await consultant.post(`/persons/${person.id}/programmes`, {}).expect(400);
    const body = error(res.body);
    expect(body.code).toBe(ProgrammeErrorCode.FACTS_MISSING);
    expect(body.issues?.map((i) => i.path)).toEqual([
      'person.permitBasis',
      'person.permitGrantedDate',
      'person.arrivalDate',
      'person.settlementDate',
    ]);
  });

  it('refuses a second open programme (409) and invalid input (400 naming the field)', async () => {
    const person = await refugee();
    await start(person);
    expect(error((await consultant.post(`/persons/${person.id}/programmes`, {}).expect(409)).body).code).toBe(
      ProgrammeErrorCode.ALREADY_OPEN,
    );
    const other = await refugee();
    const bad = error(
      (
        await consultant
          .post(`/persons/${other.id}/programmes`, { decisionDate: '2024-02-01', startDate: '2024-01-15' })
          .expect(400)
      ).body,
    );
    expect(bad.issues?.map((i) => i.path)).toEqual(['startDate']);
    const unknown = error(
      (await consultant.post(`/persons/${other.id}/programmes`, { endGoal: 'PILOT' }).expect(400)).body,
    );
    expect(unknown.issues?.[0]?.path).toBe('endGoal');
    expect(
      error(
        (
          await consultant
            .post(`/persons/${other.id}/programmes`, { consultantId: cast.users.navInGroup.id })
            .expect(400)
        ).body,
      ).issues?.[0]?.path,
    ).toBe('consultantId');
  });

  it('records settled-by-agreement on the person and re-derives: without agreement the municipality may offer', async () => {
    const person = await refugee();
    const p = await start(person, { settledByAgreement: false });
    expect(p.settledByAgreement).toBe(false);
    expect(p.evaluation.result.programme).toMatchObject({
      right: false,
      municipalityMayOffer: true,
      latestStart: null,
    });
    expect((await app.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).settledByAgreement).toBe(false);
  });
});

describe('PATCH /programmes/:programmeId', () => {
  it('re-evaluates on a change of facts and bumps the version', async () => {
    const p = await start(await refugee());
    const res = await consultant
      .patch(`/programmes/${p.id}`, { endGoal: 'COMPLETE_UPPER_SECONDARY', version: p.version })
      .expect(200);
    const updated = ProgrammeSchema.parse(res.body);
    expect(updated.version).toBe(p.version + 1);
    expect(updated.evaluation.result.programme).toMatchObject({ maxMonths: 36, maxMonthsWithExtension: 48 });
    expect(updated.evaluation.result.rules.map((r) => r.id)).toContain('B-DUR-3');
  });

  it('answers 409 STALE_VERSION when someone saved first', async () => {
    const p = await start(await refugee());
    await consultant
      .patch(`/programmes/${p.id}`, { competenceMappingDate: '2024-01-05', version: p.version })
      .expect(200);
    const body = error(
      (
        await consultant
          .patch(`/programmes/${p.id}`, { careerGuidanceDate: '2024-01-08', version: p.version })
          .expect(409)
      ).body,
    );
    expect(body.code).toBe(CommonErrorCode.STALE_VERSION);
    expect(body.message).toContain(p.id);
  });

  it('keeps a shorter planned end, and refuses one beyond the maximum', async () => {
    const p = await start(await refugee(), { decisionDate: '2024-01-08', startDate: '2024-01-15' });
    expect(p.plannedEndDate).toBe('2026-01-14');
    const shorter = ProgrammeSchema.parse(
      (await consultant.patch(`/programmes/${p.id}`, { plannedEndDate: '2025-06-30', version: p.version }).expect(200))
        .body,
    );
    expect(shorter).toMatchObject({ plannedEndDate: '2025-06-30', maxEndDate: '2026-01-14' });
    const beyond = error(
      (
        await consultant
          .patch(`/programmes/${p.id}`, { plannedEndDate: '2026-01-15', version: shorter.version })
          .expect(409)
      ).body,
    );
    expect(beyond.code).toBe(ProgrammeErrorCode.PLANNED_END_BEYOND_LIMIT);
    expect(beyond.message).toContain('2026-01-14');
  });
});

describe('moving a programme to another consultant', () => {
  it('lists the active consultants of the municipality only, and audits that the list was opened', async () => {
    const p = await start(await refugee());
    const colleague = await createUser(app.prisma, cast.municipalityId, {
      roles: ['CONSULTANT'],
      name: 'Aase Kollega',
    });
    const gone = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'], active: false });
    const items = ConsultantCandidateListSchema.parse(
      (await cast.as.manager.get(`/programmes/${p.id}/consultant-candidates`).expect(200)).body,
    ).items;
    const ids = items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([cast.users.consultant.id, colleague.id]));
    expect(ids).not.toContain(gone.id);
    expect(ids).not.toContain(cast.users.navInGroup.id);
    expect(ids).not.toContain(cast.users.manager.id);
    expect(items.find((c) => c.id === colleague.id)).toEqual({ id: colleague.id, name: 'Aase Kollega' });
    expect(
      await app.prisma.auditEvent.count({
        where: { actorId: cast.users.manager.id, operation: 'programmes.consultantCandidates', entityId: p.id },
      }),
    ).toBe(1);
  });

  it('names the new consultant on the programme and the timeline, notifies them and audits the change', async () => {
    const p = await start(await refugee());
    const colleague = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'], name: 'Bente Berg' });
    const moved = ProgrammeSchema.parse(
      (await consultant.patch(`/programmes/${p.id}`, { consultantId: colleague.id, version: p.version }).expect(200))
        .body,
    );
    expect(moved).toMatchObject({ consultant: { id: colleague.id, name: 'Bente Berg' }, version: p.version + 1 });
    // No fact changed: the engine's evaluation is the one it was.
    expect(moved.evaluation).toEqual(p.evaluation);

    const event = await app.prisma.timelineEvent.findFirstOrThrow({
      where: { personId: p.personId, kind: 'programme.consultantChanged' },
    });
    expect(event).toMatchObject({
      actorId: cast.users.consultant.id,
      service: 'REFUGEE_SERVICE',
      params: { programmeId: p.id, consultantName: 'Bente Berg' },
    });
    const note = await app.prisma.notification.findFirstOrThrow({ where: { userId: colleague.id } });
    expect(note).toMatchObject({
      kind: 'programme.consultantAssigned',
      personId: p.personId,
      link: `/deltakere/${p.personId}`,
      params: { assignedByName: cast.users.consultant.name },
    });
    const audit = await app.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: p.id, operation: 'programmes.update' },
      orderBy: { occurredAt: 'desc' },
    });
    expect(audit).toMatchObject({ action: 'UPDATE', actorId: cast.users.consultant.id, fields: ['consultantId'] });

    // Taking it back oneself: a timeline line, but no notification to oneself.
    await consultant
      .patch(`/programmes/${p.id}`, { consultantId: cast.users.consultant.id, version: moved.version })
      .expect(200);
    expect(
      await app.prisma.notification.count({ where: { userId: cast.users.consultant.id, personId: p.personId } }),
    ).toBe(0);
    expect(
      await app.prisma.timelineEvent.count({ where: { personId: p.personId, kind: 'programme.consultantChanged' } }),
    ).toBe(2);
  });

  it('removing the consultant (null) says so on the timeline and notifies nobody', async () => {
    const p = await start(await refugee());
    const before = await app.prisma.notification.count();
    const after = ProgrammeSchema.parse(
      (await consultant.patch(`/programmes/${p.id}`, { consultantId: null, version: p.version }).expect(200)).body,
    );
    expect(after.consultant).toBeNull();
    const event = await app.prisma.timelineEvent.findFirstOrThrow({
      where: { personId: p.personId, kind: 'programme.consultantRemoved' },
    });
    expect(event.params).toEqual({ programmeId: p.id, consultantName: null });
    expect(await app.prisma.notification.count()).toBe(before);
  });

  it('a manager sending the version alone is told what they may change (403), and nothing moves', async () => {
    const p = await start(await refugee());
    const body = error((await cast.as.manager.patch(`/programmes/${p.id}`, { version: p.version }).expect(403)).body);
    expect(body.code).toBe(ProgrammeErrorCode.REASSIGN_ONLY);
    expect(body.message).toContain('consultantId');
    expect(ProgrammeSchema.parse((await consultant.get(`/programmes/${p.id}`).expect(200)).body).version).toBe(
      p.version,
    );
  });

  it('refuses someone who is not an active consultant here (400 naming consultantId) and a stale version (409)', async () => {
    const p = await start(await refugee());
    const gone = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'], active: false });
    const elsewhere = await createUser(app.prisma, cast.users.otherMunicipality.municipalityId, {
      roles: ['CONSULTANT'],
    });
    for (const consultantId of [gone.id, elsewhere.id, cast.users.manager.id, cast.users.navInGroup.id]) {
      const body = error(
        (await cast.as.manager.patch(`/programmes/${p.id}`, { consultantId, version: p.version }).expect(400)).body,
      );
      expect(body.issues).toEqual([
        expect.objectContaining({ path: 'consultantId', code: ProgrammeErrorCode.CONSULTANT_INVALID }),
      ]);
    }
    const colleague = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'] });
    await consultant.patch(`/programmes/${p.id}`, { endGoal: 'HIGHER_EDUCATION', version: p.version }).expect(200);
    const stale = error(
      (
        await cast.as.manager
          .patch(`/programmes/${p.id}`, { consultantId: colleague.id, version: p.version })
          .expect(409)
      ).body,
    );
    expect(stale.code).toBe(CommonErrorCode.STALE_VERSION);
    expect(await app.prisma.notification.count({ where: { userId: colleague.id } })).toBe(0);
  });
});

describe('status, extensions and leave', () => {
  it('PLANNED → ACTIVE → ON_LEAVE ↔ ACTIVE → COMPLETED, and refuses other moves', async () => {
    let p = await start(await refugee());
    const status = async (to: string, date: string, expected = 200) =>
      consultant.post(`/programmes/${p.id}/status`, { status: to, date, version: p.version }).expect(expected);
    expect(error((await status('COMPLETED', '2024-02-01', 409)).body)).toMatchObject({
      code: ProgrammeErrorCode.INVALID_TRANSITION,
      message: expect.stringContaining('ACTIVE, DISCONTINUED'),
    });
    expect(error((await status('ACTIVE', '2024-02-01', 409)).body).code).toBe(ProgrammeErrorCode.DECISION_MISSING);
    p = ProgrammeSchema.parse(
      (await consultant.patch(`/programmes/${p.id}`, { decisionDate: '2024-01-20', version: p.version }).expect(200))
        .body,
    );
    expect(error((await status('ACTIVE', '2024-01-19', 400)).body).issues?.[0]?.path).toBe('date');
    p = ProgrammeSchema.parse((await status('ACTIVE', '2024-02-01')).body);
    expect(p).toMatchObject({ status: 'ACTIVE', startDate: '2024-02-01', plannedEndDate: '2026-01-31' });
    expect(deadline(p, 'PROGRAMME_START')).toMatchObject({ met: true, metOn: '2024-02-01' });
    expect(deadline(p, 'NIR_REGISTRATION')).toMatchObject({ date: '2024-04-01', met: false });
    expect(p.nextDeadline).toEqual({ kind: 'NIR_REGISTRATION', date: '2024-04-01' });
    p = ProgrammeSchema.parse((await status('ON_LEAVE', '2024-03-01')).body);
    p = ProgrammeSchema.parse((await status('ACTIVE', '2024-03-10')).body);
    p = ProgrammeSchema.parse((await status('COMPLETED', '2025-12-20')).body);
    expect(p).toMatchObject({ status: 'COMPLETED', endDate: '2025-12-20', nextDeadline: null });
    expect(error((await status('ACTIVE', '2025-12-21', 409)).body).message).toContain('COMPLETED is final');
    expect(
      error((await consultant.patch(`/programmes/${p.id}`, { endGoal: 'WORK', version: p.version }).expect(409)).body)
        .code,
    ).toBe(ProgrammeErrorCode.CLOSED);
    const kinds = (
      await app.prisma.timelineEvent.findMany({ where: { personId: p.personId }, orderBy: { occurredAt: 'asc' } })
    ).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'programme.created',
        'programme.decided',
        'programme.started',
        'programme.onLeave',
        'programme.resumed',
        'programme.completed',
      ]),
    );
  });

  it('grants extensions up to the maximum with extension and refuses beyond it naming the limit', async () => {
    let p = await start(await refugee(), { decisionDate: '2024-01-08', startDate: '2024-01-15' });
    const extend = (months: number) =>
      consultant.post(`/programmes/${p.id}/extensions`, {
        months,
        decisionDate: '2025-12-01',
        reason: 'Sluttmålet er innen rekkevidde',
        version: p.version,
      });
    p = ProgrammeSchema.parse((await extend(8).expect(201)).body);
    expect(p.plannedEndDate).toBe('2026-09-14');
    expect(p.extensions).toEqual([expect.objectContaining({ months: 8, decisionDate: '2025-12-01' })]);
    const refused = error((await extend(5).expect(409)).body);
    expect(refused.code).toBe(ProgrammeErrorCode.EXTENSION_LIMIT);
    expect(refused.message).toContain('37 months');
    expect(refused.message).toContain('the limit is 36 months');
    expect(refused.message).toContain('4 months left');
    p = ProgrammeSchema.parse((await extend(4).expect(201)).body);
    expect(p).toMatchObject({ plannedEndDate: '2027-01-14', absoluteMaxEndDate: '2027-01-14' });
    expect(
      error(
        (
          await consultant
            .post(`/programmes/${p.id}/extensions`, { months: 0, decisionDate: 'x', reason: '', version: p.version })
            .expect(400)
        ).body,
      ).issues?.map((i) => i.path),
    ).toEqual(['months', 'decisionDate', 'reason']);
  });

  it('records leave that moves the planned end, and refuses overlaps and leave before the start', async () => {
    let p = await start(await refugee(), { decisionDate: '2024-01-08', startDate: '2024-01-15' });
    const leave = (fromDate: string, toDate: string) =>
      consultant.post(`/programmes/${p.id}/leaves`, {
        fromDate,
        toDate,
        withBenefit: false,
        reason: 'Fødselspermisjon',
        version: p.version,
      });
    p = ProgrammeSchema.parse((await leave('2024-06-01', '2024-06-10').expect(201)).body);
    expect(p.plannedEndDate).toBe('2026-01-24');
    expect(p.leaves).toEqual([
      expect.objectContaining({ fromDate: '2024-06-01', toDate: '2024-06-10', withBenefit: false }),
    ]);
    expect(error((await leave('2024-06-10', '2024-06-12').expect(409)).body)).toMatchObject({
      code: ProgrammeErrorCode.LEAVE_OVERLAP,
      message: expect.stringContaining('2024-06-01'),
    });
    expect(error((await leave('2024-01-01', '2024-01-20').expect(400)).body).issues?.[0]?.path).toBe('fromDate');
    expect(error((await leave('2024-07-10', '2024-07-01').expect(400)).body).issues?.[0]?.path).toBe('toDate');
    const stale = await consultant
      .post(`/programmes/${p.id}/leaves`, {
        fromDate: '2024-08-01',
        toDate: '2024-08-02',
        withBenefit: true,
        reason: 'Velferd',
        version: p.version - 1,
      })
      .expect(409);
    expect(error(stale.body).code).toBe(CommonErrorCode.STALE_VERSION);
  });
});

describe('POST /programmes/:programmeId/regime-override', () => {
  it('needs a reason, is shown next to the derived regime, and is audited with the reason', async () => {
    const p = await start(await refugee());
    const missing = error(
      (
        await consultant
          .post(`/programmes/${p.id}/regime-override`, { regime: 'INTRODUKSJONSLOVEN', version: p.version })
          .expect(400)
      ).body,
    );
    expect(missing.issues?.map((i) => i.path)).toEqual(['reason']);
    expect(
      error(
        (
          await consultant
            .post(`/programmes/${p.id}/regime-override`, {
              regime: 'INTEGRERINGSLOVEN',
              reason: 'Samme',
              version: p.version,
            })
            .expect(400)
        ).body,
      ).issues?.[0]?.path,
    ).toBe('regime');

    const reason = 'Startet i program etter introduksjonsloven i annen kommune (SEL-4)';
    const overridden = ProgrammeSchema.parse(
      (
        await consultant
          .post(`/programmes/${p.id}/regime-override`, { regime: 'INTRODUKSJONSLOVEN', reason, version: p.version })
          .expect(200)
      ).body,
    );
    expect(overridden).toMatchObject({
      regime: 'INTRODUKSJONSLOVEN',
      derivedRegime: 'INTEGRERINGSLOVEN',
      regimeOverride: 'INTRODUKSJONSLOVEN',
      regimeOverrideReason: reason,
    });
    const audit = await app.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: p.id, operation: 'programmes.overrideRegime' },
    });
    expect(audit).toMatchObject({ action: 'UPDATE', actorId: cast.users.consultant.id, reason, personId: p.personId });
    expect(audit.fields).toEqual([
      'regimeOverride',
      'regimeOverrideReason',
      'evaluation',
      'plannedEndDate',
      'nextDeadline',
    ]);

    const stale = await consultant
      .post(`/programmes/${p.id}/regime-override`, { regime: null, reason: 'Feil', version: p.version })
      .expect(409);
    expect(error(stale.body).code).toBe(CommonErrorCode.STALE_VERSION);
    const removed = ProgrammeSchema.parse(
      (
        await consultant
          .post(`/programmes/${p.id}/regime-override`, {
            regime: null,
            reason: 'Registrert ved en feil',
            version: overridden.version,
          })
          .expect(200)
      ).body,
    );
    expect(removed).toMatchObject({ regime: 'INTEGRERINGSLOVEN', regimeOverride: null, regimeOverrideReason: null });
  });
});

describe('the override drives the conclusions, deadlines and caseload', () => {
  /** The caseload row of one programme, found by the person's (unique) first name. */
  async function caseloadRow(person: TestPerson, programmeId: string) {
    const body = CaseloadListSchema.parse(
      (await consultant.get('/caseload').query({ search: person.firstName }).expect(200)).body,
    );
    const row = body.items.find((i) => i.programmeId === programmeId);
    if (!row) throw new Error('programme not in the caseload');
    return row;
  }
  const override = async (p: Programme, regime: string | null, reason: string) =>
    ProgrammeSchema.parse(
      (await consultant.post(`/programmes/${p.id}/regime-override`, { regime, reason, version: p.version }).expect(200))
        .body,
    );

  it('integreringsloven → introduksjonsloven: 24 months, no parental-guidance duty, a later planned end; removed: back', async () => {
    // Upper secondary, end goal work, started 15 Jan 2024 and registered in NIR: the planned end is the next deadline.
    const person = await refugee({ nusLevel: 4 });
    const started = await start(person, { decisionDate: '2024-01-08', startDate: '2024-01-15' });
    await app.prisma.nirRegistration.create({
      data: { municipalityId: cast.municipalityId, programmeId: started.id, fact: 'PROGRAMME_START' },
    });
    const derived = ProgrammeSchema.parse(
      (await consultant.post(`/programmes/${started.id}/evaluate`, { version: started.version }).expect(200)).body,
    );
    expect(derived.evaluation.result.programme).toMatchObject({ maxMonths: 6, maxMonthsWithExtension: 12 });
    expect(derived.evaluation.result.norwegianTraining.maxMonths).toBe(18);
    expect(derived.nextDeadline).toEqual({ kind: 'PLANNED_END', date: '2024-07-14' });
    expect(await caseloadRow(person, derived.id)).toMatchObject({
      regime: 'INTEGRERINGSLOVEN',
      regimeOverridden: false,
      plannedEndDate: '2024-07-14',
      nextDeadline: { kind: 'PLANNED_END', date: '2024-07-14' },
    });

    const overridden = await override(
      derived,
      'INTRODUKSJONSLOVEN',
      'Startet i program etter introduksjonsloven før flytting',
    );
    const result = overridden.evaluation.result;
    expect(result).toMatchObject({
      regime: 'INTRODUKSJONSLOVEN',
      derivedRegime: 'INTEGRERINGSLOVEN',
      programme: { right: true, duty: true, maxMonths: 24, maxMonthsWithExtension: 36 },
      norwegianTraining: { maxMonths: 36 },
      parentalGuidanceRequired: false,
    });
    expect(result.rules[0]).toMatchObject({ id: 'SEL-OVERRIDE' });
    expect(result.rules[0]?.text).toContain('regelmotoren utledet: integreringsloven (SEL-1)');
    expect(result.rules.map((r) => r.id)).toContain('A-5');
    expect(overridden).toMatchObject({
      derivedRegime: 'INTEGRERINGSLOVEN',
      plannedEndDate: '2026-01-14',
      maxEndDate: '2026-01-14',
      absoluteMaxEndDate: '2027-01-14',
      nextDeadline: { kind: 'PLANNED_END', date: '2026-01-14' },
    });
    expect(deadline(overridden, 'PLANNED_END')?.rule.id).toBe('A-5');
    expect(deadline(overridden, 'NORWEGIAN_TRAINING_END')).toMatchObject({ date: '2027-01-14' });
    expect(await caseloadRow(person, derived.id)).toMatchObject({
      regime: 'INTRODUKSJONSLOVEN',
      regimeOverridden: true,
      plannedEndDate: '2026-01-14',
      nextDeadline: { kind: 'PLANNED_END', date: '2026-01-14' },
    });
    // An extension is now judged by introduksjonsloven's limit (24 + 12), not integreringsloven's (6 + 6).
    const extended = ProgrammeSchema.parse(
      (
        await consultant
          .post(`/programmes/${derived.id}/extensions`, {
            months: 12,
            decisionDate: TODAY,
            reason: 'Særlige grunner',
            version: overridden.version,
          })
          .expect(201)
      ).body,
    );
    expect(extended.plannedEndDate).toBe('2027-01-14');

    const removed = await override(extended, null, 'Overstyringen var feil');
    expect(removed.evaluation.result).toMatchObject({
      regime: 'INTEGRERINGSLOVEN',
      derivedRegime: 'INTEGRERINGSLOVEN',
      programme: { maxMonths: 6, maxMonthsWithExtension: 12 },
      parentalGuidanceRequired: false,
    });
    expect(removed.evaluation.result.rules[0]?.id).toBe('SEL-1');
    // 6 months + the 12 granted: the granted extension stays, and the planned end follows integreringsloven again.
    expect(removed.plannedEndDate).toBe('2025-07-14');
    expect(await caseloadRow(person, derived.id)).toMatchObject({
      regime: 'INTEGRERINGSLOVEN',
      regimeOverridden: false,
      plannedEndDate: '2025-07-14',
    });
  });

  it('to chapter 6A: the 12-month cap, right without duty, deductions off by default; a chosen end beyond the cap gives way', async () => {
    const person = await refugee();
    const started = await start(person, { endGoal: 'WORK', decisionDate: '2024-01-08', startDate: '2024-01-15' });
    // No upper secondary: integreringsloven gives 24 months; the consultant chose to end after 18.
    const chosen = ProgrammeSchema.parse(
      (
        await consultant
          .patch(`/programmes/${started.id}`, { plannedEndDate: '2025-07-14', version: started.version })
          .expect(200)
      ).body,
    );
    expect(chosen.plannedEndDate).toBe('2025-07-14');

    const kap6a = await override(chosen, 'INTEGRERINGSLOVEN_KAP6A', 'Kollektiv beskyttelse, registrert feil hjemmel');
    expect(kap6a.evaluation.result).toMatchObject({
      regime: 'INTEGRERINGSLOVEN_KAP6A',
      programme: { right: true, duty: false, maxMonths: 12, maxMonthsWithExtension: 12 },
      norwegianTraining: { right: true, duty: false, maxMonths: 12 },
    });
    expect(kap6a.plannedEndDate).toBe('2025-01-14');
    expect(deadline(kap6a, 'PLANNED_END')?.rule.id).toBe('C-7');
    const stored = await app.prisma.programme.findUniqueOrThrow({ where: { id: kap6a.id } });
    expect(stored).toMatchObject({ derivedRegime: 'INTEGRERINGSLOVEN', deductionsApply: false });

    const back = await override(kap6a, null, 'Feil registrert');
    expect(back.evaluation.result.programme).toMatchObject({ duty: true, maxMonths: 24 });
    expect(back.plannedEndDate).toBe('2026-01-14');
    expect(await app.prisma.programme.findUniqueOrThrow({ where: { id: back.id } })).toMatchObject({
      deductionsApply: true,
    });
  });

  it('writes nothing when the re-evaluation fails: the override and the conclusions stay as they were', async () => {
    const person = await refugee();
    const p = await start(person);
    // The person's settlement date is removed after the start: the engine can no longer run.
    await app.prisma.person.update({ where: { id: person.id }, data: { settlementDate: null } });
    const res = await consultant
      .post(`/programmes/${p.id}/regime-override`, { regime: 'INTRODUKSJONSLOVEN', reason: 'Test', version: p.version })
      .expect(400);
    expect(error(res.body).code).toBe(ProgrammeErrorCode.FACTS_MISSING);
    const after = ProgrammeSchema.parse((await consultant.get(`/programmes/${p.id}`).expect(200)).body);
    expect(after).toMatchObject({ regimeOverride: null, version: p.version, evaluation: p.evaluation });
    expect(
      await app.prisma.auditEvent.count({ where: { entityId: p.id, operation: 'programmes.overrideRegime' } }),
    ).toBe(0);
  });
});
