import {
  ApiErrorBodySchema,
  CaseworkerCandidateListSchema,
  CommonErrorCode,
  PersonErrorCode,
  PersonListSchema,
  PersonSchema,
  type Person,
  type Role,
} from '@ankomst/contracts';
import request from 'supertest';
import {
  createPerson,
  createUser,
  signIn,
  type SignedInClient,
  type TestPerson,
  type TestUser,
} from '../support/factories';
import { createMunicipalityWithStaff } from '../support/municipality-with-staff';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/** Persons: need-to-know per service (DOMAIN.md § 6.4), protected addresses, versioned updates, search, audit. */
let app: TestApp;
let municipalityId: string;
let otherMunicipalityId: string;
let caseworker: TestUser;
let caseworkerClient: SignedInClient;
let otherConsultantClient: SignedInClient;

beforeAll(async () => {
  app = await startTestApp();
  const staff = await createMunicipalityWithStaff(app, { caseworker: 'CONSULTANT', other: 'CONSULTANT' });
  ({ municipalityId, otherMunicipalityId } = staff);
  caseworker = staff.users.caseworker;
  caseworkerClient = staff.as.caseworker;
  otherConsultantClient = staff.as.other;
});
afterAll(() => app?.close());

const ADDRESS = 'Hemmeligveien 6';
const PHONE = '+47 912 34 567';

async function newPerson(
  options: {
    protectedAddress?: boolean;
    lastName?: string;
    firstName?: string;
    birthDate?: string;
    inMunicipality?: string;
  } = {},
) {
  const inMunicipality = options.inMunicipality ?? municipalityId;
  const person = await createPerson(app.prisma, inMunicipality, {
    lastName: options.lastName,
    firstName: options.firstName,
    birthDate: options.birthDate,
  });
  return app.prisma.person.update({
    where: { id: person.id },
    data: {
      caseworkerId: inMunicipality === municipalityId ? caseworker.id : null,
      addressProtection: options.protectedAddress ? 'STRICTLY_CONFIDENTIAL' : 'NONE',
      address: ADDRESS,
      postalCode: '9500',
      postalTown: 'Alta',
      phone: PHONE,
      email: 'amina@example.test',
      sex: 'FEMALE',
      countryOfBirth: 'SY',
      languages: ['ar'],
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      arrivalCategory: 'RESETTLEMENT',
      permitBasis: 'RESETTLEMENT',
      permitGrantedDate: new Date('2023-09-01T00:00:00Z'),
      permitGrantedAbroad: true,
      arrivalDate: new Date('2023-11-20T00:00:00Z'),
      settlementDate: new Date('2023-11-20T00:00:00Z'),
      nusLevel: 3,
    },
  });
}

async function userClient(roles: Role[], inMunicipality = municipalityId) {
  const user = await createUser(app.prisma, inMunicipality, { roles });
  return Object.assign(await signIn(app, user.email, user.password), { id: user.id });
}

/** Makes the Nav adviser a member of the person's responsibility group (their "shared participant"). */
async function shareWithNav(personId: string, userId: string) {
  const group = await app.prisma.responsibilityGroup.upsert({
    where: { personId },
    create: { municipalityId, personId },
    update: {},
  });
  await app.prisma.groupMember.create({ data: { municipalityId, groupId: group.id, userId, role: 'NAV_ADVISER' } });
}

/** Enrols the person in a class the teacher teaches (their "own learner"). */
async function enrolWithTeacher(personId: string, userId: string) {
  const course = await app.prisma.course.create({ data: { municipalityId, name: 'Norsk spor 2', kind: 'NORWEGIAN' } });
  const cls = await app.prisma.courseClass.create({
    data: { municipalityId, courseId: course.id, name: 'A1', startDate: new Date('2024-01-08T00:00:00Z') },
  });
  await app.prisma.classTeacher.create({ data: { municipalityId, classId: cls.id, userId } });
  await app.prisma.enrolment.create({
    data: { municipalityId, classId: cls.id, personId, fromDate: new Date('2024-01-08T00:00:00Z') },
  });
}

const getPerson = async (client: SignedInClient, id: string, status = 200) => {
  const res = await client.get(`/persons/${id}`).expect(status);
  return status === 200 ? PersonSchema.parse(res.body) : ApiErrorBodySchema.parse(res.body);
};

