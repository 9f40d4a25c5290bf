import { NotificationListSchema } from '@ankomst/contracts';
import { addDays } from '@ankomst/regimes';
import { DEADLINE_REMINDER_QUEUE, JobRunner } from '../../src/modules/jobs/job-runner.service';
import { osloDate } from '../../src/core/clock/clock';
import { createMunicipality, createPerson, createUser, signIn } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The deadline reminders: a scheduled job on pg-boss (PostgreSQL) that tells a programme's consultant when the
 * nearest statutory deadline is close, or has passed unmet. Two API instances on one database run it at the same
 * moment: each reminder is still sent once.
 */
let a: TestApp;
let b: TestApp;

beforeAll(async () => {
  a = await startTestApp({ JOBS_ENABLED: true, DEADLINE_REMINDER_DAYS: 14 });
  b = await startTestApp({ JOBS_ENABLED: true, DEADLINE_REMINDER_DAYS: 14, DATABASE_URL: a.databaseUrl });
}, 60000);
afterAll(async () => {
  await b?.close();
  await a?.close();
});

const today = osloDate(new Date());
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function programme(
  municipalityId: string,
  consultantId: string | null,
  deadline: string | null,
  status: 'ACTIVE' | 'COMPLETED' = 'ACTIVE',
  caseworkerId?: string,
) {
  const person = await createPerson(a.prisma, municipalityId);
  if (caseworkerId) await a.prisma.person.update({ where: { id: person.id }, data: { caseworkerId } });
  return a.prisma.programme.create({
    data: {
      municipalityId,
      personId: person.id,
      derivedRegime: 'INTEGRERINGSLOVEN',
      evaluation: {},
      evaluatedOn: date(today),
      status,
      consultantId,
      nextDeadlineDate: deadline ? date(deadline) : null,
      nextDeadlineKind: deadline ? 'PROGRAMME_START' : null,
    },
  });
}

it('every instance with jobs enabled registers the daily schedule in pg-boss', async () => {
  for (const app of [a, b]) {
    const runner = app.app.get(JobRunner);
    expect(runner.running).toBe(true);
    expect((await runner.schedules()).map((s) => [s.name, s.cron])).toEqual([[DEADLINE_REMINDER_QUEUE, '0 6 * * *']]);
  }
});

it('runs once with two API instances: one notification per deadline, to the right consultant', async () => {
  const kommune = await createMunicipality(a.prisma);
  const other = await createMunicipality(a.prisma);
  const consultant = await createUser(a.prisma, kommune.id, { roles: ['CONSULTANT'] });
  const caseworker = await createUser(a.prisma, kommune.id, { roles: ['CONSULTANT'] });
  const foreign = await createUser(a.prisma, other.id, { roles: ['CONSULTANT'] });
  const departed = await createUser(a.prisma, kommune.id, { roles: ['CONSULTANT'], active: false });
  const navOutsideGroup = await createUser(a.prisma, kommune.id, { roles: ['NAV_ADVISER'] });
  // Boundaries of the 14-day window: today and today+14 are in; yesterday and today+15 are out.
  const dueToday = await programme(kommune.id, consultant.id, today);
  const dueLastDay = await programme(kommune.id, consultant.id, addDays(today, 14));
  await programme(kommune.id, consultant.id, addDays(today, 15));
  await programme(kommune.id, consultant.id, null);
  await programme(kommune.id, consultant.id, addDays(today, 3), 'COMPLETED');
  // Passed unmet: yesterday and 30 days ago are overdue reminders; 31 days ago is too old (no flood on install).
  const overdueYesterday = await programme(kommune.id, consultant.id, addDays(today, -1));
  const overdueMonth = await programme(kommune.id, consultant.id, addDays(today, -30));
  await programme(kommune.id, consultant.id, addDays(today, -31));
  await programme(kommune.id, consultant.id, addDays(today, -2), 'COMPLETED');
  // Without a programme consultant, the person's caseworker is told; another municipality's consultant their own.
  const viaCaseworker = await programme(kommune.id, null, addDays(today, 5), 'ACTIVE', caseworker.id);
  const foreignProgramme = await programme(other.id, foreign.id, addDays(today, 7));
  // Only active users with need-to-know: a deactivated consultant's reminder goes to the caseworker, and nobody
  // is told when the only other candidate may not see the person.
  const departedWithCaseworker = await programme(kommune.id, departed.id, addDays(today, -3), 'ACTIVE', caseworker.id);
  await programme(kommune.id, departed.id, addDays(today, 4));
  await programme(kommune.id, departed.id, addDays(today, 4), 'ACTIVE', navOutsideGroup.id);
  await programme(kommune.id, navOutsideGroup.id, addDays(today, -4));

  const runA = a.app.get(JobRunner);
  const runB = b.app.get(JobRunner);
  const [first, second] = await Promise.all([runA.runNow(), runB.runNow()]);
  expect(first.notified + second.notified).toBe(7);
  // And again later the same day (a cron retry, a third instance): nothing new.
  const [third, fourth] = await Promise.all([runB.runNow(), runA.runNow()]);
  expect(third.notified + fourth.notified).toBe(0);

  const inKommunes = { municipalityId: { in: [kommune.id, other.id] } };
  const rows = await a.prisma.notification.findMany({ where: { kind: 'deadline.approaching', ...inKommunes } });
  const byProgramme = rows.map((r) => r.dedupeKey?.split(':')[1]).sort();
  expect(byProgramme).toEqual([dueToday.id, dueLastDay.id, viaCaseworker.id, foreignProgramme.id].sort());
  expect(rows.find((r) => r.dedupeKey?.includes(viaCaseworker.id))?.userId).toBe(caseworker.id);
  expect(rows.find((r) => r.dedupeKey?.includes(foreignProgramme.id))).toMatchObject({
    userId: foreign.id,
    municipalityId: other.id,
  });
  const overdue = await a.prisma.notification.findMany({ where: { kind: 'deadline.overdue', ...inKommunes } });
  expect(overdue.map((r) => [r.dedupeKey?.split(':')[1], r.userId]).sort()).toEqual(
    [
      [overdueYesterday.id, consultant.id],
      [overdueMonth.id, consultant.id],
      [departedWithCaseworker.id, caseworker.id],
    ].sort(),
  );
  expect(new Set(overdue.map((r) => r.dedupeKey)).size).toBe(3);
  expect(await a.prisma.notification.count({ where: { userId: { in: [departed.id, navOutsideGroup.id] } } })).toBe(0);

  // The consultant sees them in the inbox, with the days left or past.
  const inbox = NotificationListSchema.parse(
    (await (await signIn(b, consultant.email, consultant.password)).get('/notifications').expect(200)).body,
  );
  const days = (kind: string, param: string) =>
    inbox.items
      .filter((n) => n.kind === kind)
      .map((n) => n.params[param])
      .sort();
  expect(days('deadline.approaching', 'daysLeft')).toEqual([0, 14]);
  expect(days('deadline.overdue', 'daysOverdue')).toEqual([1, 30]);
  expect(
    inbox.items.every((n) => n.params.deadlineKind === 'PROGRAMME_START' && n.link === `/deltakere/${n.personId}`),
  ).toBe(true);
});

