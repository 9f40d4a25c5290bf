import {
  ApiErrorBodySchema,
  CommonErrorCode,
  HouseholdErrorCode,
  HouseholdListSchema,
  HouseholdSchema,
  PersonErrorCode,
  type CreateHouseholdBody,
  type Household,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import { createPerson, createUser, signIn, type SignedInClient, type TestUser } from '../support/factories';
import { createMunicipalityWithStaff } from '../support/municipality-with-staff';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/** Households IMDi asks us to settle: registration with members, membership, and the settlement state machine. */
let app: TestApp;
let municipalityId: string;
let otherMunicipalityId: string;
let consultant: TestUser;
let consultantClient: SignedInClient;

beforeAll(async () => {
  app = await startTestApp();
  const staff = await createMunicipalityWithStaff(app, { consultant: 'CONSULTANT' });
  ({ municipalityId, otherMunicipalityId } = staff);
  consultant = staff.users.consultant;
  consultantClient = staff.as.consultant;
});
afterAll(() => app?.close());

let seq = 0;
const member = (
  overrides: Partial<CreateHouseholdBody['members'][number]> = {},
): CreateHouseholdBody['members'][number] => ({
  firstName: `Medlem${++seq}`,
  lastName: 'Haddad',
  birthDate: '1988-04-02',
  sex: 'MALE',
  countryOfBirth: 'SY',
  languages: ['ar'],
  interpreterNeeded: true,
  permitBasis: 'RESETTLEMENT',
  permitGrantedDate: '2024-01-15',
  permitGrantedAbroad: true,
  arrivalCategory: 'RESETTLEMENT',
  arrivalDate: null,
  nusLevel: null,
  relation: 'HEAD',
  ...overrides,
});

const family = (overrides: Partial<CreateHouseholdBody> = {}): CreateHouseholdBody => ({
  name: `Familien Haddad ${++seq}`,
  imdiReference: 'IMDI-2024-117',
  imdiRequestDate: '2024-02-01',
  members: [
    member({ relation: 'HEAD' }),
    member({ relation: 'SPOUSE', sex: 'FEMALE', birthDate: '1990-09-30', nusLevel: 4 }),
    member({ relation: 'CHILD', birthDate: '2015-06-15', interpreterNeeded: false, languages: ['ar', 'en'] }),
  ],
  ...overrides,
});

async function register(
  body: CreateHouseholdBody = family(),
  client: SignedInClient = consultantClient,
): Promise<Household> {
  return HouseholdSchema.parse((await client.post('/households', body).expect(201)).body);
}

async function userClient(roles: Role[], inMunicipality = municipalityId) {
  const user = await createUser(app.prisma, inMunicipality, { roles });
  return Object.assign(await signIn(app, user.email, user.password), { id: user.id });
}

function move(
  h: Pick<Household, 'id' | 'version'>,
  to: string,
  effectiveDate: string,
  extra: Record<string, unknown> = {},
) {
  return consultantClient.post(`/households/${h.id}/transitions`, { to, effectiveDate, version: h.version, ...extra });
}

const issues = (body: unknown) => ApiErrorBodySchema.parse(body).issues ?? [];

describe('POST /households', () => {
  it('registers the household and all members in one request; adults get the registering consultant as caseworker', async () => {
    const h = await register();
    expect(h).toMatchObject({
      settlementStatus: 'REQUESTED',
      imdiReference: 'IMDI-2024-117',
      hiddenMemberCount: 0,
      nextStatuses: ['ACCEPTED', 'DECLINED', 'CANCELLED'],
    });
    expect(h.members.map((m) => [m.relation, m.adult])).toEqual([
      ['HEAD', true],
      ['SPOUSE', true],
      ['CHILD', false],
    ]);
    expect(h.history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'REQUESTED',
        effectiveDate: '2024-02-01',
        actorName: consultant.name,
      }),
    ]);
    const persons = await app.prisma.person.findMany({ where: { id: { in: h.members.map((m) => m.personId) } } });
    const byRelation = Object.fromEntries(
      h.members.map((m) => [m.relation, persons.find((p) => p.id === m.personId)!]),
    );
    expect(byRelation.HEAD?.caseworkerId).toBe(consultant.id);
    expect(byRelation.SPOUSE?.caseworkerId).toBe(consultant.id);
    expect(byRelation.CHILD?.caseworkerId).toBeNull();
    expect(byRelation.HEAD).toMatchObject({
      permitBasis: 'RESETTLEMENT',
      permitGrantedAbroad: true,
      countryOfBirth: 'SY',
      interpreterLanguage: 'ar',
      nusLevel: null,
    });
    expect(byRelation.SPOUSE?.nusLevel).toBe(4);
    const timeline = await app.prisma.timelineEvent.findMany({ where: { personId: { in: persons.map((p) => p.id) } } });
    expect(timeline.map((e) => e.kind)).toEqual([
      'household.registered',
      'household.registered',
      'household.registered',
    ]);
    const audits = await app.prisma.auditEvent.findMany({
      where: { operation: 'households.create', entityId: { in: [h.id, ...persons.map((p) => p.id)] } },
    });
    expect(audits).toHaveLength(4);
  });

  it('makes another consultant the caseworker when chosen, and refuses a non-consultant', async () => {
    const colleague = await createUser(app.prisma, municipalityId, { roles: ['CONSULTANT'] });
    const h = await register(family({ caseworkerId: colleague.id }));
    const head = await app.prisma.person.findUniqueOrThrow({ where: { id: h.members[0]!.personId } });
    expect(head.caseworkerId).toBe(colleague.id);
    const nav = await createUser(app.prisma, municipalityId, { roles: ['NAV_ADVISER'] });
    const res = await consultantClient.post('/households', family({ caseworkerId: nav.id })).expect(400);
    expect(issues(res.body).map((i) => i.path)).toEqual(['caseworkerId']);
  });

  it('names each invalid field, down to the member, and writes nothing', async () => {
    const before = await app.prisma.household.count();
    const bad = family({ name: ' ' });
    bad.members[0] = { ...member(), birthDate: '2.4.1988', relation: 'BOSS' as never };
    bad.members[1] = { ...member(), nusLevel: 11, countryOfBirth: 'Syria' };
    const res = await consultantClient.post('/households', bad).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.VALIDATION_FAILED);
    expect(
      issues(res.body)
        .map((i) => i.path)
        .sort(),
    ).toEqual(
      ['members.0.birthDate', 'members.0.relation', 'members.1.countryOfBirth', 'members.1.nusLevel', 'name'].sort(),
    );
    const empty = await consultantClient.post('/households', family({ members: [] })).expect(400);
    expect(issues(empty.body).map((i) => i.path)).toEqual(['members']);
    const twoHeads = await consultantClient.post('/households', family({ members: [member(), member()] })).expect(400);
    expect(issues(twoHeads.body).map((i) => i.path)).toEqual(['members']);
    const unborn = await consultantClient
      .post(
        '/households',
        family({
          members: [member(), member({ relation: 'CHILD', birthDate: '2999-01-01', permitGrantedDate: null })],
        }),
      )
      .expect(400);
    expect(issues(unborn.body)).toEqual([
      expect.objectContaining({ path: 'members.1.birthDate', code: 'date_in_future' }),
    ]);
    expect(await app.prisma.household.count()).toBe(before);
  });

  it.each(['NAV_ADVISER', 'TEACHER', 'MANAGER', 'ADMIN'] as Role[])(
    '%s may not register a household (403)',
    async (role) => {
      await (await userClient([role])).post('/households', family()).expect(403);
    },
  );

  it('anonymous gets 401', async () => {
    await (await apiClient(app)).post('/households', family()).expect(401);
  });
});

