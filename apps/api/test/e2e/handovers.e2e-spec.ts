import {
  ApiErrorBodySchema,
  CommonErrorCode,
  CSRF_HEADER,
  HANDOVER_ACTIONS,
  HANDOVER_STATUSES,
  HANDOVER_TRANSITIONS,
  HandoverErrorCode,
  HandoverListSchema,
  HandoverSchema,
  NavOfficeErrorCode,
  NavOfficeListSchema,
  NavOfficeSchema,
  type Handover,
  type HandoverAction,
  type HandoverStatus,
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

/** Nav handover: the consultant's note, its way to one Nav office, the thread, and who may do what. */
let app: TestApp;
let municipalityId: string;
let otherMunicipalityId: string;
let officeA: string;
let officeB: string;
const users: Record<string, TestUser> = {};
const clients: Record<string, SignedInClient> = {};

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const errorOf = (body: unknown) => ApiErrorBodySchema.parse(body);
const put = (client: SignedInClient, path: string) =>
  client.agent.put(apiPath(path)).set(CSRF_HEADER, client.csrfToken);

async function user(key: string, roles: Role[], inMunicipality = municipalityId, navOfficeId: string | null = null) {
  const u = await createUser(app.prisma, inMunicipality, { roles });
  if (navOfficeId) await app.prisma.user.update({ where: { id: u.id }, data: { navOfficeId } });
  users[key] = u;
  clients[key] = await signIn(app, u.email, u.password);
}

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
  otherMunicipalityId = (await createMunicipality(app.prisma)).id;
  officeA = (await app.prisma.navOffice.create({ data: { municipalityId, name: 'Nav Sentrum' } })).id;
  officeB = (await app.prisma.navOffice.create({ data: { municipalityId, name: 'Nav Nord' } })).id;
  const otherOffice = (
    await app.prisma.navOffice.create({ data: { municipalityId: otherMunicipalityId, name: 'Nav Sentrum' } })
  ).id;
  await user('consultant', ['CONSULTANT']);
  await user('consultant2', ['CONSULTANT']);
  await user('navA', ['NAV_ADVISER'], municipalityId, officeA);
  await user('navB', ['NAV_ADVISER'], municipalityId, officeB);
  await user('teacher', ['TEACHER']);
  await user('manager', ['MANAGER']);
  await user('admin', ['ADMIN']);
  await user('otherConsultant', ['CONSULTANT'], otherMunicipalityId);
  await user('otherNav', ['NAV_ADVISER'], otherMunicipalityId, otherOffice);
});
afterAll(() => app?.close());

const newPerson = () => createPerson(app.prisma, municipalityId);

/** A handover row straight in the database, in any state, ready to submit (basis given, office A chosen). */
async function handoverIn(status: HandoverStatus, person?: TestPerson) {
  const p = person ?? (await newPerson());
  return app.prisma.handover.create({
    data: {
      municipalityId,
      personId: p.id,
      status,
      navOfficeId: officeA,
      sharingBasis: 'INTEGRATION_ACT_SECTION_42',
      createdById: users.consultant!.id,
    },
  });
}

async function createDraft(client = clients.consultant!, person?: TestPerson): Promise<Handover> {
  const p = person ?? (await newPerson());
  const res = await client.post('/handovers', { personId: p.id }).expect(201);
  return HandoverSchema.parse(res.body);
}

function step(
  client: SignedInClient,
  h: { id: string; version: number },
  action: HandoverAction,
  extra: Record<string, unknown> = {},
) {
  return client.post(`/handovers/${h.id}/transitions`, { action, version: h.version, ...extra });
}

