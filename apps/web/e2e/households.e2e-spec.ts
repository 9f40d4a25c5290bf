import { sessionPerTest } from './support/browser';
import {
  fillHouseholdForm,
  gotoNewHousehold,
  HOUSEHOLD_TEXT,
  memberGroup,
  openParticipantFromHousehold,
  participantSection,
  registerHousehold,
  resettlementFamily,
  settleHousehold,
} from './support/households';
import { DEMO_USERS, errorSummaryText, expectNav, expectNoSeriousA11yViolations, signIn } from './support/pages';

const fixture = sessionPerTest();

describe('households and participants', () => {
  it('a consultant registers two adults and a child, settles them, and sees household and settlement on an adult’s page', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    await expectNav(page, [HOUSEHOLD_TEXT.nav]);
    await gotoNewHousehold(page);
    await expectNoSeriousA11yViolations(page);

    const family = resettlementFamily();
    const lastName = family.members[0]!.lastName;
    await page.goBack();
    await registerHousehold(page, family);
    await page.getByText(`${family.name} er registrert.`).waitFor();
    const members = page.getByRole('table', { name: /Medlemmer, alder per/ });
    for (const m of family.members) await members.getByRole('link', { name: `${m.firstName} ${lastName}` }).waitFor();
    await members.getByText('(barn)').waitFor();
    await expectNoSeriousA11yViolations(page);

    await settleHousehold(page);
    const history = page.getByRole('table', { name: 'Historikk' });
    await history.getByText('Ankommet → Bosatt').waitFor();
    expect(await history.getByRole('row').count()).toBe(5); // header + REQUESTED, ACCEPTED, ARRIVED, SETTLED
    await page.getByText('Husstanden har ingen flere steg i bosettingen.').waitFor();
    await expectNoSeriousA11yViolations(page);

    await openParticipantFromHousehold(page, `Omar ${lastName}`);
    const household = participantSection(page, 'Husstand');
    await household.getByRole('link', { name: family.name }).waitFor();
    await household.getByText('Hovedperson').waitFor();
    const settlement = participantSection(page, 'Bosetting');
    await settlement.getByText('Bosatt', { exact: true }).waitFor();
    await settlement.getByText('Kommunal bolig').waitFor();
    expect(await settlement.getByText('10.2.2026').count()).toBeGreaterThanOrEqual(2);
    const details = participantSection(page, 'Personopplysninger');
    await details.getByText('Overføringsflyktning (utl. § 35)').waitFor();
    const timeline = participantSection(page, 'Tidslinje');
    await timeline.getByText('Bosatt i kommunen (10.2.2026)').waitFor();
    await timeline.getByText('Registrert i en husstand som IMDi ber kommunen bosette').waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('names every missing field in the error summary and takes focus there; members are added with the keyboard', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    await gotoNewHousehold(page);

    // Keyboard only: focus "Legg til barn", press Enter, and the new member's first name has focus.
    await page.getByRole('button', { name: HOUSEHOLD_TEXT.addChild, exact: true }).focus();
    await page.keyboard.press('Enter');
    await memberGroup(page, 1).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('household-members-1-firstName');
    expect(await memberGroup(page, 1).getByLabel('Rolle i husstanden', { exact: true }).inputValue()).toBe('CHILD');

    await page.getByRole('button', { name: HOUSEHOLD_TEXT.submit, exact: true }).click();
    const summary = await errorSummaryText(page);
    expect(summary).toContain('Skriv et navn på husstanden');
    expect(summary).toContain('Medlem 1: Skriv fornavnet');
    expect(summary).toContain('Medlem 2: Skriv fødselsdatoen');
    expect(await page.evaluate(() => !!document.activeElement?.closest('ds-error-summary'))).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // Fixing the form and removing the extra member lets it through.
    const family = resettlementFamily();
    await page.getByRole('button', { name: 'Fjern medlem 2', exact: true }).click();
    await fillHouseholdForm(page, { ...family, members: family.members.slice(0, 1) });
    await page.getByRole('button', { name: HOUSEHOLD_TEXT.submit, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: family.name }).waitFor();
  });

  it('Nav, teachers and managers have no Husstander menu item', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.MANAGER);
    await expectNav(page, [], [HOUSEHOLD_TEXT.nav]);
  });
});
