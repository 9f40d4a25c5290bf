import type { Page } from 'playwright-core';
import { apiGet, apiPatch } from './support/api';
import { sessionPerTest } from './support/browser';
import { participantSection, uniqueFamilyName } from './support/households';
import {
  DEMO_USERS,
  errorSummaryText,
  expectNoSeriousA11yViolations,
  mainNavigation,
  pageHeading,
  signIn,
  signOut,
} from './support/pages';
import { settledParticipantWithProgramme } from './support/programmes';
import { createColleague } from './support/users';

/**
 * Caseload (issue 3): consultant A moves a participant's programme to colleague B with "Bytt programrådgiver" (a
 * keyboard-usable dialog); the programme leaves A's own caseload and enters B's, and B finds a notice in the inbox.
 * Axe on the dialog and on every page.
 */
const fixture = sessionPerTest();

const DEMO_CONSULTANT_NAME = 'Kari Konsulent';

/** "Mine deltakere" with "Bare mine deltakere" and a name search, as a bookmarkable address. */
async function ownCaseload(page: Page, lastName: string): Promise<void> {
  await page.goto(`/mine-deltakere?mine=ja&sok=${encodeURIComponent(lastName)}`);
  expect(await pageHeading(page)).toBe('Mine deltakere');
}

describe('changing the programme consultant', () => {
  it('A moves the programme to colleague B; B has it in the caseload and a notice in the inbox', async () => {
    const { page } = fixture.session;
    const colleague = await createColleague(page, 'Bente Bytte');
    await signIn(page, DEMO_USERS.CONSULTANT);
    const name = { firstName: 'Samir', lastName: uniqueFamilyName('Khalil') };
    const personId = await settledParticipantWithProgramme(page, name);
    await page.goto(`/deltakere/${personId}`);
    await page.getByRole('heading', { level: 1, name: `${name.firstName} ${name.lastName}` }).waitFor();
    const programme = participantSection(page, 'Introduksjonsprogram');
    await programme.getByText(DEMO_CONSULTANT_NAME, { exact: true }).waitFor();

    // The dialog opens from the keyboard, is named by its heading, and offers the other active consultants.
    const open = programme.getByRole('button', { name: 'Bytt programrådgiver', exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Bytt programrådgiver' });
    await dialog.getByText(`Programrådgiver nå: ${DEMO_CONSULTANT_NAME}.`).waitFor();
    const select = dialog.getByLabel('Ny programrådgiver', { exact: true });
    await select.getByRole('option', { name: colleague.name, exact: true }).waitFor({ state: 'attached' });
    expect(await select.getByRole('option', { name: DEMO_CONSULTANT_NAME, exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    // Saving without a choice names the field; then choose B and save.
    await dialog.getByRole('button', { name: 'Bytt programrådgiver', exact: true }).click();
    expect(await errorSummaryText(page)).toContain('Velg en programrådgiver');
    await select.selectOption({ label: colleague.name });
    await dialog.getByRole('button', { name: 'Bytt programrådgiver', exact: true }).click();
    await programme.getByText(`${colleague.name} er nå programrådgiver.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    // Focus goes back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bytt programrådgiver');
    await programme.getByText(colleague.name, { exact: true }).waitFor();
    await participantSection(page, 'Tidslinje').getByText(`Programrådgiver endret til ${colleague.name}`).waitFor();
    await expectNoSeriousA11yViolations(page);

    // No longer in A's own caseload.
    await ownCaseload(page, name.lastName);
    await page.getByText('Ingen deltakere passer med søket.').waitFor();

    // B signs in: the participant is in B's own caseload, marked as B's.
    await signOut(page);
    await signIn(page, colleague.email);
    await ownCaseload(page, name.lastName);
    const table = page.getByRole('table', { name: 'Deltakere med regelverk, status og neste frist' });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `${name.lastName}, ${name.firstName}` }) });
    await row.getByText(colleague.name).waitFor();
    await row.getByText('(din deltaker)').waitFor({ state: 'attached' });
    await expectNoSeriousA11yViolations(page);

    // The inbox tells B who made the change and about whom; "Åpne" leads to the participant.
    await mainNavigation(page)
      .getByRole('link', { name: /^Innboks/ })
      .click();
    expect(await pageHeading(page)).toBe('Innboks');
    const notice = page
      .getByRole('listitem')
      .filter({ hasText: `${DEMO_CONSULTANT_NAME} har gjort deg til programrådgiver for et introduksjonsprogram` });
    await notice.getByText(`${name.firstName} ${name.lastName}`, { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await notice.getByRole('button', { name: 'Åpne', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${name.firstName} ${name.lastName}` }).waitFor();
  });

  it('a manager rebalances: someone else moved it first, so the dialog reloads and the manager chooses again', async () => {
    const { page } = fixture.session;
    const colleague = await createColleague(page, 'Mona Midlertidig');
    await signIn(page, DEMO_USERS.CONSULTANT);
    const name = { firstName: 'Rania', lastName: uniqueFamilyName('Haddad') };
    const personId = await settledParticipantWithProgramme(page, name);
    await signOut(page);

    await signIn(page, DEMO_USERS.MANAGER);
    await page.goto(`/deltakere/${personId}`);
    const programme = participantSection(page, 'Introduksjonsprogram');
    await programme.getByText(DEMO_CONSULTANT_NAME, { exact: true }).waitFor();
    // A manager moves programmes but does not edit them.
    expect(await programme.getByText('Endre programopplysninger', { exact: true }).count()).toBe(0);
    await programme.getByRole('button', { name: 'Bytt programrådgiver', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Bytt programrådgiver' });
    await dialog.getByLabel('Ny programrådgiver', { exact: true }).selectOption({ label: colleague.name });

    // Meanwhile someone else gives the programme to the colleague: saving now is refused, nothing is lost silently.
    const [current] = (
      await apiGet<{ items: { id: string; version: number }[] }>(page, `/persons/${personId}/programmes`)
    ).items;
    if (!current) throw new Error('The participant has no programme');
    const colleagueId = (
      await apiGet<{ items: { id: string; name: string }[] }>(page, `/programmes/${current.id}/consultant-candidates`)
    ).items.find((c) => c.name === colleague.name)?.id;
    await apiPatch(page, `/programmes/${current.id}`, { consultantId: colleagueId, version: current.version });
    await dialog.getByRole('button', { name: 'Bytt programrådgiver', exact: true }).click();
    await dialog.getByText(/Noen andre har endret programmet etter at du åpnet skjemaet/).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Reloading shows who holds it now; the manager gives it back to Kari.
    await dialog.getByRole('button', { name: 'Last inn på nytt', exact: true }).click();
    await dialog.getByText(`Programrådgiver nå: ${colleague.name}.`).waitFor();
    await dialog.getByLabel('Ny programrådgiver', { exact: true }).selectOption({ label: DEMO_CONSULTANT_NAME });
    await dialog.getByRole('button', { name: 'Bytt programrådgiver', exact: true }).click();
    await programme.getByText(`${DEMO_CONSULTANT_NAME} er nå programrådgiver.`).waitFor();
    const timeline = participantSection(page, 'Tidslinje');
    await timeline.getByText(`Programrådgiver endret til ${colleague.name}`).waitFor();
    await timeline.getByText(`Programrådgiver endret til ${DEMO_CONSULTANT_NAME}`).waitFor();
    await expectNoSeriousA11yViolations(page);
  });
});