describe('GET /persons/:personId: access matrix', () => {
  let person: TestPerson;
  const clients: Record<string, SignedInClient & { id?: string }> = {};

  beforeAll(async () => {
    person = await newPerson();
    clients.navShared = await userClient(['NAV_ADVISER']);
    clients.navOutsider = await userClient(['NAV_ADVISER']);
    clients.teacherOwn = await userClient(['TEACHER']);
    clients.teacherOutsider = await userClient(['TEACHER']);
    clients.manager = await userClient(['MANAGER']);
    clients.admin = await userClient(['ADMIN']);
    clients.otherMunicipalityConsultant = await userClient(['CONSULTANT'], otherMunicipalityId);
    clients.otherMunicipalityManager = await userClient(['MANAGER'], otherMunicipalityId);
    await shareWithNav(person.id, clients.navShared.id!);
    await enrolWithTeacher(person.id, clients.teacherOwn.id!);
  });

  it.each([
    ['the caseworker', 200, 'FULL', () => caseworkerClient],
    ['another consultant', 200, 'FULL', () => otherConsultantClient],
    ['a manager', 200, 'FULL', () => clients.manager!],
    ['a Nav adviser in the responsibility group', 200, 'NAV', () => clients.navShared!],
    ['a teacher of the person’s class', 200, 'EDUCATION', () => clients.teacherOwn!],
    ['a Nav adviser without the person', 404, null, () => clients.navOutsider!],
    ['a teacher without the person', 404, null, () => clients.teacherOutsider!],
    ['a consultant of another municipality', 404, null, () => clients.otherMunicipalityConsultant!],
    ['a manager of another municipality', 404, null, () => clients.otherMunicipalityManager!],
    ['an admin (no person data)', 403, null, () => clients.admin!],
  ] as const)('%s gets %i', async (_who, status, view, client) => {
    const body = await getPerson(client(), person.id, status);
    if (view) expect((body as Person).view).toBe(view);
    else expect(body).not.toHaveProperty('firstName');
  });

  it('anonymous gets 401, an unknown id 404 PERSON_NOT_FOUND, a malformed id 400', async () => {
    await request(app.url)
      .get(apiPath(`/persons/${person.id}`))
      .expect(401);
    const missing = await getPerson(caseworkerClient, '00000000-0000-4000-8000-000000000000', 404);
    expect(missing).toMatchObject({ code: PersonErrorCode.NOT_FOUND });
    const bad = await getPerson(caseworkerClient, 'not-a-uuid', 400);
    expect(bad).toMatchObject({ code: CommonErrorCode.VALIDATION_FAILED });
  });

  it('shows each service only what it needs', async () => {
    const full = (await getPerson(caseworkerClient, person.id)) as Person;
    expect(full).toMatchObject({
      address: ADDRESS,
      phone: PHONE,
      permitBasis: 'RESETTLEMENT',
      permitGrantedAbroad: true,
      addressHidden: false,
      withheldFields: [],
    });
    expect(full.caseworker).toEqual({ id: caseworker.id, name: caseworker.name });

    const nav = (await getPerson(clients.navShared!, person.id)) as Person;
    // Nav: contact details and the regime facts, but no address and no asylum history.
    expect(nav).toMatchObject({
      phone: PHONE,
      permitBasis: 'RESETTLEMENT',
      address: null,
      postalCode: null,
      permitGrantedAbroad: null,
      addressProtection: null,
    });
    expect(nav.withheldFields).toEqual(
      expect.arrayContaining([
        'address',
        'postalCode',
        'postalTown',
        'permitGrantedAbroad',
        'protectionApplicationDate',
      ]),
    );
    expect(nav.addressHidden).toBe(false);

    const teacher = (await getPerson(clients.teacherOwn!, person.id)) as Person;
    // Adult education: name, birth date, languages, interpreter, the dates training rights hang on; no contact or permit details.
    expect(teacher).toMatchObject({
      firstName: person.firstName,
      birthDate: '1990-05-17',
      languages: ['ar'],
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      arrivalDate: '2023-11-20',
      settlementDate: '2023-11-20',
      nusLevel: 3,
      phone: null,
      email: null,
      address: null,
      permitBasis: null,
      permitGrantedDate: null,
      countryOfBirth: null,
    });
    expect(JSON.stringify(teacher)).not.toContain(PHONE);
  });

  it('audits every read with the fields shown (never values), and a manager’s drill-down with a reason', async () => {
    await getPerson(clients.teacherOwn!, person.id);
    await getPerson(clients.manager!, person.id);
    const events = await app.prisma.auditEvent.findMany({
      where: { personId: person.id, action: 'READ', operation: 'persons.get' },
    });
    const teacherEvent = events.find((e) => e.actorId === clients.teacherOwn!.id);
    expect(teacherEvent?.fields).toContain('languages');
    expect(teacherEvent?.fields).not.toContain('phone');
    const managerEvent = events.find((e) => e.actorId === clients.manager!.id);
    expect(managerEvent).toMatchObject({ entityType: 'person', entityId: person.id, reason: 'MANAGER_DRILL_DOWN' });
    expect(JSON.stringify(events)).not.toContain(ADDRESS);
  });
});

