import type { Browser } from 'playwright-core';
import { apiGet, apiPost } from './support/api';
import { launchBrowser } from './support/browser';
import { errorSummaryText, expectNoSeriousA11yViolations, mainNavigation, openFromNav } from './support/pages';
import {
  addGroupMember,
  DEMO_NAMES,
  openParticipantPage,
  registerParticipant,
  signedIn,
  type Actor,
} from './support/triangle';

/**
 * Tasks the consultant gave, under their own tab, each linking to its participant; the task's events read in words
 * on the participant's timeline. The assignee's navigation counts the unread notifications until they are read.
 * "Ny oppgave" on the participant page: the consultant asks the Nav adviser in the participant's responsibility
 * group to check a benefit; a missing title and the server's refusal of an assignee are named; the task then shows
 * under the consultant's "Oppgaver jeg har gitt" and the Nav adviser's tasks and inbox.
 */
let browser: Browser;
let consultant: Actor;
let nav: Actor;

beforeAll(async () => {
  browser = await launchBrowser();
  [consultant, nav] = await Promise.all([signedIn(browser, 'CONSULTANT'), signedIn(browser, 'NAV_ADVISER')]);
});
afterAll(async () => {
  await Promise.all([consultant, nav].map((a) => a?.context.close()));
  await browser?.close();
});

it('a task given to Nav: under "Oppgaver jeg har gitt", linked to the participant, counted in Nav\'s navigation', async () => {
  const lastName = `Oppgave${Date.now() % 100000}`;
  const personId = await registerParticipant(consultant, { firstName: 'Samir', lastName });
  await addGroupMember(consultant, personId, 'NAV_ADVISER', DEMO_NAMES.NAV_ADVISER);
  const navUser = await apiGet<{ id: string }>(nav.page, '/auth/me');
  const title = `Ring Samir om praksisplass ${lastName}`;
  await apiPost(consultant.page, '/tasks', { personId, title, assigneeId: navUser.id, dueDate: '2026-12-24' });

  const { page } = consultant;
  await openFromNav(page, 'Oppgaver');
  await page.getByRole('tab', { name: 'Oppgaver jeg har gitt' }).click();
  await page.waitForURL((url) => url.searchParams.get('visning') === 'gitt');
  const given = page.getByRole('table', { name: 'Oppgaver jeg har gitt' });
  const row = given.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
  await row.getByRole('cell', { name: DEMO_NAMES.NAV_ADVISER }).waitFor();
  await expectNoSeriousA11yViolations(page);

  // Back and forth between the tabs: each shows its own list.
  await page.getByRole('tab', { name: 'Mine oppgaver' }).click();
  await page.getByRole('table', { name: 'Oppgaver tildelt meg' }).or(page.getByText('Ingen oppgaver her.')).waitFor();
  expect(await page.getByRole('rowheader', { name: title }).count()).toBe(0);
  await page.getByRole('tab', { name: 'Oppgaver jeg har gitt' }).click();
  await row.waitFor();

  // The participant's name links to the participant page, whose timeline tells of the task in words.
  await row.getByRole('link', { name: `Samir ${lastName}` }).click();
  await page.waitForURL((url) => url.pathname === `/deltakere/${personId}`);
  await page.getByText(`Oppgave opprettet: gitt til ${DEMO_NAMES.NAV_ADVISER}`).waitFor();

  // Nav's inbox link counts the unread notifications (the new task among them), in a polite live region.
  const { unread } = await apiGet<{ unread: number }>(nav.page, '/notifications/unread-count');
  expect(unread).toBeGreaterThan(0);
  const polls: (string | undefined)[] = [];
  nav.page.on('request', (req) => {
    if (req.url().endsWith('/notifications/unread-count')) polls.push(req.headers()['x-background-request']);
  });
  await nav.page.goto('/');
  const inboxLink = mainNavigation(nav.page).getByRole('link', {
    name: `Innboks (${unread} ${unread === 1 ? 'ulest' : 'uleste'})`,
    exact: true,
  });
  await inboxLink.waitFor();
  expect(await inboxLink.locator('[aria-live="polite"]').count()).toBe(1);
  await expectNoSeriousA11yViolations(nav.page);
  await inboxLink.click();
  await nav.page.getByText(`Ny oppgave fra ${DEMO_NAMES.CONSULTANT}: ${title}`).waitFor();
  await nav.page.getByRole('button', { name: 'Merk alle som lest' }).click();
  await mainNavigation(nav.page).getByRole('link', { name: 'Innboks', exact: true }).waitFor();
  // The count is asked for as a background request, which the server does not count as activity.
  expect(polls.length).toBeGreaterThanOrEqual(2);
  expect(new Set(polls)).toEqual(new Set(['1']));
});

