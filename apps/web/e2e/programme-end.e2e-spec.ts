import type { OutcomeParticipant } from '@ankomst/contracts';
import type { Browser } from 'playwright-core';
import { launchBrowser, newSession, type TestSession } from './support/browser';
import { participantSection } from './support/households';
import { DEMO_USERS, expectNoSeriousA11yViolations, signIn } from './support/pages';

/**
 * Programme end on the participant page, over the demo municipality's synthetic data: the consultant records the
 * outcome and an alternative goal of an ended programme; the manager sees them without the save buttons.
 */
let browser: Browser;
let consultant: TestSession;
let manager: TestSession;

beforeAll(async () => {
  browser = await launchBrowser();
  consultant = await newSession(browser);
  manager = await newSession(browser);
  await signIn(consultant.page, DEMO_USERS.CONSULTANT);
  await signIn(manager.page, DEMO_USERS.MANAGER);
});

afterAll(async () => {
  await consultant?.context.close();
  await manager?.context.close();
  await browser?.close();
});

it('the consultant records the outcome and an alternative goal; the manager reads them', async () => {
  // A participant whose completed programme did not reach its end goal (the manager's drill-down finds one).
  const res = await manager.page.request.get('/api/v1/outcomes/participants?kind=END_GOAL_NOT_REACHED&pageSize=1');
  expect(res.ok()).toBe(true);
  const [participant] = ((await res.json()) as { items: OutcomeParticipant[] }).items;
  if (!participant) throw new Error('The demo data has no ended programme');

  const page = consultant.page;
  await page.goto(`/deltakere/${participant.personId}`);
  const section = participantSection(page, 'Avslutning av programmet');
  await section.getByRole('heading', { level: 3, name: 'Resultat' }).waitFor();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousA11yViolations(page);

  await section.getByLabel('Status ved avslutning', { exact: true }).selectOption({ label: 'Arbeid, deltid' });
  await section.getByLabel('Sluttmål nådd', { exact: true }).check();
  await section.getByLabel('Status etter 6 måneder', { exact: true }).selectOption({ label: 'Arbeid, heltid' });
  await section.getByRole('button', { name: 'Lagre resultat' }).click();
  await section.getByText('Resultatet er lagret.').waitFor();

  const add = section.getByRole('form', { name: 'Legg til alternativt mål' });
  await add.getByRole('button', { name: 'Legg til', exact: true }).click();
  await add.getByRole('link', { name: 'Velg hvilket alternativt mål det gjelder.' }).waitFor();
  await add.getByLabel('Alternativt mål', { exact: true }).selectOption({ label: 'Foreldrerollen' });
  await add.getByLabel('Beskrivelse', { exact: true }).fill('Følger opp barna i barnehagen');
  await add.getByRole('button', { name: 'Legg til', exact: true }).click();
  await section.getByText('«Foreldrerollen» er lagt til.').waitFor();

  const update = section.getByRole('form', { name: 'Oppdater «Foreldrerollen»' });
  await update.getByLabel('Status for «Foreldrerollen»').selectOption({ label: 'Nådd' });
  await update.getByLabel('Statusdato').fill('2026-11-02');
  await update.getByRole('button', { name: 'Oppdater' }).click();
  await section.getByText('«Foreldrerollen» er oppdatert.').waitFor();
  await section.getByRole('row', { name: /Foreldrerollen Nådd 2026-11-02/ }).waitFor();
  await expectNoSeriousA11yViolations(page);

  // The manager reads the same, without the save buttons.
  await manager.page.goto(`/deltakere/${participant.personId}`);
  const read = participantSection(manager.page, 'Avslutning av programmet');
  await read.getByRole('row', { name: /Foreldrerollen Nådd/ }).waitFor();
  expect(await read.getByLabel('Status ved avslutning', { exact: true }).inputValue()).toBe('WORK_PART_TIME');
  expect(await read.getByLabel('Sluttmål nådd', { exact: true }).isChecked()).toBe(true);
  expect(await read.getByRole('button', { name: 'Lagre resultat' }).count()).toBe(0);
});
