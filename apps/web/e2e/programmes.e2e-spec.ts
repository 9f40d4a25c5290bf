import type { Page } from 'playwright-core';
import { sessionPerTest } from './support/browser';
import {
  openParticipantFromHousehold,
  participantSection,
  registerHousehold,
  resettlementFamily,
  settleHousehold,
  uniqueFamilyName,
} from './support/households';
import { DEMO_USERS, expectNoSeriousA11yViolations, mainNavigation, pageHeading, signIn } from './support/pages';
import { settledParticipantWithProgramme } from './support/programmes';

/**
 * Slice B in the browser: a household of two adults and a child is registered and settled, both adults' programmes
 * are started, and the participant page shows the regime, the deadlines and the rules they rest on; the caseload
 * and deadline pages list them. Axe on every page.
 */
const fixture = sessionPerTest();

async function startProgramme(
  page: Page,
  input: { endGoal?: string; decisionDate?: string; startDate?: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Start introduksjonsprogram' });
  if (input.endGoal) await form.getByLabel('Sluttmål', { exact: true }).selectOption({ label: input.endGoal });
  if (input.decisionDate) await form.getByLabel('Vedtaksdato', { exact: true }).fill(input.decisionDate);
  if (input.startDate) await form.getByLabel('Oppstart', { exact: true }).fill(input.startDate);
  await form.getByRole('button', { name: 'Start program', exact: true }).click();
  await participantSection(page, 'Introduksjonsprogram').getByRole('heading', { level: 3, name: 'Frister' }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Opens "Overstyr regelverket", tries to save without a reason (the field says so in Norwegian), then saves. */
async function overrideRegime(page: Page, option: string, reason: string): Promise<void> {
  const programme = participantSection(page, 'Introduksjonsprogram');
  const form = programme.locator('form').filter({ has: page.getByRole('button', { name: 'Lagre regelverk' }) });
  if (!(await form.isVisible())) await programme.getByText('Overstyr regelverket', { exact: true }).click();
  await form.getByLabel('Regelverk som skal gjelde', { exact: true }).selectOption({ label: option });
  await form.getByRole('button', { name: 'Lagre regelverk' }).click();
  await form.getByText('Skriv en begrunnelse').first().waitFor();
  await form.getByLabel('Begrunnelse', { exact: true }).fill(reason);
  await form.getByRole('button', { name: 'Lagre regelverk' }).click();
  await page.waitForLoadState('networkidle');
}

/** The programme on the participant page, its "Regelmotorens vurdering" section and one of its facts by label. */
function engineConclusions(page: Page) {
  const programme = participantSection(page, 'Introduksjonsprogram');
  const engine = programme
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 3, name: 'Regelmotorens vurdering' }) });
  const fact = (label: string) =>
    engine.locator('.programme-facts__item').filter({ has: page.getByText(label, { exact: true }) });
  return { programme, engine, fact };
}