describe('GET /households/:householdId', () => {
  let h: Household;
  const clients: Record<string, SignedInClient & { id: string }> = {};
  beforeAll(async () => {
    h = await register();
    clients.nav = await userClient(['NAV_ADVISER']);
    clients.navOutsider = await userClient(['NAV_ADVISER']);
    clients.teacherOutsider = await userClient(['TEACHER']);
    clients.manager = await userClient(['MANAGER']);
    clients.admin = await userClient(['ADMIN']);
    clients.otherConsultant = await userClient(['CONSULTANT'], otherMunicipalityId);
    // The Nav adviser shares the head of the household only.
    const group = await app.prisma.responsibilityGroup.create({
      data: { municipalityId, personId: h.members[0]!.personId },
    });
    await app.prisma.groupMember.create({
      data: { municipalityId, groupId: group.id, userId: clients.nav.id, role: 'NAV_ADVISER' },
    });
  });

  it('computes children’s ages for the date asked, with the birthday as the boundary', async () => {
    const dayBefore = HouseholdSchema.parse(
      (await consultantClient.get(`/households/${h.id}`).query({ asOf: '2024-06-14' }).expect(200)).body,
    );
    const birthday = HouseholdSchema.parse(
      (await consultantClient.get(`/households/${h.id}`).query({ asOf: '2024-06-15' }).expect(200)).body,
    );
    expect(dayBefore.members.find((m) => m.relation === 'CHILD')?.age).toBe(8);
    expect(birthday.members.find((m) => m.relation === 'CHILD')?.age).toBe(9);
    expect(birthday.asOf).toBe('2024-06-15');
    const bad = await consultantClient.get(`/households/${h.id}`).query({ asOf: 'midsummer' }).expect(400);
    expect(issues(bad.body).map((i) => i.path)).toEqual(['asOf']);
  });

  it.each([
    ['a consultant', 200, 3, () => consultantClient],
    ['a manager', 200, 3, () => clients.manager!],
    ['a Nav adviser sharing one member (sees that member only)', 200, 1, () => clients.nav!],
    ['a Nav adviser sharing none', 404, 0, () => clients.navOutsider!],
    ['a teacher with none of them', 404, 0, () => clients.teacherOutsider!],
    ['a consultant of another municipality', 404, 0, () => clients.otherConsultant!],
    ['an admin', 403, 0, () => clients.admin!],
  ] as const)('%s gets %i', async (_who, status, visible, client) => {
    const res = await client().get(`/households/${h.id}`).expect(status);
    if (status === 200) {
      const body = HouseholdSchema.parse(res.body);
      expect(body.members).toHaveLength(visible);
      expect(body.hiddenMemberCount).toBe(3 - visible);
    }
  });

  it('anonymous gets 401; an unknown household 404 HOUSEHOLD_NOT_FOUND', async () => {
    await request(app.url)
      .get(apiPath(`/households/${h.id}`))
      .expect(401);
    const res = await consultantClient.get('/households/00000000-0000-4000-8000-000000000000').expect(404);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(HouseholdErrorCode.NOT_FOUND);
  });

  it('audits a READ per member shown, with a reason for a manager', async () => {
    await clients.manager!.get(`/households/${h.id}`).expect(200);
    const events = await app.prisma.auditEvent.findMany({
      where: { actorId: clients.manager!.id, operation: 'households.get' },
    });
    expect([...new Set(events.map((e) => e.personId))].sort()).toEqual(h.members.map((m) => m.personId).sort());
    expect(events.every((e) => e.action === 'READ' && e.reason === 'MANAGER_DRILL_DOWN')).toBe(true);
  });
});

