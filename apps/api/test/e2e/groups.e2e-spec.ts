import {
  ApiErrorBodySchema,
  GroupCandidateListSchema,
  GroupMemberSchema,
  ResponsibilityGroupSchema,
} from '@ankomst/contracts';
import { createPerson, createUser, signIn } from '../support/factories';
import type { TestApp } from '../support/test-app';
import {
  castClient,
  matrixRows,
  startWithTriangleCast,
  type AccessMatrix,
  type TriangleCast,
} from '../support/triangle-fixtures';

/** The responsibility group (ansvarsgruppe): who is in it, and how membership opens a participant to Nav and teachers. */
let app: TestApp;
let cast: TriangleCast;

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ env: { JOBS_ENABLED: false } }));
});
afterAll(() => app?.close());

const client = (who: string) => castClient(app, cast, who);

describe('GET /persons/:personId/group access', () => {
  const matrix: AccessMatrix = {
    consultant: 200,
    navInGroup: 200,
    teacherInGroup: 200,
    manager: 200,
    navOutside: 404,
    teacherOutside: 404,
    otherMunicipality: 404,
    admin: 403,
    anonymous: 401,
  };
  it.each(matrixRows(matrix))('%s gets %i', async (who, status) => {
    const res = await (await client(who)).get(`/persons/${cast.person.id}/group`);
    expect(res.status).toBe(status);
    if (status === 200) {
      const group = ResponsibilityGroupSchema.parse(res.body);
      expect(group.members.map((m) => m.userId).sort()).toEqual(
        [cast.users.consultant.id, cast.users.navInGroup.id, cast.users.teacherInGroup.id].sort(),
      );
    }
  });

  it('answers an unknown person 404, and a person without a group an empty one', async () => {
    await cast.as.consultant.get('/persons/00000000-0000-4000-8000-000000000000/group').expect(404);
    const lonely = await createPerson(app.prisma, cast.municipalityId);
    const res = await cast.as.consultant.get(`/persons/${lonely.id}/group`).expect(200);
    expect(res.body).toEqual({ personId: lonely.id, groupId: null, members: [] });
  });
});