describe('Nav offices', () => {
  it('anyone signed in lists the offices with their advisers; anonymous gets 401; another municipality sees its own', async () => {
    await request(app.url).get(apiPath('/nav-offices')).expect(401);
    const list = NavOfficeListSchema.parse((await clients.consultant!.get('/nav-offices').expect(200)).body);
    const a = list.items.find((o) => o.id === officeA);
    expect(a?.advisers.map((x) => x.id)).toEqual([users.navA!.id]);
    const theirs = NavOfficeListSchema.parse((await clients.otherConsultant!.get('/nav-offices').expect(200)).body);
    expect(theirs.items.map((o) => o.id)).not.toContain(officeA);
  });

  it.each(['consultant', 'navA', 'teacher', 'manager'])('%s may not manage offices (403)', async (who) => {
    const client = clients[who]!;
    await client.post('/nav-offices', { name: 'Nav X' }).expect(403);
    await client.patch(`/nav-offices/${officeA}`, { name: 'Nav X' }).expect(403);
    await put(client, `/nav-offices/${officeA}/advisers/${users.navB!.id}`).expect(403);
    await client.delete(`/nav-offices/${officeB}`).expect(403);
  });

  it('an admin adds, renames and deletes an office; a duplicate name is 409; an office with handovers cannot be deleted', async () => {
    const admin = clients.admin!;
    const created = NavOfficeSchema.parse((await admin.post('/nav-offices', { name: 'Nav Vest' }).expect(201)).body);
    const dup = await admin.post('/nav-offices', { name: 'Nav Vest' }).expect(409);
    expect(errorOf(dup.body).code).toBe(NavOfficeErrorCode.NAME_TAKEN);
    const bad = await admin.post('/nav-offices', { name: '  ' }).expect(400);
    expect(errorOf(bad.body).issues?.map((i) => i.path)).toEqual(['name']);
    expect(
      NavOfficeSchema.parse((await admin.patch(`/nav-offices/${created.id}`, { name: 'Nav Vest 2' }).expect(200)).body)
        .name,
    ).toBe('Nav Vest 2');
    await admin.delete(`/nav-offices/${created.id}`).expect(204);
    await handoverIn('SUBMITTED');
    expect(errorOf((await admin.delete(`/nav-offices/${officeA}`).expect(409)).body).code).toBe(
      NavOfficeErrorCode.IN_USE,
    );
  });

  it("an admin sets a Nav adviser's office; a non-adviser is refused naming the field; another municipality's admin gets 404", async () => {
    const admin = clients.admin!;
    const adviser = await createUser(app.prisma, municipalityId, { roles: ['NAV_ADVISER'] });
    const office = NavOfficeSchema.parse(
      (await put(admin, `/nav-offices/${officeB}/advisers/${adviser.id}`).expect(200)).body,
    );
    expect(office.advisers.map((a) => a.id)).toContain(adviser.id);
    const refused = await put(admin, `/nav-offices/${officeB}/advisers/${users.teacher!.id}`).expect(400);
    expect(errorOf(refused.body).issues?.[0]?.path).toBe('userId');
    const otherAdmin = await createUser(app.prisma, otherMunicipalityId, { roles: ['ADMIN'] });
    const otherClient = await signIn(app, otherAdmin.email, otherAdmin.password);
    await put(otherClient, `/nav-offices/${officeB}/advisers/${adviser.id}`).expect(404);
    await otherClient.patch(`/nav-offices/${officeB}`, { name: 'Kapret' }).expect(404);
    const removed = NavOfficeSchema.parse(
      (await admin.delete(`/nav-offices/${officeB}/advisers/${adviser.id}`).expect(200)).body,
    );
    expect(removed.advisers.map((a) => a.id)).not.toContain(adviser.id);
  });
});