describe('GET /households', () => {
  it('lists my municipality’s households, filtered by status and paged', async () => {
    const a = await register();
    const b = await register();
    await move(b, 'DECLINED', '2024-02-10').expect(200);
    const other = await userClient(['CONSULTANT'], otherMunicipalityId);
    const theirs = await register(family(), other);
    const declined = HouseholdListSchema.parse(
      (await consultantClient.get('/households').query({ status: 'DECLINED', pageSize: 200 }).expect(200)).body,
    );
    expect(declined.items.map((i) => i.id)).toContain(b.id);
    expect(declined.items.map((i) => i.id)).not.toContain(a.id);
    const all = HouseholdListSchema.parse(
      (await consultantClient.get('/households').query({ pageSize: 200 }).expect(200)).body,
    );
    expect(all.items.map((i) => i.id)).not.toContain(theirs.id);
    expect(all.items.find((i) => i.id === a.id)).toMatchObject({ memberCount: 3, settlementStatus: 'REQUESTED' });
    const page = HouseholdListSchema.parse(
      (await consultantClient.get('/households').query({ pageSize: 1, page: 2 }).expect(200)).body,
    );
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(all.total);
    const bad = await consultantClient.get('/households').query({ status: 'MOVED' }).expect(400);
    expect(issues(bad.body).map((i) => i.path)).toEqual(['status']);
  });

  it('shows a Nav adviser only households with a shared member; admin 403; anonymous 401', async () => {
    const nav = await userClient(['NAV_ADVISER']);
    const list = HouseholdListSchema.parse((await nav.get('/households').expect(200)).body);
    expect(list.total).toBe(0);
    await (await userClient(['ADMIN'])).get('/households').expect(403);
    await request(app.url).get(apiPath('/households')).expect(401);
  });
});