describe('protected addresses (kode 6/7)', () => {
  let person: TestPerson;
  beforeAll(async () => {
    person = await newPerson({ protectedAddress: true, lastName: 'Skjermet' });
  });

  it('the caseworker sees the address and contact details', async () => {
    const body = (await getPerson(caseworkerClient, person.id)) as Person;
    expect(body).toMatchObject({
      addressHidden: false,
      address: ADDRESS,
      phone: PHONE,
      addressProtection: 'STRICTLY_CONFIDENTIAL',
    });
  });

  it.each([
    ['another consultant', () => otherConsultantClient],
    ['a manager', () => userClient(['MANAGER'])],
  ])('%s gets null address and contact fields with addressHidden', async (_who, client) => {
    const body = (await getPerson(await client(), person.id)) as Person;
    expect(body).toMatchObject({
      addressHidden: true,
      address: null,
      postalCode: null,
      postalTown: null,
      phone: null,
      email: null,
    });
    expect(body.withheldFields).toEqual(
      expect.arrayContaining(['address', 'postalCode', 'postalTown', 'phone', 'email']),
    );
    expect(body.firstName).toBe(person.firstName);
  });

  it('lists never include the address, not even for the caseworker', async () => {
    const res = await caseworkerClient.get('/persons').query({ search: 'Skjermet' }).expect(200);
    const list = PersonListSchema.parse(res.body);
    expect(list.items.map((p) => p.id)).toEqual([person.id]);
    expect(JSON.stringify(res.body)).not.toContain(ADDRESS);
    expect(JSON.stringify(res.body)).not.toContain(PHONE);
  });

  it('only the caseworker may change the address or lift the protection', async () => {
    const res = await otherConsultantClient
      .patch(`/persons/${person.id}`, { address: 'Ny vei 1', version: person.version })
      .expect(403);
    const error = ApiErrorBodySchema.parse(res.body);
    expect(error.code).toBe(PersonErrorCode.ADDRESS_PROTECTED);
    expect(error.issues?.map((i) => i.path)).toEqual(['address']);
    const lift = await otherConsultantClient
      .patch(`/persons/${person.id}`, { addressProtection: 'NONE', version: person.version })
      .expect(403);
    expect(ApiErrorBodySchema.parse(lift.body).issues?.map((i) => i.path)).toEqual(['addressProtection']);
    // Other facts are theirs to change.
    await otherConsultantClient.patch(`/persons/${person.id}`, { nusLevel: 4, version: person.version }).expect(200);
    const mine = (await getPerson(caseworkerClient, person.id)) as Person;
    const changed = PersonSchema.parse(
      (
        await caseworkerClient
          .patch(`/persons/${person.id}`, { address: 'Ny vei 1', version: mine.version })
          .expect(200)
      ).body,
    );
    expect(changed.address).toBe('Ny vei 1');
  });
});