describe('handover access matrix', () => {
  it('anonymous gets 401 on every handover route', async () => {
    const h = await handoverIn('SUBMITTED');
    const anonymous = await apiClient(app);
    await request(app.url).get(apiPath('/handovers')).expect(401);
    await request(app.url)
      .get(apiPath(`/handovers/${h.id}`))
      .expect(401);
    await anonymous.post('/handovers', { personId: h.personId }).expect(401);
    await anonymous.patch(`/handovers/${h.id}`, { version: 0 }).expect(401);
    await anonymous.post(`/handovers/${h.id}/transitions`, { action: 'RECEIVE', version: 0 }).expect(401);
    await anonymous.post(`/handovers/${h.id}/messages`, { body: 'Hei' }).expect(401);
  });

  it.each(['teacher', 'admin'])('%s gets 403 on every handover route', async (who) => {
    const h = await handoverIn('SUBMITTED');
    const client = clients[who]!;
    await client.get('/handovers').expect(403);
    await client.get(`/handovers/${h.id}`).expect(403);
    await client.post('/handovers', { personId: h.personId }).expect(403);
    await client.patch(`/handovers/${h.id}`, { version: 0, goalStatus: 'x' }).expect(403);
    await client.post(`/handovers/${h.id}/transitions`, { action: 'RECEIVE', version: 0 }).expect(403);
    await client.post(`/handovers/${h.id}/messages`, { body: 'Hei' }).expect(403);
  });

  it('only consultants start and edit drafts; Nav advisers and managers get 403', async () => {
    const person = await newPerson();
    for (const who of ['navA', 'manager']) await clients[who]!.post('/handovers', { personId: person.id }).expect(403);
    const draft = await createDraft(clients.consultant, person);
    for (const who of ['navA', 'manager'])
      await clients[who]!.patch(`/handovers/${draft.id}`, { version: draft.version, goalStatus: 'x' }).expect(403);
    await clients
      .consultant2!.patch(`/handovers/${draft.id}`, { version: draft.version, goalStatus: 'Kollega skriver' })
      .expect(200);
  });

  it('a draft is seen by consultants and managers; no Nav adviser sees it (404)', async () => {
    const draft = await createDraft();
    await clients.consultant2!.get(`/handovers/${draft.id}`).expect(200);
    const asManager = HandoverSchema.parse((await clients.manager!.get(`/handovers/${draft.id}`).expect(200)).body);
    expect(asManager.allowedActions).toEqual([]);
    expect(asManager.editable).toBe(false);
    await clients.navA!.get(`/handovers/${draft.id}`).expect(404);
    await clients.navB!.get(`/handovers/${draft.id}`).expect(404);
  });

  it('a submitted handover is seen by the receiving office only: the other office and another municipality get 404', async () => {
    const h = await handoverIn('SUBMITTED');
    const asNav = HandoverSchema.parse((await clients.navA!.get(`/handovers/${h.id}`).expect(200)).body);
    expect(asNav.allowedActions).toEqual(['RECEIVE']);
    for (const who of ['navB', 'otherConsultant', 'otherNav']) {
      const client = clients[who]!;
      expect(errorOf((await client.get(`/handovers/${h.id}`).expect(404)).body).code).toBe(HandoverErrorCode.NOT_FOUND);
      await client.post(`/handovers/${h.id}/messages`, { body: 'Hei' }).expect(404);
    }
    await clients.otherConsultant!.patch(`/handovers/${h.id}`, { version: 0, goalStatus: 'x' }).expect(404);
    await clients.otherConsultant!.post('/handovers', { personId: h.personId }).expect(404);
    expect(await app.prisma.handover.count({ where: { personId: h.personId } })).toBe(1);
  });

  it("the Nav adviser's incoming box lists what was sent to their office; the other office's does not", async () => {
    const h = await handoverIn('SUBMITTED');
    const draft = await handoverIn('DRAFT');
    const incoming = HandoverListSchema.parse(
      (await clients.navA!.get('/handovers').query({ box: 'incoming', pageSize: 200 }).expect(200)).body,
    );
    expect(incoming.items.map((i) => i.id)).toContain(h.id);
    expect(incoming.items.map((i) => i.id)).not.toContain(draft.id);
    const otherOffice = HandoverListSchema.parse(
      (await clients.navB!.get('/handovers').query({ box: 'incoming', pageSize: 200 }).expect(200)).body,
    );
    expect(otherOffice.items.map((i) => i.id)).not.toContain(h.id);
    const otherMunicipality = HandoverListSchema.parse(
      (await clients.otherNav!.get('/handovers').query({ pageSize: 200 }).expect(200)).body,
    );
    expect(otherMunicipality.items.map((i) => i.id)).not.toContain(h.id);
  });

  it("the consultant's list holds the handovers they wrote; a participant's list holds theirs", async () => {
    const mine = await createDraft(clients.consultant2);
    const list = HandoverListSchema.parse(
      (await clients.consultant2!.get('/handovers').query({ box: 'mine', pageSize: 200 }).expect(200)).body,
    );
    expect(list.items.map((i) => i.id)).toEqual([mine.id]);
    const byPerson = HandoverListSchema.parse(
      (await clients.consultant!.get('/handovers').query({ personId: mine.person.id }).expect(200)).body,
    );
    expect(byPerson.items.map((i) => i.id)).toEqual([mine.id]);
  });
});