describe('settlement: POST /households/:householdId/transitions', () => {
  it('moves REQUESTED → ACCEPTED → ARRIVED → SETTLED with each legal date, history and member settlement dates', async () => {
    let h = await register();
    // One member already has a settlement date (settled earlier elsewhere): it is kept.
    const child = h.members.find((m) => m.relation === 'CHILD')!;
    await app.prisma.person.update({
      where: { id: child.personId },
      data: { settlementDate: new Date('2023-12-01T00:00:00Z') },
    });
    h = HouseholdSchema.parse((await move(h, 'ACCEPTED', '2024-02-20').expect(200)).body);
    expect(h).toMatchObject({
      settlementStatus: 'ACCEPTED',
      decisionDate: '2024-02-20',
      nextStatuses: ['ARRIVED', 'CANCELLED'],
    });
    h = HouseholdSchema.parse((await move(h, 'ARRIVED', '2024-03-05', { schoolPlaces: 1 }).expect(200)).body);
    expect(h).toMatchObject({
      settlementStatus: 'ARRIVED',
      arrivalDate: '2024-03-05',
      schoolPlaces: 1,
      nextStatuses: ['SETTLED'],
    });
    h = HouseholdSchema.parse(
      (await move(h, 'SETTLED', '2024-03-05', { housingType: 'MUNICIPAL', kindergartenPlaces: 0 }).expect(200)).body,
    );
    expect(h).toMatchObject({
      settlementStatus: 'SETTLED',
      settlementDate: '2024-03-05',
      housingType: 'MUNICIPAL',
      nextStatuses: [],
    });
    expect(h.history.map((c) => [c.fromStatus, c.toStatus, c.effectiveDate])).toEqual([
      [null, 'REQUESTED', '2024-02-01'],
      ['REQUESTED', 'ACCEPTED', '2024-02-20'],
      ['ACCEPTED', 'ARRIVED', '2024-03-05'],
      ['ARRIVED', 'SETTLED', '2024-03-05'],
    ]);
    const rows = await app.prisma.settlementStatusChange.count({ where: { householdId: h.id } });
    expect(rows).toBe(4);
    expect(Object.fromEntries(h.members.map((m) => [m.relation, m.settlementDate]))).toEqual({
      HEAD: '2024-03-05',
      SPOUSE: '2024-03-05',
      CHILD: '2023-12-01',
    });
    const settledEvents = await app.prisma.timelineEvent.findMany({
      where: { kind: 'settlement.settled', personId: { in: h.members.map((m) => m.personId) } },
    });
    expect(settledEvents).toHaveLength(3);
    expect(settledEvents[0]?.params).toMatchObject({ householdId: h.id, date: '2024-03-05' });
    const personAudits = await app.prisma.auditEvent.count({
      where: { operation: 'households.transition', entityType: 'person' },
    });
    expect(personAudits).toBeGreaterThanOrEqual(2);
  });

  it.each([
    [[], 'SETTLED', 'REQUESTED'],
    [[], 'ARRIVED', 'REQUESTED'],
    [['DECLINED'], 'ACCEPTED', 'DECLINED'],
    [['ACCEPTED', 'ARRIVED'], 'CANCELLED', 'ARRIVED'],
    [['ACCEPTED', 'ARRIVED', 'SETTLED'], 'ARRIVED', 'SETTLED'],
    [['CANCELLED'], 'ACCEPTED', 'CANCELLED'],
  ] as const)('after %j, moving to %s is 409 naming both states', async (path, to, from) => {
    let h = await register();
    for (const step of path) {
      h = HouseholdSchema.parse(
        (await move(h, step, '2024-03-01', step === 'SETTLED' ? { housingType: 'PRIVATE' } : {}).expect(200)).body,
      );
    }
    const res = await move(h, to, '2024-03-02', { housingType: 'PRIVATE' }).expect(409);
    const error = ApiErrorBodySchema.parse(res.body);
    expect(error.code).toBe(HouseholdErrorCode.TRANSITION_NOT_ALLOWED);
    expect(error.message).toContain(`from ${from} to ${to}`);
    expect(error.issues).toEqual([expect.objectContaining({ path: 'to', message: `${from} -> ${to}` })]);
  });

  it('refuses a stale version (409) and leaves the state as the other consultant left it', async () => {
    const h = await register();
    await move(h, 'ACCEPTED', '2024-02-20').expect(200);
    const res = await move(h, 'DECLINED', '2024-02-20').expect(409);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.STALE_VERSION);
    expect((await app.prisma.household.findUniqueOrThrow({ where: { id: h.id } })).settlementStatus).toBe('ACCEPTED');
  });

  it('names the field: a date before the previous step, in the future, or settling without housing', async () => {
    let h = await register();
    const early = await move(h, 'ACCEPTED', '2024-01-31').expect(400);
    expect(issues(early.body)).toEqual([
      expect.objectContaining({ path: 'effectiveDate', code: HouseholdErrorCode.DATE_BEFORE_PREVIOUS_STEP }),
    ]);
    const future = await move(h, 'ACCEPTED', '2999-01-01').expect(400);
    expect(issues(future.body)).toEqual([expect.objectContaining({ path: 'effectiveDate', code: 'date_in_future' })]);
    h = HouseholdSchema.parse((await move(h, 'ACCEPTED', '2024-02-01').expect(200)).body);
    h = HouseholdSchema.parse((await move(h, 'ARRIVED', '2024-02-02').expect(200)).body);
    const noHousing = await move(h, 'SETTLED', '2024-02-02').expect(400);
    expect(issues(noHousing.body).map((i) => i.path)).toEqual(['housingType']);
    const badStatus = await move(h, 'MOVED_IN', '2024-02-02').expect(400);
    expect(issues(badStatus.body).map((i) => i.path)).toContain('to');
  });

  it('is for consultants of the municipality only', async () => {
    const h = await register();
    for (const role of ['NAV_ADVISER', 'TEACHER', 'MANAGER', 'ADMIN'] as Role[]) {
      await (
        await userClient([role])
      )
        .post(`/households/${h.id}/transitions`, { to: 'ACCEPTED', effectiveDate: '2024-02-20', version: h.version })
        .expect(403);
    }
    const outsider = await userClient(['CONSULTANT'], otherMunicipalityId);
    await outsider
      .post(`/households/${h.id}/transitions`, { to: 'ACCEPTED', effectiveDate: '2024-02-20', version: h.version })
      .expect(404);
    await (
      await apiClient(app)
    )
      .post(`/households/${h.id}/transitions`, { to: 'ACCEPTED', effectiveDate: '2024-02-20', version: h.version })
      .expect(401);
    expect((await app.prisma.household.findUniqueOrThrow({ where: { id: h.id } })).settlementStatus).toBe('REQUESTED');
  });
});