describe('introduction programmes on the participant page', () => {
  it('registers and settles a family, starts both adults’ programmes and shows regime, deadlines and the rules', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    // Quota refugees arrive in Norway and are settled the same day; the engine needs the arrival date.
    const base = resettlementFamily();
    const family = { ...base, members: base.members.map((m) => ({ ...m, arrivalDate: '2026-02-10' })) };
    const lastName = family.members[0]!.lastName;
    await registerHousehold(page, family);
    await settleHousehold(page); // settled 10 Feb 2026

    // Omar: upper secondary (NUS 4), end goal work, decided and starting in March.
    await openParticipantFromHousehold(page, `Omar ${lastName}`);
    const programme = participantSection(page, 'Introduksjonsprogram');
    await programme.getByText('Ingen introduksjonsprogram er registrert.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await startProgramme(page, { endGoal: 'Arbeid', decisionDate: '2026-03-02', startDate: '2026-03-16' });

    await programme.getByText('Integreringsloven', { exact: true }).filter({ visible: true }).first().waitFor();
    const deadlines = programme.getByRole('table', { name: 'Frister' });
    const latestStart = deadlines.getByRole('row', { name: /Seneste oppstart/ });
    await latestStart.getByText('10.5.2026').waitFor();
    await latestStart.getByText(/integreringsloven § 12/).waitFor();
    await deadlines
      .getByRole('row', { name: /Vedtak før retten faller bort/ })
      .getByText('Oppfylt 2.3.2026')
      .waitFor();
    // 6 months with upper secondary, from the planned start 16 March: to 15 September 2026.
    await deadlines
      .getByRole('row', { name: /Planlagt slutt/ })
      .getByText('15.9.2026')
      .waitFor();

    const engine = programme
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Regelmotorens vurdering' }) });
    await engine.getByText('Foreldreveiledning obligatorisk').waitFor();
    const reasons = engine.getByRole('list').last();
    await reasons.getByText('SEL-1', { exact: true }).waitFor();
    await reasons
      .getByText(/Tillatelse gitt 20\. november 2025, som er 1\. januar 2021 eller senere: integreringsloven gjelder/)
      .waitFor();
    await reasons.getByText('B-DUR-1', { exact: true }).waitFor();
    await reasons.getByText('B-16', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Start it: status ACTIVE from 16 March; the NIR deadline appears (two months after the start).
    await programme.getByText('Endre status', { exact: true }).click();
    const statusForm = programme.locator('form').filter({ has: page.getByRole('button', { name: 'Lagre ny status' }) });
    await statusForm.getByLabel('Ny status', { exact: true }).selectOption({ label: 'Aktiv' });
    await statusForm.getByLabel('Dato', { exact: true }).fill('2026-03-16');
    await statusForm.getByRole('button', { name: 'Lagre ny status' }).click();
    await deadlines
      .getByRole('row', { name: /Registrering i NIR/ })
      .getByText('16.5.2026')
      .waitFor();
    // The status tag, not the hidden <option> of the status form's select.
    await programme.getByText('Aktiv', { exact: true }).filter({ visible: true }).first().waitFor();

    // A plan without life skills or parental guidance: saved, with warnings that name the rules.
    const plan = participantSection(page, 'Integreringsplan');
    await plan.getByText('Lag plan', { exact: true }).click();
    await plan.getByLabel('Gjelder fra', { exact: true }).fill('2026-03-16');
    await plan.getByLabel('Deltakerens egne ønsker', { exact: true }).fill('Jeg vil jobbe som elektriker.');
    await plan.getByRole('button', { name: 'Lagre ny versjon' }).click();
    await plan.getByText('Planen har 15 timer i uken; heltid er 37,5 timer.').waitFor();
    await plan.getByText(/Planen mangler Foreldreveiledning/).waitFor();
    await plan
      .getByText('«Jeg vil jobbe som elektriker.»')
      .or(plan.getByText('Jeg vil jobbe som elektriker.'))
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(page);

    // Layla: unknown education, no end goal yet: the programme is planned with the latest start as next deadline.
    await participantSection(page, 'Husstand').getByRole('link', { name: family.name }).click();
    await page.getByRole('heading', { level: 1, name: family.name }).waitFor();
    await openParticipantFromHousehold(page, `Layla ${lastName}`);
    await startProgramme(page, {});
    const laylaProgramme = participantSection(page, 'Introduksjonsprogram');
    await laylaProgramme.getByText('Planlagt', { exact: true }).filter({ visible: true }).first().waitFor();
    const laylaStart = laylaProgramme
      .getByRole('table', { name: 'Frister' })
      .getByRole('row', { name: /Seneste oppstart/ });
    await laylaStart.getByText('10.5.2026').waitFor();
    await laylaStart.getByText(/Forfalt for \d+ dager siden/).waitFor();
    await laylaProgramme.getByText('B-DUR-4', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Both are in "Mine deltakere", found by name; Layla's overdue start is on "Frister".
    await mainNavigation(page).getByRole('link', { name: 'Mine deltakere', exact: true }).click();
    expect(await pageHeading(page)).toBe('Mine deltakere');
    await page.getByLabel('Søk på navn', { exact: true }).fill(lastName);
    await page.getByLabel('Søk på navn', { exact: true }).press('Enter');
    await page.getByText('2 deltakere', { exact: true }).waitFor();
    expect(new URL(page.url()).search).toContain(`sok=${lastName}`);
    const table = page.getByRole('table', { name: 'Deltakere med regelverk, status og neste frist' });
    await table.getByRole('link', { name: `${lastName}, Layla` }).waitFor();
    await table.getByRole('link', { name: `${lastName}, Omar` }).waitFor();
    expect(await table.getByRole('row').count()).toBe(3);
    await expectNoSeriousA11yViolations(page);

    await mainNavigation(page).getByRole('link', { name: 'Frister', exact: true }).click();
    expect(await pageHeading(page)).toBe('Frister');
    await page.getByLabel('Når', { exact: true }).selectOption({ label: 'Forfalt' });
    await page.getByRole('button', { name: 'Vis frister' }).click();
    await page
      .getByRole('table', { name: 'Frister, tidligste først' })
      .getByRole('link', { name: `${lastName}, Layla` })
      .waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('an overridden regime drives the engine’s conclusions and deadlines; removing it brings them back', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    const name = { firstName: 'Samir', lastName: uniqueFamilyName('Nasser') };
    const personId = await settledParticipantWithProgramme(page, name);
    await page.goto(`/deltakere/${personId}`);
    const { programme, engine, fact } = engineConclusions(page);
    const plannedEnd = programme.getByRole('table', { name: 'Frister' }).getByRole('row', { name: /Planlagt slutt/ });
    // Derived: integreringsloven, 6 months with upper secondary (to 15 Sep 2026), parental guidance not required.
    await fact('Varighet').getByText('6 måneder', { exact: true }).waitFor();
    await plannedEnd.getByText('15.9.2026').waitFor();
    await fact('Plikt til program').getByText('Ja', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');

    // Chapter 6A instead: right without duty, a 12-month cap (to 15 Mar 2027) under C-7.
    const reason = 'Kollektiv beskyttelse etter § 34; tillatelsen er registrert med feil hjemmel';
    await overrideRegime(page, 'Integreringsloven kapittel 6A', reason);
    await engine
      .getByText(/Regelverket er overstyrt av kommunen\. Vurderingen og fristene følger Integreringsloven kapittel 6A/)
      .waitFor();
    await engine.getByText(`Begrunnelse for overstyringen: ${reason}`).waitFor();
    await fact('Varighet').getByText('12 måneder', { exact: true }).waitFor();
    await fact('Plikt til program').getByText('Nei', { exact: true }).waitFor();
    await plannedEnd.getByText('15.3.2027').waitFor();
    await plannedEnd.getByText(/C-7/).waitFor();
    const reasons = engine.getByRole('list').last();
    await reasons.getByText('SEL-OVERRIDE', { exact: true }).waitFor();
    await reasons.getByText(/regelmotoren utledet: integreringsloven \(SEL-1\)/).waitFor();
    // Who overrode it, and to what, is on the shared timeline.
    const override = participantSection(page, 'Tidslinje')
      .getByRole('listitem')
      .filter({ hasText: 'Regelverket er overstyrt til Integreringsloven kapittel 6A' });
    await override.getByText(/regelmotoren utledet Integreringsloven\./).waitFor();
    await override.getByText(/Kari Konsulent/).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Removed: integreringsloven's conclusions and deadlines are back, and the notice is gone.
    await overrideRegime(page, 'Fjern overstyringen (Integreringsloven)', 'Hjemmelen er rettet i tillatelsen');
    await fact('Varighet').getByText('6 måneder', { exact: true }).waitFor();
    await plannedEnd.getByText('15.9.2026').waitFor();
    await fact('Plikt til program').getByText('Ja', { exact: true }).waitFor();
    expect(await engine.getByText(/Regelverket er overstyrt av kommunen/).count()).toBe(0);

    // Every line of the timeline reads in words; none falls back to the generic "Hendelse (kind)".
    const timeline = participantSection(page, 'Tidslinje');
    await timeline.getByText('Introduksjonsprogram opprettet under Integreringsloven', { exact: true }).waitFor();
    await timeline.getByText('Overstyringen av regelverket er fjernet', { exact: false }).waitFor();
    expect(await timeline.getByText(/Hendelse \(/).count()).toBe(0);
  });

  it('correcting the person’s facts in the edit dialog updates the conclusions without a reload, or says why not', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.CONSULTANT);
    const name = { firstName: 'Rami', lastName: uniqueFamilyName('Haddad') };
    await settledParticipantWithProgramme(page, name).then((personId) => page.goto(`/deltakere/${personId}`));
    const { engine, fact } = engineConclusions(page);
    const duration = fact('Varighet');
    await duration.getByText('6 måneder', { exact: true }).waitFor();
    const edit = async (change: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
      await page.getByRole('button', { name: 'Endre personopplysninger', exact: true }).click();
      const dialog = page.getByRole('dialog', {
        name: `Endre personopplysninger for ${name.firstName} ${name.lastName}`,
      });
      await change(dialog);
      await dialog.getByRole('button', { name: 'Lagre endringene', exact: true }).click();
      await page.getByText('Personopplysningene er lagret.').waitFor();
    };

    // Upper secondary was recorded by mistake: without it, integreringsloven allows two years.
    await edit((dialog) =>
      dialog
        .getByLabel('Utdanning (NUS-nivå)', { exact: true })
        .selectOption({ label: '3 – Videregående, grunnutdanning' })
        .then(() => undefined),
    );
    await duration.getByText('24 måneder', { exact: true }).waitFor();
    await participantSection(page, 'Tidslinje')
      .getByText(
        'Regelmotorens vurdering av programmet ble endret etter at opplysninger om personen eller husstanden ble rettet',
      )
      .waitFor();

    // The permit date removed: the person is saved, the previous conclusions stay and a notice says why.
    await edit((dialog) => dialog.getByLabel('Tillatelse gitt', { exact: true }).fill(''));
    await engine.getByText(/Vurderingen kunne ikke oppdateres .* fordi dette mangler: dato for tillatelse\./).waitFor();
    await duration.getByText('24 måneder', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('a manager sees the municipality’s deadlines but no programme forms', async () => {
    const { page } = fixture.session;
    await signIn(page, DEMO_USERS.MANAGER);
    await mainNavigation(page).getByRole('link', { name: 'Frister', exact: true }).click();
    expect(await pageHeading(page)).toBe('Frister');
    await page.getByText('Neste frist for alle deltakere i kommunen. Forfalte frister står først.').waitFor();
    await page.getByRole('table', { name: 'Frister, tidligste først' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('table', { name: 'Frister, tidligste først' }).getByRole('link').first().click();
    await participantSection(page, 'Introduksjonsprogram')
      .getByRole('heading', { level: 3, name: 'Frister' })
      .waitFor();
    expect(await page.getByRole('form', { name: 'Start introduksjonsprogram' }).count()).toBe(0);
    expect(await page.getByText('Endre status', { exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
  });
});
