import { NotificationListSchema, UnreadCountSchema } from '@ankomst/contracts';
import { createPerson, createUser, signIn } from '../support/factories';
import type { TestApp } from '../support/test-app';
import {
  castClient,
  matrixRows,
  startWithTriangleCast,
  type AccessMatrix,
  type TriangleCast,
} from '../support/triangle-fixtures';

/** The inbox: what concerns me, unread first, marked read one by one or all at once; nobody reads another's. */
let app: TestApp;
let cast: TriangleCast;

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ env: { JOBS_ENABLED: false } }));
});
afterAll(() => app?.close());

const client = (who: string) => castClient(app, cast, who);

async function notify(
  userId: string,
  kind: string,
  extra: { personId?: string; createdAt?: Date; readAt?: Date } = {},
) {
  return app.prisma.notification.create({
    data: { municipalityId: cast.municipalityId, userId, kind, params: { title: kind }, ...extra },
  });
}

describe('access matrix', () => {
  const every: AccessMatrix = {
    consultant: 200,
    navInGroup: 200,
    teacherInGroup: 200,
    navOutside: 200,
    teacherOutside: 200,
    manager: 200,
    admin: 200,
    otherMunicipality: 200,
    anonymous: 401,
  };
  it.each(matrixRows(every))('GET /notifications: %s gets %i', async (who, status) => {
    expect((await (await client(who)).get('/notifications')).status).toBe(status);
  });
  it.each(matrixRows(every))('GET /notifications/unread-count: %s gets %i', async (who, status) => {
    expect((await (await client(who)).get('/notifications/unread-count')).status).toBe(status);
  });
  it.each(
    matrixRows({
      ...every,
      consultant: 204,
      navInGroup: 204,
      teacherInGroup: 204,
      navOutside: 204,
      teacherOutside: 204,
      manager: 204,
      admin: 204,
      otherMunicipality: 204,
    }),
  )('POST /notifications/read-all: %s gets %i', async (who, status) => {
    expect((await (await client(who)).post('/notifications/read-all')).status).toBe(status);
  });

  it.each(
    matrixRows({
      ...every,
      consultant: 204,
      navInGroup: 404,
      teacherInGroup: 404,
      navOutside: 404,
      teacherOutside: 404,
      manager: 404,
      admin: 404,
      otherMunicipality: 404,
    }),
  )("POST /notifications/:id/read on the consultant's notification: %s gets %i", async (who, status) => {
    const n = await notify(cast.users.consultant.id, 'task.assigned');
    expect((await (await client(who)).post(`/notifications/${n.id}/read`)).status).toBe(status);
    const after = await app.prisma.notification.findUniqueOrThrow({ where: { id: n.id } });
    expect(after.readAt !== null).toBe(status === 204);
  });
});

describe('inbox', () => {
  it('lists only mine, unread first (newest first), with the count of unread', async () => {
    const user = await createUser(app.prisma, cast.municipalityId, { roles: ['NAV_ADVISER'] });
    const me = await signIn(app, user.email, user.password);
    const oldUnread = await notify(user.id, 'meeting.scheduled', { createdAt: new Date('2026-01-01T10:00:00Z') });
    const read = await notify(user.id, 'task.assigned', {
      createdAt: new Date('2026-01-05T10:00:00Z'),
      readAt: new Date('2026-01-06T10:00:00Z'),
    });
    const newUnread = await notify(user.id, 'task.assigned', { createdAt: new Date('2026-01-03T10:00:00Z') });
    await notify(cast.users.navInGroup.id, 'task.assigned');
    const list = NotificationListSchema.parse((await me.get('/notifications').expect(200)).body);
    expect(list.items.map((n) => n.id)).toEqual([newUnread.id, oldUnread.id, read.id]);
    expect(list.unread).toBe(2);
    expect(UnreadCountSchema.parse((await me.get('/notifications/unread-count').expect(200)).body)).toEqual({
      unread: 2,
    });
    const unreadOnly = NotificationListSchema.parse((await me.get('/notifications?unreadOnly=true').expect(200)).body);
    expect(unreadOnly.items.map((n) => n.id)).toEqual([newUnread.id, oldUnread.id]);

    await me.post(`/notifications/${oldUnread.id}/read`).expect(204);
    await me.post(`/notifications/${oldUnread.id}/read`).expect(204);
    expect((await me.get('/notifications/unread-count').expect(200)).body).toEqual({ unread: 1 });
    await me.post('/notifications/read-all').expect(204);
    expect((await me.get('/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
  });

  it("shows the person's name only while I may see the person", async () => {
    const person = await createPerson(app.prisma, cast.municipalityId);
    const user = await createUser(app.prisma, cast.municipalityId, { roles: ['NAV_ADVISER'] });
    const me = await signIn(app, user.email, user.password);
    await notify(user.id, 'task.assigned', { personId: person.id });
    const outside = NotificationListSchema.parse((await me.get('/notifications').expect(200)).body);
    expect(outside.items[0]).toMatchObject({ personId: person.id, personName: null });
    await cast.as.consultant
      .post(`/persons/${person.id}/group/members`, { role: 'NAV_ADVISER', userId: user.id })
      .expect(201);
    const inside = NotificationListSchema.parse((await me.get('/notifications').expect(200)).body);
    expect(inside.items[0]?.personName).toBe(`${person.firstName} ${person.lastName}`);
  });

  it('a new task and a scheduled meeting reach the inbox of the people concerned', async () => {
    const res = await cast.as.consultant
      .post('/tasks', {
        personId: cast.person.id,
        title: 'Meld på jobbsøkerkurs',
        assigneeId: cast.users.navInGroup.id,
        dueDate: '2026-06-01',
      })
      .expect(201);
    await cast.as.navInGroup
      .post(`/persons/${cast.person.id}/meetings`, { scheduledAt: '2026-06-10T12:00:00+02:00' })
      .expect(201);
    const nav = NotificationListSchema.parse(
      (await cast.as.navInGroup.get('/notifications?pageSize=200').expect(200)).body,
    );
    expect(
      nav.items.find((n) => n.kind === 'task.assigned' && n.params.title === 'Meld på jobbsøkerkurs'),
    ).toMatchObject({ link: '/oppgaver', personId: cast.person.id });
    const consultant = NotificationListSchema.parse(
      (await cast.as.consultant.get('/notifications?pageSize=200').expect(200)).body,
    );
    expect(
      consultant.items.some(
        (n) => n.kind === 'meeting.scheduled' && n.params.scheduledByName === cast.users.navInGroup.name,
      ),
    ).toBe(true);
    const teacher = NotificationListSchema.parse(
      (await cast.as.teacherInGroup.get('/notifications?pageSize=200').expect(200)).body,
    );
    expect(teacher.items.some((n) => n.kind === 'meeting.scheduled')).toBe(true);
    expect(res.body.assignee.id).toBe(cast.users.navInGroup.id);
  });
});