describe('PATCH /persons/:personId', () => {
  it('changes the facts, bumps the version and audits the field names', async () => {
    const person = await newPerson();
    const res = await caseworkerClient
      .patch(`/persons/${person.id}`, {
        firstName: 'Amira',
        nusLevel: null,
        permitGrantedDate: '2023-08-30',
        version: person.version,
      })
      .expect(200);
    const body = PersonSchema.parse(res.body);
    expect(body).toMatchObject({
      firstName: 'Amira',
      nusLevel: null,
      permitGrantedDate: '2023-08-30',
      version: person.version + 1,
    });
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { personId: person.id, action: 'UPDATE' } });
    expect(audit).toMatchObject({ operation: 'persons.update', actorId: caseworker.id });
    expect(audit.fields.sort()).toEqual(['firstName', 'nusLevel', 'permitGrantedDate']);
  });

  it('answers 409 STALE_VERSION to an edit based on an old version, and keeps the newer change', async () => {
    const person = await newPerson();
    await caseworkerClient.patch(`/persons/${person.id}`, { lastName: 'Først', version: person.version }).expect(200);
    const res = await otherConsultantClient
      .patch(`/persons/${person.id}`, { lastName: 'Sist', version: person.version })
      .expect(409);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.STALE_VERSION);
    expect((await app.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).lastName).toBe('Først');
  });

  it('names each invalid field', async () => {
    const person = await newPerson();
    const res = await caseworkerClient
      .patch(`/persons/${person.id}`, {
        birthDate: '17.05.1990',
        nusLevel: 9,
        email: 'nope',
        countryOfBirth: 'Syria',
        unknownField: 1,
      })
      .expect(400);
    const paths = (ApiErrorBodySchema.parse(res.body).issues ?? []).map((i) => i.path).sort();
    expect(paths).toEqual(expect.arrayContaining(['birthDate', 'countryOfBirth', 'email', 'nusLevel', 'version']));
  });

  it('accepts only an active consultant of the municipality as caseworker', async () => {
    const person = await newPerson();
    const teacher = await createUser(app.prisma, municipalityId, { roles: ['TEACHER'] });
    const res = await caseworkerClient
      .patch(`/persons/${person.id}`, { caseworkerId: teacher.id, version: person.version })
      .expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues).toEqual([
      expect.objectContaining({ path: 'caseworkerId', code: PersonErrorCode.CASEWORKER_INVALID }),
    ]);
    const colleague = await createUser(app.prisma, municipalityId, { roles: ['CONSULTANT'] });
    const ok = PersonSchema.parse(
      (
        await caseworkerClient
          .patch(`/persons/${person.id}`, { caseworkerId: colleague.id, version: person.version })
          .expect(200)
      ).body,
    );
    expect(ok.caseworker?.id).toBe(colleague.id);
    expect(
      await app.prisma.timelineEvent.count({ where: { personId: person.id, kind: 'person.caseworkerChanged' } }),
    ).toBe(1);
  });

  it.each(['NAV_ADVISER', 'TEACHER', 'MANAGER', 'ADMIN'] as Role[])(
    '%s may not change a person (403)',
    async (role) => {
      const person = await newPerson();
      const client = await userClient([role]);
      await client.patch(`/persons/${person.id}`, { firstName: 'X', version: person.version }).expect(403);
    },
  );

  it('anonymous gets 401; another municipality’s consultant 404 and changes nothing', async () => {
    const person = await newPerson();
    const anonymous = await apiClient(app);
    await anonymous.patch(`/persons/${person.id}`, { firstName: 'X', version: person.version }).expect(401);
    const outsider = await userClient(['CONSULTANT'], otherMunicipalityId);
    await outsider.patch(`/persons/${person.id}`, { firstName: 'X', version: person.version }).expect(404);
    expect((await app.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).firstName).toBe(person.firstName);
  });
});

describe('GET /persons/:personId/caseworker-candidates', () => {
  const path = (personId: string) => `/persons/${personId}/caseworker-candidates`;

  it('lists the active consultants of my municipality only, by name, and audits the opening', async () => {
    const person = await newPerson();
    const colleague = await createUser(app.prisma, municipalityId, { roles: ['CONSULTANT'], name: 'Aase Aasen' });
    const inactive = await createUser(app.prisma, municipalityId, { roles: ['CONSULTANT'], active: false });
    const teacher = await createUser(app.prisma, municipalityId, { roles: ['TEACHER'] });
    const foreign = await createUser(app.prisma, otherMunicipalityId, { roles: ['CONSULTANT'] });
    const before = new Date();
    const list = CaseworkerCandidateListSchema.parse((await caseworkerClient.get(path(person.id)).expect(200)).body);
    const ids = list.items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([caseworker.id, colleague.id]));
    for (const absent of [inactive, teacher, foreign]) expect(ids).not.toContain(absent.id);
    expect(list.items[0]).toEqual({ id: colleague.id, name: 'Aase Aasen' }); // sorted by name
    const events = await app.prisma.auditEvent.findMany({
      where: { personId: person.id, operation: 'persons.caseworkerCandidates', occurredAt: { gte: before } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'READ', actorId: caseworker.id, fields: ['caseworker'] });
  });

  it.each([
    ['a consultant', 200, ['CONSULTANT']],
    ['a Nav adviser', 403, ['NAV_ADVISER']],
    ['a teacher', 403, ['TEACHER']],
    ['a manager', 403, ['MANAGER']],
    ['an admin', 403, ['ADMIN']],
  ] as const)('%s gets %i', async (_who, status, roles) => {
    const person = await newPerson();
    const client = await userClient([...roles]);
    await client.get(path(person.id)).expect(status);
  });

  it('anonymous gets 401; another municipality 404, an unknown person 404, and nothing is audited for them', async () => {
    const person = await newPerson();
    await request(app.url)
      .get(apiPath(path(person.id)))
      .expect(401);
    const outsider = await userClient(['CONSULTANT'], otherMunicipalityId);
    const res = await outsider.get(path(person.id)).expect(404);
    expect(ApiErrorBodySchema.parse(res.body)).toMatchObject({ code: PersonErrorCode.NOT_FOUND });
    await caseworkerClient.get(path('00000000-0000-4000-8000-000000000000')).expect(404);
    expect(
      await app.prisma.auditEvent.count({ where: { personId: person.id, operation: 'persons.caseworkerCandidates' } }),
    ).toBe(0);
  });
});

