import type { Locator, Page } from 'playwright-core';
import { apiGet, apiPatch, registerHouseholdOfOne } from './support/api';
import { sessionPerTest } from './support/browser';
import { participantSection, uniqueFamilyName } from './support/households';
import { DEMO_USERS, errorSummaryText, expectNoSeriousA11yViolations, signIn, signOut } from './support/pages';
import { createColleague } from './support/users';

/**
 * The forms around a person (issue 3): editing a person's facts from the participant page and the household page
 * (validation, a stale version), adding and removing household members (a new person, or one already registered),
 * and assigning the caseworker. Long flows
 * with axe checks: each test gets three minutes (the shared machines are often busy).
 */
const fixture = sessionPerTest();

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

/** The edit dialog for a person, opened from the button that names them (or the participant page's button). */
function editDialog(page: Page, fullName: string): Locator {
  return page.getByRole('dialog', { name: `Endre personopplysninger for ${fullName}` });
}

describe('person forms', () => {
  it('a consultant edits a person (an error named, fixed; a conflict kept and resolved) and assigns a caseworker', async () => {
    const { page } = fixture.session;
    const colleague = await createColleague(page);
    await signIn(page, DEMO_USERS.CONSULTANT);
    const lastName = uniqueFamilyName('Nasser');
    const { personId } = await registerHouseholdOfOne(page, { firstName: 'Amal', lastName }, '1990-04-01');
    await page.goto(`/deltakere/${personId}`);
    await page.getByRole('heading', { level: 1, name: `Amal ${lastName}` }).waitFor();

    // Open the form; clear the first name and type a bad postcode: the summary names both fields and takes focus.
    await page.getByRole('button', { name: 'Endre personopplysninger', exact: true }).click();
    let dialog = editDialog(page, `Amal ${lastName}`);
    await dialog.getByLabel('Fornavn', { exact: true }).waitFor();
    await dialog.getByLabel('Fornavn', { exact: true }).fill('');
    await dialog.getByLabel('Postnummer', { exact: true }).fill('95');
    await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
    const summary = await errorSummaryText(page);
    expect(summary).toContain('Skriv fornavnet');
    expect(summary).toContain('Postnummeret har fire sifre');
    expect(await page.evaluate(() => !!document.activeElement?.closest('ds-error-summary'))).toBe(true);
    await expectNoSeriousA11yViolations(page);

    // Fix them and fill in more facts.
    await dialog.getByLabel('Fornavn', { exact: true }).fill('Amina');
    await dialog.getByLabel('Postnummer', { exact: true }).fill('9500');
    await dialog.getByLabel('Poststed', { exact: true }).fill('Alta');
    await dialog.getByLabel('Språk', { exact: true }).fill('ar, en');
    await dialog.getByLabel('Trenger tolk', { exact: true }).check();
    await dialog.getByLabel('Tolkespråk', { exact: true }).fill('ar');
    await dialog
      .getByLabel('Utdanning (NUS-nivå)', { exact: true })
      .selectOption({ label: '4 – Videregående, avsluttende' });
    await dialog
      .getByLabel('Grunnlag for oppholdstillatelse', { exact: true })
      .selectOption({ label: 'Overføringsflyktning (utl. § 35)' });
    await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
    await page.getByText('Personopplysningene er lagret.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Amina ${lastName}` }).waitFor();
    const details = participantSection(page, 'Personopplysninger');
    await details.getByText('ar, en', { exact: true }).waitFor();
    await details.getByText('Ja (ar)', { exact: true }).waitFor();
    await details.getByText('Overføringsflyktning (utl. § 35)', { exact: true }).waitFor();
    await details.getByText('9500 Alta').waitFor();

    // Someone else saves while the form is open: the user's input stays, and reloading keeps it on the newer version.
    await page.getByRole('button', { name: 'Endre personopplysninger', exact: true }).click();
    dialog = editDialog(page, `Amina ${lastName}`);
    await dialog.getByLabel('Telefon', { exact: true }).fill('+47 912 34 567');
    const current = await apiGet<{ version: number }>(page, `/persons/${personId}`);
    await apiPatch(page, `/persons/${personId}`, { countryOfBirth: 'SY', version: current.version });
    await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
    await dialog.getByText(/Noen andre har endret personen etter at du åpnet skjemaet/).waitFor();
    expect(await dialog.getByLabel('Telefon', { exact: true }).inputValue()).toBe('+47 912 34 567');
    await dialog.getByRole('button', { name: 'Last inn nyeste versjon', exact: true }).click();
    await dialog.getByText(/Den nyeste versjonen er lastet inn/).waitFor();
    expect(await dialog.getByLabel('Fødeland', { exact: true }).inputValue()).toBe('SY');
    expect(await dialog.getByLabel('Telefon', { exact: true }).inputValue()).toBe('+47 912 34 567');
    await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
    await page.getByText('Personopplysningene er lagret.').waitFor();
    await details.getByText('+47 912 34 567').waitFor();
    await details.getByText('SY', { exact: true }).waitFor();

    // The caseworker picker lists the municipality's consultants; the change shows in the details and the timeline.
    const caseworker = participantSection(page, 'Saksbehandler');
    await caseworker.getByLabel('Saksbehandler', { exact: true }).selectOption({ label: colleague.name });
    await caseworker.getByRole('button', { name: 'Lagre saksbehandler', exact: true }).click();
    await caseworker.getByText(`${colleague.name} er nå saksbehandler.`).waitFor();
    await details.getByText(colleague.name, { exact: true }).waitFor();
    await participantSection(page, 'Tidslinje').getByText('Ny saksbehandler').waitFor();
    await expectNoSeriousA11yViolations(page);

    // The person is now in the colleague's own caseload, and their page names them as caseworker.
    await signOut(page);
    await signIn(page, colleague.email);
    const mine = await apiGet<{ items: { id: string }[] }>(page, `/persons?mine=true&search=${lastName}`);
    expect(mine.items.map((p) => p.id)).toEqual([personId]);
    await page.goto(`/deltakere/${personId}`);
    await participantSection(page, 'Personopplysninger').getByText(colleague.name, { exact: true }).waitFor();
  });

  it('adds a member, edits them from the household page and removes them after a keyboard-usable confirmation', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    const lastName = uniqueFamilyName('Hamid');
    const { householdId } = await registerHouseholdOfOne(page, { firstName: 'Yusuf', lastName }, '1984-02-02');
    await page.goto(`/husstander/${householdId}`);
    await page.getByRole('heading', { level: 1, name: `Familien ${lastName}` }).waitFor();
    const members = page.getByRole('table', { name: /Medlemmer, alder per/ });

    // Add a child: a missing birth date is named first.
    await page.getByRole('button', { name: 'Legg til et nytt medlem', exact: true }).click();
    const group = page.getByRole('group', { name: 'Nytt medlem', exact: true });
    expect(await group.getByLabel('Etternavn', { exact: true }).inputValue()).toBe(lastName);
    expect(await group.getByLabel('Rolle i husstanden', { exact: true }).inputValue()).toBe('CHILD');
    await group.getByLabel('Fornavn', { exact: true }).fill('Sara');
    await page.getByRole('button', { name: 'Legg til i husstanden', exact: true }).click();
    expect(await errorSummaryText(page)).toContain('Skriv fødselsdatoen');
    await expectNoSeriousA11yViolations(page);
    await group.getByLabel('Fødselsdato', { exact: true }).fill('2016-05-05');
    await page.getByRole('button', { name: 'Legg til i husstanden', exact: true }).click();
    await page.getByText(`Sara ${lastName} er lagt til i husstanden.`).waitFor();
    await members.getByRole('link', { name: `Sara ${lastName}`, exact: true }).waitFor();

    // Edit the new member from the household page.
    await members.getByRole('button', { name: `Endre personopplysninger for Sara ${lastName}`, exact: true }).click();
    const dialog = editDialog(page, `Sara ${lastName}`);
    await dialog.getByLabel('Fornavn', { exact: true }).fill('Sarah');
    await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
    await page.getByText(`Personopplysningene for Sarah ${lastName} er lagret.`).waitFor();
    await members.getByRole('link', { name: `Sarah ${lastName}`, exact: true }).waitFor();

    // Remove: the confirmation starts on "Avbryt"; Escape cancels and gives focus back to the button.
    const remove = members.getByRole('button', { name: `Ta ut Sarah ${lastName} av husstanden`, exact: true });
    await remove.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: `Ta Sarah ${lastName} ut av husstanden?` });
    await confirm.getByText(`ikke lenger medlem av Familien ${lastName}`, { exact: false }).waitFor();
    expect(await focusedText(page)).toBe('Avbryt');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe(`Ta ut Sarah ${lastName} av husstanden`);
    await members.getByRole('link', { name: `Sarah ${lastName}`, exact: true }).waitFor();

    // Again with the keyboard, and confirm (Shift+Tab from "Avbryt" reaches the confirm button).
    await page.keyboard.press('Enter');
    await confirm.waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Ta ut av husstanden');
    await page.keyboard.press('Enter');
    await page.getByText(`Sarah ${lastName} er tatt ut av husstanden.`).waitFor();
    await members.getByRole('link', { name: `Sarah ${lastName}`, exact: true }).waitFor({ state: 'detached' });
    await members.getByRole('link', { name: `Yusuf ${lastName}`, exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('er tatt ut av husstanden');
    await expectNoSeriousA11yViolations(page);
  });

  it('adds a person registered on their own to another household from a keyboard-usable search dialog', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    const ownName = uniqueFamilyName('Rahimi');
    const spouse = await registerHouseholdOfOne(page, { firstName: 'Layla', lastName: ownName }, '1991-02-03');
    const familyName = uniqueFamilyName('Karimi');
    const { householdId } = await registerHouseholdOfOne(
      page,
      { firstName: 'Omar', lastName: familyName },
      '1987-06-07',
    );
    await page.goto(`/husstander/${householdId}`);
    await page.getByRole('heading', { level: 1, name: `Familien ${familyName}` }).waitFor();
    const members = page.getByRole('table', { name: /Medlemmer, alder per/ });

    // The dialog opens on its labelled search field; confirming without a choice names both fields.
    const opener = page.getByRole('button', { name: 'Legg til registrert person', exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: `Legg til registrert person i Familien ${familyName}` });
    const search = dialog.getByRole('searchbox', { name: 'Søk etter navn' });
    await search.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'add-registered-search');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Legg til i husstanden', exact: true }).click();
    let summary = await errorSummaryText(page);
    expect(summary).toContain('Søk etter personen og velg den du vil legge til');
    expect(summary).toContain('Velg rolle i husstanden');

    // Search with Enter; the result shows birth date and current household, and is picked with the keyboard.
    await search.fill(`layla ${ownName}`);
    await search.press('Enter');
    await dialog.getByRole('status').getByText('Fant én person.').waitFor();
    const choice = dialog.getByRole('radio', { name: `Layla ${ownName}`, exact: true });
    expect(await choice.getAttribute('aria-describedby')).toBeTruthy();
    await dialog.getByText(`Født 3.2.1991. Hovedperson i Familien ${ownName}.`, { exact: true }).waitFor();
    await search.focus();
    await page.keyboard.press('Tab'); // "Søk"
    await page.keyboard.press('Tab'); // the result
    await page.keyboard.press('Space');
    expect(await choice.isChecked()).toBe(true);
    // She is a member elsewhere: the dialog says she stays there as well.
    await dialog
      .getByText(
        `Layla ${ownName} er medlem av Familien ${ownName}. Personen blir stående som medlem der og blir i tillegg medlem av Familien ${familyName}.`,
        { exact: false },
      )
      .waitFor();

    // The household has a head already: the refusal is named on the relation field.
    await dialog.getByLabel('Rolle i husstanden', { exact: true }).selectOption({ label: 'Hovedperson' });
    await dialog.getByRole('button', { name: 'Legg til i husstanden', exact: true }).click();
    summary = await errorSummaryText(page);
    expect(summary).toContain('Husstanden har allerede en hovedperson');
    await expectNoSeriousA11yViolations(page);

    // A colleague changes the household meanwhile: the dialog says so, reloads it underneath and keeps the choice.
    const current = await apiGet<{ version: number }>(page, `/households/${householdId}`);
    await apiPatch(page, `/households/${householdId}`, { notes: 'Endret av en kollega', version: current.version });
    await dialog.getByLabel('Rolle i husstanden', { exact: true }).selectOption({ label: 'Ektefelle/partner' });
    await dialog.getByRole('button', { name: 'Legg til i husstanden', exact: true }).click();
    expect(await errorSummaryText(page)).toContain('Noen andre har endret husstanden i mellomtiden');
    expect(await choice.isChecked()).toBe(true);
    await page.getByText('Endret av en kollega').waitFor();
    await dialog.getByRole('button', { name: 'Legg til i husstanden', exact: true }).click();
    await page.getByText(`Layla ${ownName} er lagt til i husstanden.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('Legg til registrert person');
    const row = members
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: `Layla ${ownName}`, exact: true }) });
    await row.getByRole('cell', { name: 'Ektefelle/partner', exact: true }).waitFor();
    // Still a member of the household she was registered in.
    const own = await apiGet<{ members: { personId: string }[] }>(page, `/households/${spouse.householdId}`);
    expect(own.members.map((m) => m.personId)).toEqual([spouse.personId]);

    // Searching again shows her as a member here, not to be chosen twice.
    await opener.click();
    await search.fill(ownName);
    await search.press('Enter');
    await dialog.getByText(`Layla ${ownName} er allerede medlem av denne husstanden.`, { exact: true }).waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    // Escape in the search field clears it (the browser's search field); the next Escape closes the dialog.
    await search.focus();
    await page.keyboard.press('Escape');
    expect(await search.inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('Legg til registrert person');
  });
});
