import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { playHandover } from './support/handover';
import { openFromNav } from './support/pages';
import {
  addGroupMember,
  completeTask,
  DEMO_NAMES,
  expectNoSeriousA11yViolations,
  openMeetingFromInbox,
  openParticipantPage,
  pageHeading,
  recordDecisionWithTask,
  recordMinutes,
  registerParticipant,
  scheduleTriangleMeeting,
  signedIn,
  type Actor,
} from './support/triangle';

/**
 * The triangle with three users in their own browsers: the consultant builds the responsibility group and plans a
 * meeting; the Nav adviser and the teacher see it; the minutes' decision becomes a task for Nav; Nav completes it;
 * the consultant hands the participant over to Nav, Nav asks a question, gets the answer and accepts.
 */
let browser: Browser;
let consultant: Actor;
let nav: Actor;
let teacher: Actor;

beforeAll(async () => {
  browser = await launchBrowser();
  [consultant, nav, teacher] = await Promise.all([
    signedIn(browser, 'CONSULTANT'),
    signedIn(browser, 'NAV_ADVISER'),
    signedIn(browser, 'TEACHER'),
  ]);
});
afterAll(async () => {
  await Promise.all([consultant, nav, teacher].map((a) => a?.context.close()));
  await browser?.close();
});

const SECRET = 'Mor har fått diagnose hos fastlegen; barnevernet følger opp.';
const TASK = 'Nav melder Amal på jobbsøkerkurs';

it('plays a meeting cycle across the refugee service, Nav and adult education', async () => {
  const lastName = `Haddad${Date.now() % 100000}`;
  const personId = await registerParticipant(consultant, { firstName: 'Amal', lastName });

  // The consultant builds the group and plans a triangle meeting.
  await addGroupMember(consultant, personId, 'NAV_ADVISER', DEMO_NAMES.NAV_ADVISER);
  await addGroupMember(consultant, personId, 'TEACHER', DEMO_NAMES.TEACHER);
  await openParticipantPage(consultant, personId);
  await consultant.page
    .getByRole('table', { name: 'Medlemmer i ansvarsgruppen' })
    .getByRole('rowheader', { name: DEMO_NAMES.TEACHER })
    .waitFor();
  await expectNoSeriousA11yViolations(consultant.page);
  const meetingId = await scheduleTriangleMeeting(consultant, personId, {
    date: '2026-12-10',
    time: '10:00',
    location: 'Rådhuset, møterom Ørnen',
    agenda: 'Norskopplæring, praksisplass og ønsker fra Amal',
  });
  expect(await pageHeading(consultant.page)).toMatch(/^Trekantmøte for Amal /);
  await expectNoSeriousA11yViolations(consultant.page);

  // The Nav adviser and the teacher are told, and open the meeting.
  for (const member of [nav, teacher]) {
    await openMeetingFromInbox(member, meetingId);
    expect(await pageHeading(member.page)).toMatch(/^Trekantmøte for Amal /);
    await member.page.getByText('Rådhuset, møterom Ørnen').waitFor();
    await member.page.getByText('Norskopplæring, praksisplass og ønsker fra Amal').waitFor();
    await expectNoSeriousA11yViolations(member.page);
  }
  // Membership opened the participant's page to Nav (need to know), where the meeting is listed.
  await openParticipantPage(nav, personId);
  await nav.page.getByRole('table', { name: 'Møter i ansvarsgruppen' }).getByRole('link').first().waitFor();

  // The consultant writes the minutes (with a restricted part) and a decision that becomes a task for Nav.
  await recordMinutes(consultant, meetingId, {
    minutes: 'Amal trives på norskkurset. Praksisplass i butikk fra januar.',
    restrictedMinutes: SECRET,
    present: [DEMO_NAMES.NAV_ADVISER, DEMO_NAMES.TEACHER],
  });
  await recordDecisionWithTask(consultant, { text: TASK, ownerName: DEMO_NAMES.NAV_ADVISER, dueDate: '2026-12-20' });
  await expectNoSeriousA11yViolations(consultant.page);

  // Nav and the teacher see the minutes but not the restricted part.
  for (const member of [nav, teacher]) {
    await member.page.goto(`/moter/${meetingId}`);
    await member.page.getByLabel('Referat', { exact: true }).waitFor();
    expect(await member.page.getByLabel('Referat', { exact: true }).inputValue()).toContain(
      'Praksisplass i butikk fra januar',
    );
    expect(await member.page.getByLabel('Skjermet referat (helse og familie)').count()).toBe(0);
    expect(await member.page.content()).not.toContain('barnevernet');
  }

  // Nav completes the task; the consultant is told.
  await completeTask(nav, TASK, 'Påmeldt kurs som starter 6. januar.');
  await openFromNav(consultant.page, 'Innboks');
  await consultant.page.getByText(`${DEMO_NAMES.NAV_ADVISER} har utført oppgaven: ${TASK}`).waitFor();
  await expectNoSeriousA11yViolations(consultant.page);

  // The decision on the meeting page now shows the task as done.
  await consultant.page.goto(`/moter/${meetingId}`);
  await consultant.page.getByText(`Oppgave for ${DEMO_NAMES.NAV_ADVISER}`).filter({ hasText: 'utført' }).waitFor();

  // Before the programme ends the consultant hands Amal over to Nav; Nav asks, gets an answer and accepts.
  await playHandover(consultant.page, nav.page, personId, `Amal ${lastName}`);
});