describe('GET /persons (search)', () => {
  const tag = `Søk${Date.now()}`;
  beforeAll(async () => {
    await newPerson({ lastName: tag, firstName: 'Bashir', birthDate: '1985-01-01' });
    await newPerson({ lastName: tag, firstName: 'Amal', birthDate: '1995-01-01' });
    await newPerson({ lastName: tag, firstName: 'Carim', birthDate: '1975-01-01' });
    await newPerson({ lastName: tag, firstName: 'Dalia', inMunicipality: otherMunicipalityId });
  });

  it('finds by first and last name in my municipality, sorted and paged', async () => {
    const page1 = PersonListSchema.parse(
      (await caseworkerClient.get('/persons').query({ search: tag.toLowerCase(), pageSize: 2 }).expect(200)).body,
    );
    expect(page1.total).toBe(3);
    expect(page1.items.map((p) => p.firstName)).toEqual(['Amal', 'Bashir']);
    const page2 = PersonListSchema.parse(
      (await caseworkerClient.get('/persons').query({ search: tag, pageSize: 2, page: 2 }).expect(200)).body,
    );
    expect(page2.items.map((p) => p.firstName)).toEqual(['Carim']);
    const byAge = PersonListSchema.parse(
      (await caseworkerClient.get('/persons').query({ search: tag, sort: '-birthDate' }).expect(200)).body,
    );
    expect(byAge.items.map((p) => p.firstName)).toEqual(['Amal', 'Bashir', 'Carim']);
    const twoTerms = PersonListSchema.parse(
      (
        await caseworkerClient
          .get('/persons')
          .query({ search: `carim ${tag}` })
          .expect(200)
      ).body,
    );
    expect(twoTerms.items.map((p) => p.firstName)).toEqual(['Carim']);
  });

  it('names the households each person belongs to now, so namesakes can be told apart', async () => {
    const household = await app.prisma.household.create({ data: { municipalityId, name: `Familien ${tag}` } });
    const bashir = await app.prisma.person.findFirstOrThrow({ where: { firstName: 'Bashir', lastName: tag } });
    await app.prisma.householdMember.create({
      data: { municipalityId, householdId: household.id, personId: bashir.id, relation: 'SPOUSE' },
    });
    const list = PersonListSchema.parse(
      (await caseworkerClient.get('/persons').query({ search: tag }).expect(200)).body,
    );
    expect(list.items.map((p) => [p.firstName, p.households])).toEqual([
      ['Amal', []],
      ['Bashir', [{ householdId: household.id, name: `Familien ${tag}`, relation: 'SPOUSE' }]],
      ['Carim', []],
    ]);
  });

  it('filters to my own caseload', async () => {
    const mine = PersonListSchema.parse(
      (await caseworkerClient.get('/persons').query({ search: tag, mine: 'true' }).expect(200)).body,
    );
    expect(mine.total).toBe(3);
    const theirs = PersonListSchema.parse(
      (await otherConsultantClient.get('/persons').query({ search: tag, mine: 'true' }).expect(200)).body,
    );
    expect(theirs.total).toBe(0);
  });

  it('audits a SEARCH per person shown, without the search term', async () => {
    const before = new Date();
    await caseworkerClient
      .get('/persons')
      .query({ search: `Bashir ${tag}` })
      .expect(200);
    const events = await app.prisma.auditEvent.findMany({
      where: { actorId: caseworker.id, action: 'SEARCH', occurredAt: { gte: before } },
    });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(tag);
  });

  it('rejects a bad sort naming the field, and is for consultants only', async () => {
    const res = await caseworkerClient.get('/persons').query({ sort: 'address' }).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues?.map((i) => i.path)).toEqual(['sort']);
    for (const role of ['NAV_ADVISER', 'TEACHER', 'MANAGER', 'ADMIN'] as Role[]) {
      await (await userClient([role])).get('/persons').expect(403);
    }
    await request(app.url).get(apiPath('/persons')).expect(401);
  });
});
