import {
  ApiErrorBodySchema,
  PersonErrorCode,
  TaskAssigneeListSchema,
  TaskListSchema,
  TaskSchema,
  type Task,
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

/** Tasks across the three services: mine, given by me, overdue first, done with a comment. */
let app: TestApp;
let cast: TriangleCast;

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ env: { JOBS_ENABLED: false } }));
});
afterAll(() => app?.close());

const client = (who: string) => castClient(app, cast, who);

async function give(from: keyof TriangleCast['as'], body: Record<string, unknown>): Promise<Task> {
  const res = await cast.as[from]
    .post('/tasks', { personId: cast.person.id, title: 'Ring arbeidsgiver', ...body })
    .expect(201);
  return TaskSchema.parse(res.body);
}

describe('access matrix', () => {
  let task: Task;
  beforeAll(async () => {
    task = await give('consultant', { assigneeId: cast.users.navInGroup.id });
  });

  const list: AccessMatrix = {
    consultant: 200,
    navInGroup: 200,
    teacherInGroup: 200,
    navOutside: 200,
    teacherOutside: 200,
    manager: 200,
    otherMunicipality: 200,
    admin: 403,
    anonymous: 401,
  };
  it.each(matrixRows(list))('GET /tasks: %s gets %i (each only their own)', async (who, status) => {
    const res = await (await client(who)).get('/tasks');
    expect(res.status).toBe(status);
    if (status === 200) {
      const ids = TaskListSchema.parse(res.body).items.map((t) => t.id);
      expect(ids.includes(task.id)).toBe(who === 'navInGroup');
    }
  });

  const one: AccessMatrix = {
    consultant: 200,
    navInGroup: 200,
    teacherInGroup: 404,
    navOutside: 404,
    teacherOutside: 404,
    manager: 404,
    otherMunicipality: 404,
    admin: 403,
    anonymous: 401,
  };
  it.each(matrixRows(one))('GET /tasks/:taskId: %s gets %i (assignee and creator only)', async (who, status) => {
    expect((await (await client(who)).get(`/tasks/${task.id}`)).status).toBe(status);
  });

  const create: AccessMatrix = {
    consultant: 201,
    navInGroup: 201,
    teacherInGroup: 201,
    navOutside: 404,
    teacherOutside: 404,
    otherMunicipality: 404,
    manager: 403,
    admin: 403,
    anonymous: 401,
  };
  it.each(matrixRows(create))('POST /tasks for the participant: %s gets %i', async (who, status) => {
    const res = await (
      await client(who)
    ).post('/tasks', { personId: cast.person.id, title: 'Følg opp', assigneeId: cast.users.consultant.id });
    expect(res.status).toBe(status);
  });

  // Whoever may give a task about the participant may list whom to give it to.
  const assignees: AccessMatrix = { ...create, consultant: 200, navInGroup: 200, teacherInGroup: 200 };
  it.each(matrixRows(assignees))('GET /persons/:personId/task-assignees: %s gets %i', async (who, status) => {
    const res = await (await client(who)).get(`/persons/${cast.person.id}/task-assignees`);
    expect(res.status).toBe(status);
    if (status === 404) expect(ApiErrorBodySchema.parse(res.body).code).toBe(PersonErrorCode.NOT_FOUND);
  });

  const complete: AccessMatrix = { ...one, consultant: 404 };
  it.each(matrixRows(complete).filter(([who]) => who !== 'navInGroup'))(
    'POST /tasks/:taskId/complete: %s gets %i',
    async (who, status) => {
      const res = await (
        await client(who)
      ).post(`/tasks/${task.id}/complete`, { version: task.version, comment: 'Gjort' });
      // The creator may complete too; checked with its own task below so this one stays open.
      expect(res.status).toBe(who === 'consultant' ? 200 : status);
      if (who === 'consultant') task = TaskSchema.parse(res.body);
    },
  );
});