describe('adding and removing members', () => {
  const addMatrix: AccessMatrix = {
    consultant: 201,
    navInGroup: 403,
    teacherInGroup: 403,
    manager: 403,
    admin: 403,
    navOutside: 403,
    teacherOutside: 403,
    otherMunicipality: 404,
    anonymous: 401,
  };
  it.each(matrixRows(addMatrix))('POST members: %s gets %i', async (who, status) => {
    const res = await (
      await client(who)
    ).post(`/persons/${cast.person.id}/group/members`, {
      role: 'HEALTH',
      externalName: `Helsesykepleier ${who}`,
      externalOrganisation: 'Helsestasjonen',
    });
    expect(res.status).toBe(status);
  });

  it('adds a Nav adviser, who then sees the person; removing them takes the access away', async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    const nav = cast.as.navOutside;
    await nav.get(`/persons/${person.id}/group`).expect(404);
    const added = GroupMemberSchema.parse(
      (
        await cast.as.consultant
          .post(`/persons/${person.id}/group/members`, { role: 'NAV_ADVISER', userId: cast.users.navOutside.id })
          .expect(201)
      ).body,
    );
    expect(added).toMatchObject({
      userId: cast.users.navOutside.id,
      name: cast.users.navOutside.name,
      role: 'NAV_ADVISER',
      organisation: null,
    });
    await nav.get(`/persons/${person.id}/group`).expect(200);
    await nav.get(`/persons/${person.id}/meetings`).expect(200);
    await cast.as.consultant.delete(`/persons/${person.id}/group/members/${added.id}`).expect(204);
    await nav.get(`/persons/${person.id}/group`).expect(404);
    await cast.as.consultant.delete(`/persons/${person.id}/group/members/${added.id}`).expect(404);
  });

  it('adds a teacher, who then sees the person', async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    await cast.as.teacherOutside.get(`/persons/${person.id}/group`).expect(404);
    await cast.as.consultant
      .post(`/persons/${person.id}/group/members`, { role: 'TEACHER', userId: cast.users.teacherOutside.id })
      .expect(201);
    await cast.as.teacherOutside.get(`/persons/${person.id}/group`).expect(200);
  });

  it('adds an external member by name and organisation', async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    const res = await cast.as.consultant
      .post(`/persons/${person.id}/group/members`, {
        role: 'SCHOOL',
        externalName: 'Kari Lærer',
        externalOrganisation: 'Sentrum skole',
      })
      .expect(201);
    expect(GroupMemberSchema.parse(res.body)).toMatchObject({
      userId: null,
      name: 'Kari Lærer',
      organisation: 'Sentrum skole',
      role: 'SCHOOL',
    });
    const group = ResponsibilityGroupSchema.parse(
      (await cast.as.consultant.get(`/persons/${person.id}/group`).expect(200)).body,
    );
    expect(group.members).toHaveLength(1);
  });

  it('refuses the same user twice with 409', async () => {
    const res = await cast.as.consultant
      .post(`/persons/${cast.person.id}/group/members`, { role: 'NAV_ADVISER', userId: cast.users.navInGroup.id })
      .expect(409);
    expect(res.body.code).toBe('GROUP_ALREADY_MEMBER');
  });

  it.each([
    [{ role: 'NAV_ADVISER' }, 'userId'],
    [{ role: 'HEALTH', externalOrganisation: 'Legekontoret' }, 'externalName'],
    [{ role: 'HEALTH', externalName: 'Dr. Hansen' }, 'externalOrganisation'],
    [{ role: 'NAV_ADVISER', userId: 'not-a-uuid' }, 'userId'],
  ])('names the field when %j is incomplete', async (body, field) => {
    const res = await cast.as.consultant.post(`/persons/${cast.person.id}/group/members`, body).expect(400);
    expect(ApiErrorBodySchema.parse(res.body).issues?.map((i) => i.path)).toContain(field);
  });

  it('refuses a user who lacks the role, or who belongs to another municipality, naming the field', async () => {
    const wrongRole = await cast.as.consultant
      .post(`/persons/${cast.person.id}/group/members`, { role: 'NAV_ADVISER', userId: cast.users.teacherOutside.id })
      .expect(400);
    expect(wrongRole.body.issues.map((i: { path: string }) => i.path)).toEqual(['role']);
    const foreign = await cast.as.consultant
      .post(`/persons/${cast.person.id}/group/members`, { role: 'CONSULTANT', userId: cast.users.otherMunicipality.id })
      .expect(400);
    expect(foreign.body.issues.map((i: { path: string }) => i.path)).toEqual(['userId']);
  });

  it('lists candidates with a role (active users of my municipality only)', async () => {
    const inactive = await createUser(app.prisma, cast.municipalityId, { roles: ['NAV_ADVISER'], active: false });
    const res = await cast.as.consultant
      .get(`/persons/${cast.person.id}/group/candidates?role=NAV_ADVISER`)
      .expect(200);
    const ids = GroupCandidateListSchema.parse(res.body).items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([cast.users.navInGroup.id, cast.users.navOutside.id]));
    expect(ids).not.toContain(inactive.id);
    await cast.as.navInGroup.get(`/persons/${cast.person.id}/group/candidates?role=NAV_ADVISER`).expect(403);
    await cast.as.otherMunicipality.get(`/persons/${cast.person.id}/group/candidates?role=NAV_ADVISER`).expect(404);
  });

  it('writes the change and its audit event together, and the timeline shows it', async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    await cast.as.consultant
      .post(`/persons/${person.id}/group/members`, {
        role: 'OTHER',
        externalName: 'Frivillig',
        externalOrganisation: 'Røde Kors',
      })
      .expect(201);
    const audit = await app.prisma.auditEvent.findMany({
      where: { personId: person.id, operation: 'groups.addMember' },
    });
    expect(audit).toHaveLength(1);
    const events = await app.prisma.timelineEvent.findMany({ where: { personId: person.id } });
    expect(events.map((e) => e.kind)).toEqual(['group.memberAdded']);
  });

  it('a signed-in user of another municipality cannot add to this person', async () => {
    const foreignConsultant = cast.as.otherMunicipality;
    await foreignConsultant
      .post(`/persons/${cast.person.id}/group/members`, { role: 'OTHER', externalName: 'X', externalOrganisation: 'Y' })
      .expect(404);
    const fresh = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'] });
    await (await signIn(app, fresh.email, fresh.password)).get(`/persons/${cast.person.id}/group`).expect(200);
  });
});