describe('members and household facts', () => {
  it('adds a new member (an adult joins the caseload), an existing person, and removes one', async () => {
    let h = await register(family({ members: [member()] }));
    const added = await consultantClient
      .post(`/households/${h.id}/members`, {
        version: h.version,
        member: member({ relation: 'SPOUSE', birthDate: '1992-01-01' }),
      })
      .expect(201);
    h = HouseholdSchema.parse(added.body);
    expect(h.members.map((m) => m.relation)).toEqual(['HEAD', 'SPOUSE']);
    const spouse = await app.prisma.person.findUniqueOrThrow({ where: { id: h.members[1]!.personId } });
    expect(spouse.caseworkerId).toBe(consultant.id);

    const cousin = await createPerson(app.prisma, municipalityId, { birthDate: '2001-01-01' });
    h = HouseholdSchema.parse(
      (
        await consultantClient
          .post(`/households/${h.id}/members`, { version: h.version, personId: cousin.id, relation: 'OTHER' })
          .expect(201)
      ).body,
    );
    expect(h.members.map((m) => m.personId)).toContain(cousin.id);
    const again = await consultantClient
      .post(`/households/${h.id}/members`, { version: h.version, personId: cousin.id, relation: 'OTHER' })
      .expect(409);
    expect(ApiErrorBodySchema.parse(again.body).code).toBe(HouseholdErrorCode.MEMBER_EXISTS);
    const secondHead = await consultantClient
      .post(`/households/${h.id}/members`, { version: h.version, member: member({ relation: 'HEAD' }) })
      .expect(409);
    expect(ApiErrorBodySchema.parse(secondHead.body).code).toBe(HouseholdErrorCode.HEAD_EXISTS);
    const foreign = await createPerson(app.prisma, otherMunicipalityId);
    const notOurs = await consultantClient
      .post(`/households/${h.id}/members`, { version: h.version, personId: foreign.id, relation: 'OTHER' })
      .expect(404);
    expect(ApiErrorBodySchema.parse(notOurs.body).code).toBe(PersonErrorCode.NOT_FOUND);
    const stale = await consultantClient
      .post(`/households/${h.id}/members`, {
        version: h.version - 1,
        member: member({ relation: 'CHILD', birthDate: '2020-01-01' }),
      })
      .expect(409);
    expect(ApiErrorBodySchema.parse(stale.body).code).toBe(CommonErrorCode.STALE_VERSION);

    h = HouseholdSchema.parse(
      (
        await consultantClient
          .delete(`/households/${h.id}/members/${cousin.id}`)
          .query({ version: h.version })
          .expect(200)
      ).body,
    );
    expect(h.members.map((m) => m.personId)).not.toContain(cousin.id);
    expect(await app.prisma.person.count({ where: { id: cousin.id } })).toBe(1);
    expect(
      await app.prisma.timelineEvent.count({
        where: { personId: cousin.id, kind: { in: ['household.memberAdded', 'household.memberRemoved'] } },
      }),
    ).toBe(2);
    const gone = await consultantClient
      .delete(`/households/${h.id}/members/${cousin.id}`)
      .query({ version: h.version })
      .expect(404);
    expect(ApiErrorBodySchema.parse(gone.body).code).toBe(HouseholdErrorCode.MEMBER_NOT_FOUND);
    const badMember = await consultantClient
      .post(`/households/${h.id}/members`, { version: h.version, member: { ...member(), birthDate: '' } })
      .expect(400);
    expect(issues(badMember.body).map((i) => i.path)).toContain('member.birthDate');
  });

  it('adds a person who is a member of another household; they stay a member there too', async () => {
    const own = await register(family({ members: [member({ birthDate: '1993-05-05' })] }));
    const personId = own.members[0]!.personId;
    const other = await register(family({ members: [member()] }));
    const joined = HouseholdSchema.parse(
      (
        await consultantClient
          .post(`/households/${other.id}/members`, { version: other.version, personId, relation: 'SPOUSE' })
          .expect(201)
      ).body,
    );
    expect(joined.members.find((m) => m.personId === personId)?.relation).toBe('SPOUSE');
    const ownNow = HouseholdSchema.parse((await consultantClient.get(`/households/${own.id}`).expect(200)).body);
    expect(ownNow.members.map((m) => m.personId)).toEqual([personId]);
  });

  it('keeps at least one member', async () => {
    const h = await register(family({ members: [member()] }));
    const res = await consultantClient
      .delete(`/households/${h.id}/members/${h.members[0]!.personId}`)
      .query({ version: h.version })
      .expect(409);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(HouseholdErrorCode.LAST_MEMBER);
  });

  it('changes the household’s facts with a version check', async () => {
    const h = await register();
    const updated = HouseholdSchema.parse(
      (
        await consultantClient
          .patch(`/households/${h.id}`, { kindergartenPlaces: 1, notes: 'Trenger 4-roms', version: h.version })
          .expect(200)
      ).body,
    );
    expect(updated).toMatchObject({ kindergartenPlaces: 1, notes: 'Trenger 4-roms', version: h.version + 1 });
    const stale = await consultantClient
      .patch(`/households/${h.id}`, { name: 'Annen', version: h.version })
      .expect(409);
    expect(ApiErrorBodySchema.parse(stale.body).code).toBe(CommonErrorCode.STALE_VERSION);
    const bad = await consultantClient
      .patch(`/households/${h.id}`, { schoolPlaces: -1, version: updated.version })
      .expect(400);
    expect(issues(bad.body).map((i) => i.path)).toEqual(['schoolPlaces']);
    await (
      await userClient(['MANAGER'])
    )
      .patch(`/households/${h.id}`, { name: 'X', version: updated.version })
      .expect(403);
    await (
      await userClient(['CONSULTANT'], otherMunicipalityId)
    )
      .patch(`/households/${h.id}`, { name: 'X', version: updated.version })
      .expect(404);
  });
});