describe('state machine', () => {
  /** What each party gets for each action from each state: 200 allowed, 403 not their step, 404 not visible, 409 wrong state. */
  function expected(who: string, status: HandoverStatus, action: HandoverAction): number {
    const t = HANDOVER_TRANSITIONS[action];
    if (who === 'manager') return 403; // may read, never act
    if (who === 'navB') return 404; // not the receiving office
    if (who === 'navA') {
      if (status === 'DRAFT') return 404; // Nav never sees drafts
      if (t.side !== 'NAV') return 403;
    }
    if (who === 'consultant' && t.side !== 'REFUGEE_SERVICE') return 403;
    return t.from === status ? 200 : 409;
  }

  const cases = ['consultant', 'navA', 'navB', 'manager'].flatMap((who) =>
    HANDOVER_STATUSES.flatMap((status) =>
      HANDOVER_ACTIONS.map((action) => [who, status, action, expected(who, status, action)] as const),
    ),
  );

  it.each(cases)('%s, from %s, %s → %i', async (who, status, action, code) => {
    const h = await handoverIn(status);
    const res = await step(clients[who]!, h, action, { message: 'Tekst' });
    expect(res.status).toBe(code);
    const after = await app.prisma.handover.findUniqueOrThrow({ where: { id: h.id } });
    if (code === 200) {
      expect(HandoverSchema.parse(res.body).status).toBe(HANDOVER_TRANSITIONS[action].to);
      expect(after.version).toBe(h.version + 1);
      const change = await app.prisma.handoverStatusChange.findFirstOrThrow({ where: { handoverId: h.id } });
      expect(change).toMatchObject({
        fromStatus: status,
        toStatus: HANDOVER_TRANSITIONS[action].to,
        actorId: users[who]!.id,
      });
    } else {
      expect(after.status).toBe(status);
      if (code === 409) {
        const body = errorOf(res.body);
        expect(body.code).toBe(HandoverErrorCode.ILLEGAL_TRANSITION);
        expect(body.message).toContain(status);
        expect(body.message).toContain(HANDOVER_TRANSITIONS[action].to);
      }
    }
  });
});

