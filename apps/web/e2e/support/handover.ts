import type { Page } from 'playwright-core';
import { registerOnePersonHousehold } from './api';
import { expectNoSeriousA11yViolations, openFromNav, pageHeading } from './pages';

/**
 * The Nav handover as users do it in the browser, as reusable steps: the consultant writes and sends the note to the
 * demo Nav office, the Nav adviser receives it and asks a question, the consultant answers, the adviser accepts.
 * Each step takes the page of a signed-in user (consultant or the demo Nav adviser at "Nav Demo") and runs axe.
 */
export const DEMO_NAV_OFFICE = 'Nav Demo';

/** The consultant registers a one-person household through the API and gets the participant's id. */
export function registerHandoverParticipant(
  consultant: Page,
  name: { firstName: string; lastName: string },
): Promise<string> {
  return registerOnePersonHousehold(consultant, name, '1990-02-11');
}

export interface HandoverNoteInput {
  goalStatus: string;
  recommendedMeasures: string;
  participantWishes: string;
}

/** The consultant starts the participant's handover, fills the note, chooses § 42 and the demo office, and sends it. */
export async function submitHandover(consultant: Page, personId: string, note: HandoverNoteInput): Promise<void> {
  await consultant.goto(`/overforinger/ny/${personId}`);
  await consultant.getByRole('heading', { level: 1, name: 'Ny overføring til Nav' }).waitFor();
  await consultant.getByRole('button', { name: 'Start overføring til Nav' }).click();
  await consultant.getByLabel('Status mot sluttmålet').waitFor();
  await expectNoSeriousA11yViolations(consultant);
  await consultant.getByLabel('Status mot sluttmålet').fill(note.goalStatus);
  await consultant.getByLabel('Anbefalte tiltak').fill(note.recommendedMeasures);
  await consultant.getByLabel('Deltakerens ønsker').fill(note.participantWishes);
  // Sending without a legal basis is refused, naming the field.
  await consultant.getByRole('button', { name: 'Send til Nav' }).click();
  await consultant.locator('ds-error-summary').getByText('Velg grunnlaget for å dele opplysningene').waitFor();
  await consultant.getByLabel('Integreringsloven § 42', { exact: false }).check();
  await consultant.getByLabel('Nav-kontor').selectOption({ label: DEMO_NAV_OFFICE });
  await consultant.getByRole('button', { name: 'Send til Nav' }).click();
  await consultant.getByText('Sendt', { exact: true }).waitFor();
  await consultant.getByText(`til ${DEMO_NAV_OFFICE}`).waitFor();
  await expectNoSeriousA11yViolations(consultant);
}

/** Opens the handover from the "Overføringer" page (the Nav adviser's inbox, the consultant's own list). */
export async function openHandoverFromList(page: Page, participantName: string): Promise<void> {
  await openFromNav(page, 'Overføringer');
  if ((await pageHeading(page)) !== 'Overføringer til Nav')
    throw new Error(`Unexpected page ${await pageHeading(page)}`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('link', { name: participantName }).click();
  await page.getByRole('heading', { level: 1, name: `Overføring til Nav: ${participantName}` }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page);
}

/** The Nav adviser marks it received and asks a question in the thread. */
export async function receiveAndAsk(nav: Page, participantName: string, question: string): Promise<void> {
  await openHandoverFromList(nav, participantName);
  await nav.getByRole('button', { name: 'Marker som mottatt' }).click();
  await nav.getByText('Mottatt', { exact: true }).waitFor();
  await nav.getByLabel('Spørsmål til flyktningtjenesten').fill(question);
  await nav.getByRole('button', { name: 'Be om mer informasjon' }).click();
  await nav.getByText('Venter på svar', { exact: true }).waitFor();
  await nav.getByText(question).waitFor();
}

/** The consultant opens the handover, sees the question and answers it. */
export async function answerQuestion(
  consultant: Page,
  participantName: string,
  question: string,
  answer: string,
): Promise<void> {
  await openHandoverFromList(consultant, participantName);
  await consultant.getByText(question).waitFor();
  await consultant.getByLabel('Svar til Nav').fill(answer);
  await consultant.getByRole('button', { name: 'Send svar' }).click();
  await consultant.getByText(answer).waitFor();
  await consultant.getByText('Mottatt', { exact: true }).waitFor();
}

/** The Nav adviser sees the answer and accepts the handover. */
export async function acceptHandover(nav: Page, participantName: string, answer: string): Promise<void> {
  await openHandoverFromList(nav, participantName);
  await nav.getByText(answer).waitFor();
  await nav.getByRole('button', { name: 'Godta overføringen' }).click();
  await nav.getByText('Overtatt av Nav', { exact: true }).waitFor();
  await expectNoSeriousA11yViolations(nav);
}

/** The whole handover, for a participant the consultant already has: the steps above in order. */
export async function playHandover(
  consultant: Page,
  nav: Page,
  personId: string,
  participantName: string,
): Promise<void> {
  const question = 'Har deltakeren førerkort, og når avsluttes praksisen?';
  const answer = 'Ja, klasse B. Praksisen avsluttes 30. juni.';
  await submitHandover(consultant, personId, {
    goalStatus: 'Nær sluttmålet: jobber 60 % i praksis.',
    recommendedMeasures: 'Lønnstilskudd hos praksisstedet.',
    participantWishes: 'Vil fortsette i butikk.',
  });
  await receiveAndAsk(nav, participantName, question);
  await answerQuestion(consultant, participantName, question, answer);
  await acceptHandover(nav, participantName, answer);
}
