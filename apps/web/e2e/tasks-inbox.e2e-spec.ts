import type { Browser } from 'playwright-core';
import { apiGet, apiPost } from './support/api';
import { launchBrowser } from './support/browser';
import { expectNoSeriousA11yViolations, mainNavigation, openFromNav } from './support/pages';
import { addGroupMember, DEMO_NAMES, registerParticipant, signedIn, type Actor } from './support/triangle';

/**
 * Tasks the consultant gave, under their own tab, each linking to its participant; the task's events read in words
 * on the participant's timeline. The assignee's navigation counts the unread notifications until they are read.
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
