import { ApiErrorBodySchema, MeetingListSchema, MeetingSchema, TaskListSchema, type Meeting } from '@ankomst/contracts';
import request from 'supertest';
import { extractPdfText } from '../../src/modules/meetings/pdf-writer';
import { apiPath, type TestApp } from '../support/test-app';
import {
  castClient,
  matrixRows,
  startWithTriangleCast,
  type AccessMatrix,
  type TriangleCast,
} from '../support/triangle-fixtures';

/** Meetings of the responsibility group: schedule, minutes, attendance, decisions that become tasks, printable minutes. */
let app: TestApp;
let cast: TriangleCast;

beforeAll(async () => {
  ({ app, cast } = await startWithTriangleCast({ env: { JOBS_ENABLED: false } }));
});
afterAll(() => app?.close());

const client = (who: string) => castClient(app, cast, who);

async function schedule(body: object = {}): Promise<Meeting> {
  const res = await cast.as.consultant
    .post(`/persons/${cast.person.id}/meetings`, {
      type: 'TRIANGLE',
      scheduledAt: '2026-03-02T09:00:00+01:00',
      location: 'Rådhuset, møterom 2',
      agenda: 'Status norsk og praksis',
      interpreterNeeded: true,
      ...body,
    })
    .expect(201);
  return MeetingSchema.parse(res.body);
}