const focusedId = (actor: Actor) => actor.page.evaluate(() => document.activeElement?.id ?? '');

it('the consultant gives the Nav adviser a task from the participant page; Nav sees it in tasks and inbox', async () => {
  const lastName = `Nyoppgave${Date.now() % 100000}`;
  const personId = await registerParticipant(consultant, { firstName: 'Amina', lastName });
  await addGroupMember(consultant, personId, 'NAV_ADVISER', DEMO_NAMES.NAV_ADVISER);
  const { page } = consultant;
  await openParticipantPage(consultant, personId);

  // The dialog opens on its first field, which offers those who may see the participant, with their service.
  const opener = page.getByRole('button', { name: 'Ny oppgave', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: `Ny oppgave om Amina ${lastName}` });
  const assignee = dialog.getByLabel('Hvem skal gjøre oppgaven', { exact: true });
  const navOption = `${DEMO_NAMES.NAV_ADVISER} (Nav)`;
  await assignee.locator('option', { hasText: navOption }).waitFor({ state: 'attached' });
  await assignee.locator('option', { hasText: `${DEMO_NAMES.CONSULTANT} (Flyktningtjenesten, deg selv)` }).waitFor({
    state: 'attached',
  });
  expect(await focusedId(consultant)).toBe('new-task-assigneeId');
  await expectNoSeriousA11yViolations(page);

  // Without a title: the error summary takes focus and names the field, which is marked invalid.
  await assignee.selectOption({ label: navOption });
  await dialog.getByRole('button', { name: 'Gi oppgaven', exact: true }).click();
  expect(await errorSummaryText(page)).toContain('Skriv en tittel på oppgaven');
  const title = dialog.getByLabel('Tittel', { exact: true });
  expect(await title.getAttribute('aria-invalid')).toBe('true');
  await expectNoSeriousA11yViolations(page);

  const taskTitle = `Sjekk sosialhjelp for Amina ${lastName}`;
  await dialog.getByRole('link', { name: 'Skriv en tittel på oppgaven' }).click();
  expect(await focusedId(consultant)).toBe('new-task-title');
  await title.fill(taskTitle);
  await dialog.getByLabel('Beskrivelse', { exact: true }).fill('Hun har søkt, men ikke fått svar.');
  await dialog.getByLabel('Frist', { exact: true }).fill('2026-12-18');

  // The server's refusal is shown on its field: here the API's answer when the assignee lost access meanwhile.
  await page.route('**/api/v1/tasks', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        issues: [{ path: 'assigneeId', code: 'assignee_not_allowed', message: 'The assignee must be …' }],
        requestId: 'e2e',
      }),
    }),
  );
  await dialog.getByRole('button', { name: 'Gi oppgaven', exact: true }).click();
  expect(await errorSummaryText(page)).toContain('Personen du valgte har ikke lenger tilgang til deltakeren');
  expect(await assignee.getAttribute('aria-invalid')).toBe('true');
  await page.unroute('**/api/v1/tasks');
  await dialog.getByRole('button', { name: 'Gi oppgaven', exact: true }).click();

  // Confirmed on the page; focus is back on the button that opened the dialog; the timeline tells of it.
  await page.getByText(`Oppgaven «${taskTitle}» er gitt til ${DEMO_NAMES.NAV_ADVISER}.`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Ny oppgave');
  await page.getByText(`Oppgave opprettet: gitt til ${DEMO_NAMES.NAV_ADVISER}`).waitFor();

  // The consultant finds it under "Oppgaver jeg har gitt".
  await openFromNav(page, 'Oppgaver');
  await page.getByRole('tab', { name: 'Oppgaver jeg har gitt' }).click();
  await page
    .getByRole('table', { name: 'Oppgaver jeg har gitt' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: taskTitle }) })
    .getByRole('cell', { name: DEMO_NAMES.NAV_ADVISER })
    .waitFor();

  // The Nav adviser has it among their tasks, and in the inbox.
  await openFromNav(nav.page, 'Oppgaver');
  await nav.page
    .getByRole('table', { name: 'Oppgaver tildelt meg' })
    .getByRole('row')
    .filter({ has: nav.page.getByRole('rowheader', { name: taskTitle }) })
    .getByRole('cell', { name: DEMO_NAMES.CONSULTANT })
    .waitFor();
  // The inbox asks again every time it opens, although the Nav adviser read it moments ago (in the test above).
  await openFromNav(nav.page, 'Innboks');
  await nav.page.getByText(`Ny oppgave fra ${DEMO_NAMES.CONSULTANT}: ${taskTitle}`).waitFor();
});