describe('rules', () => {
  it('lists my open tasks overdue first, then by due date, undated last; "given" lists what I gave', async () => {
    const assignee = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'] });
    const me = await signIn(app, assignee.email, assignee.password);
    const undated = await give('navInGroup', { assigneeId: assignee.id, title: 'Uten frist' });
    const later = await give('navInGroup', { assigneeId: assignee.id, title: 'Senere', dueDate: '2099-01-01' });
    const overdue = await give('navInGroup', { assigneeId: assignee.id, title: 'Forfalt', dueDate: '2020-01-01' });
    const soon = await give('navInGroup', { assigneeId: assignee.id, title: 'Snart', dueDate: '2098-06-01' });
    const mine = TaskListSchema.parse((await me.get('/tasks?view=mine').expect(200)).body);
    expect(mine.items.map((t) => t.id)).toEqual([overdue.id, soon.id, later.id, undated.id]);
    expect(mine.items.map((t) => t.overdue)).toEqual([true, false, false, false]);
    const given = TaskListSchema.parse(
      (await cast.as.navInGroup.get('/tasks?view=given&pageSize=200').expect(200)).body,
    );
    expect(given.items.map((t) => t.id)).toEqual(expect.arrayContaining([overdue.id, soon.id, later.id, undated.id]));
    expect((await me.get('/tasks?view=given').expect(200)).body.items).toEqual([]);
  });

  it('refuses an assignee who may not see the person, or from another municipality, with 400 naming assigneeId', async () => {
    for (const who of ['navOutside', 'teacherOutside', 'otherMunicipality', 'admin'] as const) {
      const res = await cast.as.consultant
        .post('/tasks', { personId: cast.person.id, title: 'Ugyldig', assigneeId: cast.users[who].id })
        .expect(400);
      expect(ApiErrorBodySchema.parse(res.body).issues?.map((i) => i.path)).toEqual(['assigneeId']);
    }
    const inactive = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'], active: false });
    await cast.as.consultant
      .post('/tasks', { personId: cast.person.id, title: 'Ugyldig', assigneeId: inactive.id })
      .expect(400);
  });

  it('task assignees: the active users of the municipality with need-to-know, by name, with their service; audited', async () => {
    const inactive = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'], active: false });
    const colleague = await createUser(app.prisma, cast.municipalityId, { roles: ['CONSULTANT'], name: 'Aase Aasen' });
    const before = new Date();
    const res = await cast.as.navInGroup.get(`/persons/${cast.person.id}/task-assignees`).expect(200);
    const { items } = TaskAssigneeListSchema.parse(res.body);
    const ids = items.map((a) => a.id);
    const { users } = cast;
    expect(ids).toEqual(
      expect.arrayContaining([users.consultant.id, users.navInGroup.id, users.teacherInGroup.id, users.manager.id]),
    );
    for (const absent of [users.navOutside, users.teacherOutside, users.admin, users.otherMunicipality, inactive])
      expect(ids).not.toContain(absent.id);
    expect(items[0]?.id).toBe(colleague.id); // by name
    expect(items.find((a) => a.id === users.navInGroup.id)).toEqual({
      id: users.navInGroup.id,
      name: users.navInGroup.name,
      roles: ['NAV_ADVISER'],
      service: 'NAV',
    });
    expect(items.find((a) => a.id === users.teacherInGroup.id)?.service).toBe('ADULT_EDUCATION');
    expect(items.find((a) => a.id === users.consultant.id)?.service).toBe('REFUGEE_SERVICE');
    expect(items.find((a) => a.id === users.manager.id)?.service).toBeNull();
    // Everyone listed can be given a task about the person.
    for (const assignee of items)
      await cast.as.navInGroup
        .post('/tasks', { personId: cast.person.id, title: 'Sjekk stønad', assigneeId: assignee.id })
        .expect(201);
    const events = await app.prisma.auditEvent.findMany({
      where: { personId: cast.person.id, operation: 'tasks.assignees', occurredAt: { gte: before } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'READ', actorId: users.navInGroup.id, fields: ['taskAssignees'] });
  });

  it('task assignees: an unknown person is 404 and nothing is audited', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await cast.as.consultant.get(`/persons/${unknown}/task-assignees`).expect(404);
    expect(await app.prisma.auditEvent.count({ where: { operation: 'tasks.assignees', entityId: unknown } })).toBe(0);
  });

  it('names missing fields', async () => {
    const res = await cast.as.consultant
      .post('/tasks', { personId: cast.person.id, dueDate: '31.12.2026' })
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['assigneeId', 'dueDate', 'title']);
  });

  it('a task without a person can be given to any active colleague', async () => {
    const res = await cast.as.consultant
      .post('/tasks', { title: 'Bestill tolk til fellesmøte', assigneeId: cast.users.teacherOutside.id })
      .expect(201);
    expect(TaskSchema.parse(res.body)).toMatchObject({ personId: null, personName: null });
  });

  it('completes with a comment: the assignee can, a stale version gets 409, twice gets 409, and the creator is notified', async () => {
    const task = await give('consultant', { assigneeId: cast.users.teacherInGroup.id, dueDate: '2026-05-01' });
    const noComment = await cast.as.teacherInGroup
      .post(`/tasks/${task.id}/complete`, { version: task.version, comment: '  ' })
      .expect(400);
    expect(noComment.body.issues.map((i: { path: string }) => i.path)).toEqual(['comment']);
    await cast.as.teacherInGroup
      .post(`/tasks/${task.id}/complete`, { version: task.version + 1, comment: 'Gjort' })
      .expect(409);
    const done = TaskSchema.parse(
      (
        await cast.as.teacherInGroup
          .post(`/tasks/${task.id}/complete`, { version: task.version, comment: 'Kartlegging sendt' })
          .expect(200)
      ).body,
    );
    expect(done).toMatchObject({
      status: 'DONE',
      completionComment: 'Kartlegging sendt',
      overdue: false,
      version: task.version + 1,
    });
    expect(done.completedAt).not.toBeNull();
    const again = await cast.as.teacherInGroup
      .post(`/tasks/${task.id}/complete`, { version: done.version, comment: 'Igjen' })
      .expect(409);
    expect(again.body.code).toBe('TASK_ALREADY_DONE');
    const note = await app.prisma.notification.findFirst({
      where: { userId: cast.users.consultant.id, kind: 'task.completed' },
      orderBy: { createdAt: 'desc' },
    });
    expect(note?.params).toMatchObject({ title: 'Ring arbeidsgiver', completedByName: cast.users.teacherInGroup.name });
    const doneList = TaskListSchema.parse((await cast.as.teacherInGroup.get('/tasks?status=DONE').expect(200)).body);
    expect(doneList.items.map((t) => t.id)).toContain(task.id);
  });

  it('the assignee gets a notification, the timeline a line, the audit trail an event', async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    const res = await cast.as.consultant
      .post('/tasks', { personId: person.id, title: 'Søk barnehageplass', assigneeId: cast.users.consultant.id })
      .expect(201);
    const task = TaskSchema.parse(res.body);
    expect(await app.prisma.timelineEvent.count({ where: { personId: person.id, kind: 'task.created' } })).toBe(1);
    expect(await app.prisma.auditEvent.count({ where: { entityId: task.id, operation: 'tasks.create' } })).toBe(1);
    // Given to myself: no notification.
    expect(
      await app.prisma.notification.count({
        where: { userId: cast.users.consultant.id, kind: 'task.assigned', personId: person.id },
      }),
    ).toBe(0);
  });

  it('a Nav adviser removed from the group no longer sees tasks about the person', async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    const member = await cast.as.consultant
      .post(`/persons/${person.id}/group/members`, { role: 'NAV_ADVISER', userId: cast.users.navOutside.id })
      .expect(201);
    const task = TaskSchema.parse(
      (
        await cast.as.consultant
          .post('/tasks', { personId: person.id, title: 'Vurder tiltak', assigneeId: cast.users.navOutside.id })
          .expect(201)
      ).body,
    );
    await cast.as.navOutside.get(`/tasks/${task.id}`).expect(200);
    await cast.as.consultant.delete(`/persons/${person.id}/group/members/${member.body.id}`).expect(204);
    await cast.as.navOutside.get(`/tasks/${task.id}`).expect(404);
  });
});
