import type { Browser } from 'playwright-core';
import { registerOnePersonHousehold } from './api';
import { newSession, type TestSession } from './browser';
import { DEMO_USERS, expectNoSeriousA11yViolations, openFromNav, pageHeading, signIn } from './pages';

/**
 * Reusable steps of the triangle flow (refugee service, Nav, adult education), each as a user does it in the
 * browser. `e2e/triangle.e2e-spec.ts` composes them; the Nav handover part of the flow adds its own steps after.
 */
export const DEMO_NAMES = {
  CONSULTANT: 'Kari Konsulent',
  NAV_ADVISER: 'Nils Navveileder',
  TEACHER: 'Line Lærer',
} as const;

export interface Actor extends TestSession {
  role: keyof typeof DEMO_USERS;
}

/** A browser context of its own, signed in as the demo user with this role. */
export async function signedIn(browser: Browser, role: keyof typeof DEMO_USERS): Promise<Actor> {
  const session = await newSession(browser);
  await signIn(session.page, DEMO_USERS[role]);
  return { ...session, role };
}

/** The consultant registers a one-person household (through the API) and gets the participant's id. */
export function registerParticipant(consultant: Actor, name: { firstName: string; lastName: string }): Promise<string> {
  return registerOnePersonHousehold(consultant.page, name, '1991-03-14');
}

/** The participant page shows the group and the meetings too. */
export async function openParticipantPage(actor: Actor, personId: string): Promise<void> {
  await actor.page.goto(`/deltakere/${personId}`);
  await actor.page.getByRole('heading', { level: 2, name: 'Ansvarsgruppe' }).waitFor();
  await actor.page.waitForLoadState('networkidle');
}

export async function openParticipantMeetings(actor: Actor, personId: string): Promise<void> {
  await actor.page.goto(`/deltakere/${personId}/moter`);
  await actor.page.getByRole('heading', { level: 1, name: 'Ansvarsgruppe og møter' }).waitFor();
  await actor.page.waitForLoadState('networkidle');
}

/** The consultant adds an Ankomst user to the responsibility group, choosing the role and the user by name. */
export async function addGroupMember(
  consultant: Actor,
  personId: string,
  role: 'NAV_ADVISER' | 'TEACHER' | 'CONSULTANT',
  userName: string,
): Promise<void> {
  const { page } = consultant;
  await openParticipantMeetings(consultant, personId);
  await page.getByLabel('Rolle', { exact: true }).selectOption(role);
  const user = page.getByLabel('Bruker', { exact: true });
  await user.locator('option', { hasText: userName }).waitFor({ state: 'attached' });
  await user.selectOption({ label: userName });
  await page.getByRole('button', { name: 'Legg til i gruppen' }).click();
  await page.getByText(`${userName} er lagt til i ansvarsgruppen.`).waitFor();
  await page
    .getByRole('table', { name: 'Medlemmer i ansvarsgruppen' })
    .getByRole('rowheader', { name: userName })
    .waitFor();
}

export interface MeetingPlan {
  date: string;
  time: string;
  location: string;
  agenda: string;
}

/** Schedules a triangle meeting from the participant's page; returns the new meeting's id (from its page's URL). */
export async function scheduleTriangleMeeting(actor: Actor, personId: string, plan: MeetingPlan): Promise<string> {
  const { page } = actor;
  await openParticipantMeetings(actor, personId);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel('Møtetype').selectOption('TRIANGLE');
  await page.getByLabel('Dato', { exact: true }).fill(plan.date);
  await page.getByLabel('Klokkeslett', { exact: true }).fill(plan.time);
  await page.getByLabel('Sted', { exact: true }).fill(plan.location);
  await page.getByLabel('Dagsorden', { exact: true }).fill(plan.agenda);
  await page.getByLabel('Tolk trengs').check();
  await page.getByRole('button', { name: 'Planlegg møtet' }).click();
  await page.waitForURL(/\/moter\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/** Opens the meeting from the "meeting planned" notification in the inbox, as a group member would. */
export async function openMeetingFromInbox(actor: Actor, meetingId: string): Promise<void> {
  const { page } = actor;
  await openFromNav(page, 'Innboks');
  await expectNoSeriousA11yViolations(page);
  const item = page.getByRole('listitem').filter({ hasText: 'har planlagt Trekantmøte' }).first();
  await item.getByRole('button', { name: 'Åpne' }).click();
  await page.waitForURL((url) => url.pathname === `/moter/${meetingId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
}

export interface Minutes {
  minutes: string;
  restrictedMinutes: string;
  present: string[];
}

/** The consultant records who came, the minutes and the restricted (health/family) minutes. */
export async function recordMinutes(consultant: Actor, meetingId: string, m: Minutes): Promise<void> {
  const { page } = consultant;
  await page.goto(`/moter/${meetingId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption('HELD');
  for (const name of m.present) await page.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }).check();
  await page.getByLabel('Referat', { exact: true }).fill(m.minutes);
  await page.getByLabel('Skjermet referat (helse og familie)').fill(m.restrictedMinutes);
  await page.getByRole('button', { name: 'Lagre referat' }).click();
  await page.getByText('Referatet er lagret.').waitFor();
}

/** A decision that becomes a task for a group member with a due date. */
export async function recordDecisionWithTask(
  actor: Actor,
  decision: { text: string; ownerName: string; dueDate: string },
): Promise<void> {
  const { page } = actor;
  await page.getByLabel('Vedtak', { exact: true }).fill(decision.text);
  await page.getByLabel('Lag oppgave av vedtaket').check();
  const owner = page.getByLabel('Ansvarlig', { exact: true });
  await owner.selectOption({ label: `${decision.ownerName} (Nav)` });
  await page.getByLabel('Frist', { exact: true }).fill(decision.dueDate);
  await page.getByRole('button', { name: 'Registrer vedtak' }).click();
  await page
    .getByRole('listitem')
    .filter({ hasText: decision.text })
    .filter({ hasText: `Oppgave for ${decision.ownerName}` })
    .waitFor();
}

/** The assignee finds the task under "Oppgaver" and marks it done with a comment. */
export async function completeTask(actor: Actor, title: string, comment: string): Promise<void> {
  const { page } = actor;
  await openFromNav(page, 'Oppgaver');
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: `Merk som utført: ${title}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Fullfør oppgave' });
  await dialog.getByLabel('Kommentar').fill(comment);
  await dialog.getByRole('button', { name: 'Merk som utført', exact: true }).click();
  await page.getByText(`Oppgaven «${title}» er utført.`).waitFor();
}

export { expectNoSeriousA11yViolations, pageHeading };