/** Reads a binary response (the PDF) as a Buffer. */
function binary(res: request.Response, callback: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

async function pdfText(who: keyof TriangleCast['as'], meetingId: string): Promise<string> {
  const res = await cast.as[who].get(`/meetings/${meetingId}/minutes.pdf`).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const body = res.body as Buffer;
  expect(body.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
  expect(body.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  return extractPdfText(body).join('\n');
}

describe('access matrix', () => {
  let meeting: Meeting;
  beforeAll(async () => {
    meeting = await schedule();
  });

  const read: AccessMatrix = {
    consultant: 200,
    navInGroup: 200,
    teacherInGroup: 200,
    navOutside: 404,
    teacherOutside: 404,
    otherMunicipality: 404,
    manager: 403,
    admin: 403,
    anonymous: 401,
  };
  it.each(matrixRows(read))('GET /persons/:personId/meetings: %s gets %i', async (who, status) => {
    const res = await (await client(who)).get(`/persons/${cast.person.id}/meetings`);
    expect(res.status).toBe(status);
    if (status === 200) expect(MeetingListSchema.parse(res.body).items.map((m) => m.id)).toContain(meeting.id);
  });
  it.each(matrixRows(read))('GET /meetings/:meetingId: %s gets %i', async (who, status) => {
    expect((await (await client(who)).get(`/meetings/${meeting.id}`)).status).toBe(status);
  });
  it.each(matrixRows(read))('GET /meetings/:meetingId/minutes.pdf: %s gets %i', async (who, status) => {
    expect((await (await client(who)).get(`/meetings/${meeting.id}/minutes.pdf`)).status).toBe(status);
  });

  const write: AccessMatrix = { ...read, consultant: 201, navInGroup: 201, teacherInGroup: 201 };
  it.each(matrixRows(write))('POST /persons/:personId/meetings: %s gets %i', async (who, status) => {
    const res = await (
      await client(who)
    ).post(`/persons/${cast.person.id}/meetings`, { scheduledAt: '2026-04-01T10:00:00+02:00' });
    expect(res.status).toBe(status);
  });
  it.each(matrixRows(write))('POST /meetings/:meetingId/decisions: %s gets %i', async (who, status) => {
    const res = await (await client(who)).post(`/meetings/${meeting.id}/decisions`, { text: `Vedtak fra ${who}` });
    expect(res.status).toBe(status);
  });
  it.each(matrixRows(read))('PATCH /meetings/:meetingId: %s gets %i', async (who, status) => {
    const current = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
    const res = await (
      await client(who)
    ).patch(`/meetings/${meeting.id}`, { version: current.version, minutes: `Skrevet av ${who}` });
    expect(res.status).toBe(status);
  });
});

describe('scheduling', () => {
  it('notifies the group members who are users (not the one scheduling) and writes the timeline', async () => {
    const before = await app.prisma.notification.count({ where: { kind: 'meeting.scheduled' } });
    const meeting = await schedule();
    expect(meeting).toMatchObject({
      type: 'TRIANGLE',
      status: 'PLANNED',
      location: 'Rådhuset, møterom 2',
      interpreterNeeded: true,
      personName: `${cast.person.firstName} ${cast.person.lastName}`,
    });
    expect(new Date(meeting.scheduledAt).toISOString()).toBe('2026-03-02T08:00:00.000Z');
    const notes = await app.prisma.notification.findMany({
      where: { kind: 'meeting.scheduled', link: `/moter/${meeting.id}` },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([cast.users.navInGroup.id, cast.users.teacherInGroup.id].sort());
    expect(await app.prisma.notification.count({ where: { kind: 'meeting.scheduled' } })).toBe(before + 2);
    expect(
      await app.prisma.timelineEvent.count({
        where: {
          personId: cast.person.id,
          kind: 'meeting.scheduled',
          params: { path: ['meetingId'], equals: meeting.id },
        },
      }),
    ).toBe(1);
  });

  it('names the invalid field', async () => {
    const res = await cast.as.consultant
      .post(`/persons/${cast.person.id}/meetings`, { scheduledAt: 'tomorrow', type: 'PARTY' })
      .expect(400);
    expect(
      ApiErrorBodySchema.parse(res.body)
        .issues?.map((i) => i.path)
        .sort(),
    ).toEqual(['scheduledAt', 'type']);
  });
});

describe('minutes, attendance and versions', () => {
  it('records attendance and minutes; a stale version gets 409 and changes nothing', async () => {
    const meeting = await schedule();
    const navMember = meeting.attendance.find((a) => a.role === 'NAV_ADVISER')!;
    const teacherMember = meeting.attendance.find((a) => a.role === 'TEACHER')!;
    const updated = MeetingSchema.parse(
      (
        await cast.as.navInGroup
          .patch(`/meetings/${meeting.id}`, {
            version: meeting.version,
            status: 'HELD',
            minutes: 'Gikk gjennom praksisplass.',
            nextMeetingAt: '2026-04-02T09:00:00+02:00',
            attendance: [
              { memberId: navMember.memberId, present: true },
              { memberId: teacherMember.memberId, present: false },
            ],
          })
          .expect(200)
      ).body,
    );
    expect(updated).toMatchObject({
      status: 'HELD',
      minutes: 'Gikk gjennom praksisplass.',
      version: meeting.version + 1,
    });
    expect(updated.attendance.find((a) => a.memberId === navMember.memberId)?.present).toBe(true);
    expect(updated.attendance.find((a) => a.memberId === teacherMember.memberId)?.present).toBe(false);
    expect(updated.nextMeetingAt).toBe('2026-04-02T07:00:00.000Z');

    const stale = await cast.as.teacherInGroup
      .patch(`/meetings/${meeting.id}`, { version: meeting.version, minutes: 'Overskriver' })
      .expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    const after = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
    expect(after.minutes).toBe('Gikk gjennom praksisplass.');
  });

  it('refuses attendance for someone outside the group, naming the entry', async () => {
    const meeting = await schedule();
    const res = await cast.as.consultant
      .patch(`/meetings/${meeting.id}`, {
        version: meeting.version,
        attendance: [
          { memberId: meeting.attendance[0]!.memberId, present: true },
          { memberId: '00000000-0000-4000-8000-000000000000', present: true },
        ],
      })
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['attendance.1.memberId']);
    const after = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
    expect(after.version).toBe(meeting.version);
  });
});

describe('restricted minutes (health and family)', () => {
  let meeting: Meeting;
  const SECRET = 'Barnevernet er involvert; mor har angstlidelse.';
  beforeAll(async () => {
    meeting = await schedule();
    const res = await cast.as.consultant
      .patch(`/meetings/${meeting.id}`, {
        version: meeting.version,
        minutes: 'Åpent referat: plan for språkpraksis på Bærøy skole.',
        restrictedMinutes: SECRET,
      })
      .expect(200);
    meeting = MeetingSchema.parse(res.body);
    await cast.as.consultant
      .post(`/meetings/${meeting.id}/decisions`, {
        text: 'Henvise familien til helsesøster (skjermet)',
        restricted: true,
      })
      .expect(201);
    await cast.as.consultant
      .post(`/meetings/${meeting.id}/decisions`, { text: 'Nav undersøker arbeidstrening' })
      .expect(201);
  });

  it('the consultant sees them', async () => {
    const body = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
    expect(body.restrictedMinutes).toBe(SECRET);
    expect(body.decisions.map((d) => d.restricted)).toEqual([true, false]);
  });

  it.each(['navInGroup', 'teacherInGroup'] as const)(
    '%s gets the field absent and no restricted decisions',
    async (who) => {
      const res = await cast.as[who].get(`/meetings/${meeting.id}`).expect(200);
      expect(res.body).not.toHaveProperty('restrictedMinutes');
      expect(JSON.stringify(res.body)).not.toContain('angstlidelse');
      expect(JSON.stringify(res.body)).not.toContain('helsesøster');
      expect(res.body.decisions.map((d: { text: string }) => d.text)).toEqual(['Nav undersøker arbeidstrening']);
    },
  );

  it.each(['navInGroup', 'teacherInGroup'] as const)(
    '%s cannot write them (403) or record a restricted decision',
    async (who) => {
      const current = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
      const write = await cast.as[who]
        .patch(`/meetings/${meeting.id}`, { version: current.version, restrictedMinutes: 'Overskrevet' })
        .expect(403);
      expect(write.body.code).toBe('MEETING_RESTRICTED_MINUTES_FORBIDDEN');
      await cast.as[who].post(`/meetings/${meeting.id}/decisions`, { text: 'Skjult', restricted: true }).expect(403);
      const after = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
      expect(after.restrictedMinutes).toBe(SECRET);
    },
  );

  it('the PDF is in Norwegian with æøå, and has the restricted part only for the consultant', async () => {
    const forConsultant = await pdfText('consultant', meeting.id);
    expect(forConsultant).toContain('Referat: Trekantmøte');
    expect(forConsultant).toContain('Åpent referat: plan for språkpraksis på Bærøy skole.');
    expect(forConsultant).toContain(SECRET);
    expect(forConsultant).toContain('Henvise familien til helsesøster (skjermet)');
    for (const who of ['navInGroup', 'teacherInGroup'] as const) {
      const text = await pdfText(who, meeting.id);
      expect(text).toContain('Åpent referat: plan for språkpraksis på Bærøy skole.');
      expect(text).toContain('Nav undersøker arbeidstrening');
      expect(text).not.toContain('angstlidelse');
      expect(text).not.toContain('Skjermet referat');
      expect(text).not.toContain('helsesøster');
    }
  });

  it('the PDF is not cached and its export is audited', async () => {
    const res = await request(app.url)
      .get(apiPath(`/meetings/${meeting.id}/minutes.pdf`))
      .set('Cookie', cast.as.navInGroup.cookie('ankomst.sid'))
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const events = await app.prisma.auditEvent.findMany({
      where: { operation: 'meetings.minutesPdf', actorId: cast.users.navInGroup.id },
    });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]!.fields).not.toContain('restrictedMinutes');
  });
});

describe('decisions that become tasks', () => {
  it('creates the task for a group member in the same transaction; the owner sees it and is notified', async () => {
    const meeting = await schedule();
    const res = await cast.as.consultant
      .post(`/meetings/${meeting.id}/decisions`, {
        text: 'Nav melder deltakeren på arbeidsrettet kurs',
        task: { assigneeId: cast.users.navInGroup.id, dueDate: '2026-03-20' },
      })
      .expect(201);
    const decision = MeetingSchema.parse(res.body).decisions.at(-1)!;
    expect(decision.task).toMatchObject({
      assigneeId: cast.users.navInGroup.id,
      assigneeName: cast.users.navInGroup.name,
      dueDate: '2026-03-20',
      status: 'OPEN',
    });
    const mine = TaskListSchema.parse((await cast.as.navInGroup.get('/tasks?view=mine').expect(200)).body);
    const task = mine.items.find((t) => t.id === decision.task!.id);
    expect(task).toMatchObject({
      title: 'Nav melder deltakeren på arbeidsrettet kurs',
      meetingId: meeting.id,
      createdBy: { id: cast.users.consultant.id },
    });
    expect(
      await app.prisma.notification.count({ where: { userId: cast.users.navInGroup.id, kind: 'task.assigned' } }),
    ).toBeGreaterThan(0);
  });

  it.each([
    ['navOutside', 'task.assigneeId'],
    ['otherMunicipality', 'task.assigneeId'],
  ] as const)(
    'refuses an owner outside the group (%s) with 400 naming %s, and records nothing',
    async (owner, field) => {
      const meeting = await schedule();
      const res = await cast.as.consultant
        .post(`/meetings/${meeting.id}/decisions`, {
          text: 'Ugyldig',
          task: { assigneeId: cast.users[owner].id, dueDate: '2026-03-20' },
        })
        .expect(400);
      expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual([field]);
      const after = MeetingSchema.parse((await cast.as.consultant.get(`/meetings/${meeting.id}`).expect(200)).body);
      expect(after.decisions).toHaveLength(0);
    },
  );

  it('gives a restricted decision only to the refugee service', async () => {
    const meeting = await schedule();
    const res = await cast.as.consultant
      .post(`/meetings/${meeting.id}/decisions`, {
        text: 'Skjermet oppfølging',
        restricted: true,
        task: { assigneeId: cast.users.navInGroup.id, dueDate: '2026-03-20' },
      })
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['task.assigneeId']);
    await cast.as.consultant
      .post(`/meetings/${meeting.id}/decisions`, {
        text: 'Skjermet oppfølging',
        restricted: true,
        task: { assigneeId: cast.users.consultant.id, dueDate: '2026-03-20' },
      })
      .expect(201);
  });
});