it('jobs put on the queue by both instances are worked by pg-boss workers: still one reminder', async () => {
  const kommune = await createMunicipality(a.prisma);
  const consultant = await createUser(a.prisma, kommune.id, { roles: ['CONSULTANT'] });
  await programme(kommune.id, consultant.id, addDays(today, 2));
  await programme(kommune.id, consultant.id, addDays(today, -5));
  const ids = await Promise.all([a.app.get(JobRunner).enqueueNow(), b.app.get(JobRunner).enqueueNow()]);
  expect(ids.every((id) => typeof id === 'string')).toBe(true);
  const completed = async () =>
    (
      await a.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'completed'`,
        DEADLINE_REMINDER_QUEUE,
        ids,
      )
    )[0]?.n ?? 0;
  const deadline = Date.now() + 20_000;
  while ((await completed()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  expect(await completed()).toBe(2);
  expect(await a.prisma.notification.count({ where: { userId: consultant.id, kind: 'deadline.approaching' } })).toBe(1);
  expect(await a.prisma.notification.count({ where: { userId: consultant.id, kind: 'deadline.overdue' } })).toBe(1);
}, 30_000);

it('a moved deadline is a new reminder', async () => {
  const kommune = await createMunicipality(a.prisma);
  const consultant = await createUser(a.prisma, kommune.id, { roles: ['CONSULTANT'] });
  const p = await programme(kommune.id, consultant.id, addDays(today, 10));
  await a.app.get(JobRunner).runNow();
  await a.prisma.programme.update({ where: { id: p.id }, data: { nextDeadlineDate: date(addDays(today, 12)) } });
  await Promise.all([a.app.get(JobRunner).runNow(), b.app.get(JobRunner).runNow()]);
  expect(await a.prisma.notification.count({ where: { userId: consultant.id, kind: 'deadline.approaching' } })).toBe(2);
});

it('the window is configurable (DEADLINE_REMINDER_DAYS)', async () => {
  const c = await startTestApp({ JOBS_ENABLED: false, DEADLINE_REMINDER_DAYS: 30, DATABASE_URL: a.databaseUrl });
  try {
    const kommune = await createMunicipality(a.prisma);
    const consultant = await createUser(a.prisma, kommune.id, { roles: ['CONSULTANT'] });
    await programme(kommune.id, consultant.id, addDays(today, 25));
    await a.app.get(JobRunner).runNow();
    expect(await a.prisma.notification.count({ where: { userId: consultant.id } })).toBe(0);
    expect(c.app.get(JobRunner).running).toBe(false);
    await c.app.get(JobRunner).runNow();
    expect(await a.prisma.notification.count({ where: { userId: consultant.id } })).toBe(1);
  } finally {
    await c.close();
  }
});