describe('the handover from draft to accepted', () => {
  it('prefills from the plan and the latest Norwegian levels, then goes SUBMITTED → RECEIVED → INFO_REQUESTED → RECEIVED → ACCEPTED with who and when', async () => {
    const person = await newPerson();
    const programme = await app.prisma.programme.create({
      data: {
        municipalityId,
        personId: person.id,
        derivedRegime: 'INTEGRERINGSLOVEN',
        evaluation: {},
        evaluatedOn: day('2024-01-01'),
        startDate: day('2024-02-01'),
        endGoal: 'WORK',
      },
    });
    const plan = await app.prisma.integrationPlan.create({ data: { municipalityId, programmeId: programme.id } });
    await app.prisma.integrationPlanRevision.create({
      data: {
        municipalityId,
        planId: plan.id,
        revisionNumber: 1,
        endGoal: 'WORK',
        participantWishes: 'Gammelt ønske',
        validFrom: day('2024-02-01'),
      },
    });
    await app.prisma.integrationPlanRevision.create({
      data: {
        municipalityId,
        planId: plan.id,
        revisionNumber: 2,
        endGoal: 'COMPLETE_UPPER_SECONDARY',
        languageTargetLevel: 'B1',
        participantWishes: 'Vil bli helsefagarbeider',
        validFrom: day('2024-09-01'),
      },
    });
    await app.prisma.languageAssessment.createMany({
      data: [
        { municipalityId, personId: person.id, assessedOn: day('2024-03-01'), skill: 'ORAL', level: 'A1' },
        {
          municipalityId,
          personId: person.id,
          assessedOn: day('2025-03-01'),
          skill: 'ORAL',
          level: 'B1',
          testName: 'Norskprøven',
        },
        {
          municipalityId,
          personId: person.id,
          assessedOn: day('2025-03-01'),
          skill: 'WRITING',
          level: 'A2',
          testName: 'Norskprøven',
        },
      ],
    });

    const consultant = clients.consultant!;
    const nav = clients.navA!;
    let h = await createDraft(consultant, person);
    expect(h).toMatchObject({
      status: 'DRAFT',
      programmeId: programme.id,
      endGoal: 'COMPLETE_UPPER_SECONDARY',
      languageTargetLevel: 'B1',
      norwegianLevel: 'A2',
      participantWishes: 'Vil bli helsefagarbeider',
      editable: true,
      allowedActions: ['SUBMIT'],
    });
    expect(h.latestLevels.map((l) => [l.skill, l.level])).toEqual([
      ['ORAL', 'B1'],
      ['WRITING', 'A2'],
    ]);
    expect(errorOf((await consultant.post('/handovers', { personId: person.id }).expect(409)).body).code).toBe(
      HandoverErrorCode.ALREADY_OPEN,
    );

    // Not ready: no basis for sharing, no office (two offices exist, so none was chosen).
    let res = await step(consultant, h, 'SUBMIT').expect(400);
    expect(errorOf(res.body).issues?.map((i) => i.path)).toEqual(['navOfficeId', 'sharingBasis']);
    h = HandoverSchema.parse(
      (
        await consultant
          .patch(`/handovers/${h.id}`, {
            version: h.version,
            sharingBasis: 'CONSENT',
            goalStatus: 'Nær målet',
            recommendedMeasures: 'Arbeidstrening',
          })
          .expect(200)
      ).body,
    );
    res = await step(consultant, h, 'SUBMIT', { navOfficeId: officeA }).expect(400);
    expect(errorOf(res.body).issues?.map((i) => i.path)).toEqual(['consentDate']);
    // Stale version: someone else saved in between.
    res = await consultant
      .patch(`/handovers/${h.id}`, { version: h.version - 1, consentDate: '2025-05-02' })
      .expect(409);
    expect(errorOf(res.body).code).toBe(CommonErrorCode.STALE_VERSION);
    h = HandoverSchema.parse(
      (await consultant.patch(`/handovers/${h.id}`, { version: h.version, consentDate: '2025-05-02' }).expect(200))
        .body,
    );
    h = HandoverSchema.parse((await step(consultant, h, 'SUBMIT', { navOfficeId: officeA }).expect(200)).body);
    expect(h).toMatchObject({
      status: 'SUBMITTED',
      navOffice: { id: officeA, name: 'Nav Sentrum' },
      editable: false,
      allowedActions: [],
    });
    expect(
      errorOf(
        (await consultant.patch(`/handovers/${h.id}`, { version: h.version, goalStatus: 'Endret' }).expect(409)).body,
      ).code,
    ).toBe(HandoverErrorCode.NOT_EDITABLE);

    // The Nav adviser now sees the person (need to know through the handover) and the note.
    const seen = HandoverSchema.parse((await nav.get(`/handovers/${h.id}`).expect(200)).body);
    expect(seen).toMatchObject({
      goalStatus: 'Nær målet',
      sharingBasis: 'CONSENT',
      consentDate: '2025-05-02',
      allowedActions: ['RECEIVE'],
      mayComment: true,
    });
    expect(
      await app.prisma.notification.count({
        where: { userId: users.navA!.id, kind: 'handover.submitted', personId: person.id },
      }),
    ).toBe(1);
    expect(await app.prisma.notification.count({ where: { userId: users.navB!.id, personId: person.id } })).toBe(0);

    h = HandoverSchema.parse((await step(nav, seen, 'RECEIVE').expect(200)).body);
    res = await step(nav, h, 'REQUEST_INFO').expect(400);
    expect(errorOf(res.body).issues?.map((i) => i.path)).toEqual(['message']);
    h = HandoverSchema.parse((await step(nav, h, 'REQUEST_INFO', { message: 'Har hun førerkort?' }).expect(200)).body);
    expect(h.status).toBe('INFO_REQUESTED');
    h = HandoverSchema.parse((await consultant.get(`/handovers/${h.id}`).expect(200)).body);
    expect(h.allowedActions).toEqual(['ANSWER']);
    h = HandoverSchema.parse((await step(consultant, h, 'ANSWER', { message: 'Ja, klasse B.' }).expect(200)).body);
    expect(h.status).toBe('RECEIVED');
    h = HandoverSchema.parse(
      (await nav.post(`/handovers/${h.id}/messages`, { body: 'Takk, vi kaller inn til møte.' }).expect(201)).body,
    );
    h = HandoverSchema.parse((await step(nav, h, 'ACCEPT').expect(200)).body);

    expect(h.status).toBe('ACCEPTED');
    expect(h.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.actor.name])).toEqual([
      [null, 'DRAFT', users.consultant!.name],
      ['DRAFT', 'SUBMITTED', users.consultant!.name],
      ['SUBMITTED', 'RECEIVED', users.navA!.name],
      ['RECEIVED', 'INFO_REQUESTED', users.navA!.name],
      ['INFO_REQUESTED', 'RECEIVED', users.consultant!.name],
      ['RECEIVED', 'ACCEPTED', users.navA!.name],
    ]);
    expect(h.messages.map((m) => [m.kind, m.body, m.author.name])).toEqual([
      ['QUESTION', 'Har hun førerkort?', users.navA!.name],
      ['ANSWER', 'Ja, klasse B.', users.consultant!.name],
      ['COMMENT', 'Takk, vi kaller inn til møte.', users.navA!.name],
    ]);
    const timeline = await app.prisma.timelineEvent.findMany({
      where: { personId: person.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(timeline.map((e) => [e.kind, e.service])).toEqual([
      ['handover.created', 'REFUGEE_SERVICE'],
      ['handover.submitted', 'REFUGEE_SERVICE'],
      ['handover.received', 'NAV'],
      ['handover.infoRequested', 'NAV'],
      ['handover.answered', 'REFUGEE_SERVICE'],
      ['handover.commented', 'NAV'],
      ['handover.accepted', 'NAV'],
    ]);
    const toConsultant = await app.prisma.notification.findMany({
      where: { userId: users.consultant!.id, personId: person.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(toConsultant.map((n) => n.kind)).toEqual([
      'handover.received',
      'handover.infoRequested',
      'handover.message',
      'handover.accepted',
    ]);
    expect(toConsultant.every((n) => n.link === `/overforinger/${h.id}`)).toBe(true);
    const audit = await app.prisma.auditEvent.findMany({ where: { entityId: h.id, action: 'UPDATE' } });
    expect(audit.map((a) => a.operation).sort()).toEqual(
      [
        'handovers.accept',
        'handovers.answer',
        'handovers.receive',
        'handovers.request_info',
        'handovers.submit',
        'handovers.update',
        'handovers.update',
      ].sort(),
    );
    expect(JSON.stringify(audit)).not.toContain('førerkort');

    // Accepted: a new handover may be started for the same person.
    await createDraft(consultant, person);
  });

  it('a stale version on a step is 409 STALE_VERSION and changes nothing', async () => {
    const h = await handoverIn('SUBMITTED');
    const res = await step(clients.navA!, { id: h.id, version: h.version + 3 }, 'RECEIVE').expect(409);
    expect(errorOf(res.body).code).toBe(CommonErrorCode.STALE_VERSION);
    expect((await app.prisma.handover.findUniqueOrThrow({ where: { id: h.id } })).status).toBe('SUBMITTED');
  });

  it('submitting to an office of another municipality is refused naming navOfficeId', async () => {
    const draft = await handoverIn('DRAFT');
    const foreign = (await app.prisma.navOffice.findFirstOrThrow({ where: { municipalityId: otherMunicipalityId } }))
      .id;
    const res = await step(clients.consultant!, draft, 'SUBMIT', { navOfficeId: foreign }).expect(400);
    expect(errorOf(res.body).issues?.map((i) => [i.path, i.code])).toEqual([
      ['navOfficeId', HandoverErrorCode.NAV_OFFICE_NOT_FOUND],
    ]);
  });

  it('an unknown action or a bad id names the field', async () => {
    const h = await handoverIn('SUBMITTED');
    expect(
      errorOf(
        (await clients.navA!.post(`/handovers/${h.id}/transitions`, { action: 'APPROVE', version: 0 }).expect(400))
          .body,
      ).issues?.[0]?.path,
    ).toBe('action');
    expect(errorOf((await clients.navA!.get('/handovers/not-a-uuid').expect(400)).body).issues?.[0]?.path).toBe(
      'handoverId',
    );
  });
});
