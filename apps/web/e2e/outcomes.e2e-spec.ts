import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser, newSession, type TestSession } from './support/browser';
import {
  DEMO_USERS,
  expectNoSeriousA11yViolations,
  navLabels,
  openFromNav,
  pageHeading,
  signIn,
} from './support/pages';

/** The manager's outcomes dashboard over the demo municipality's synthetic data (the harness runs `pnpm seed`). */
let browser: Browser;
let manager: TestSession;

beforeAll(async () => {
  browser = await launchBrowser();
  manager = await newSession(browser);
  await signIn(manager.page, DEMO_USERS.MANAGER);
});

afterAll(async () => {
  await manager?.context.close();
  await browser?.close();
});

it('the manager sees the indicator chart and its table with N, filters by sex, exports, and small cells are hidden', async () => {
  const page = manager.page;
  await openFromNav(page, 'Resultater');
  expect(await pageHeading(page)).toBe('Resultater');

  // The line chart is drawn and the table behind it carries a caption, shares with N, and hidden cells.
  await page.locator('[data-testid="indicator-chart"] .recharts-line').first().waitFor();
  const table = page.getByRole('table', { name: /I arbeid eller utdanning etter botid/ });
  await table.waitFor();
  expect(await table.getByRole('cell', { name: /\(N \d+/ }).count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);

  // The direct transition at programme end is its own section, with its bar chart.
  await page.getByRole('heading', { name: 'Overgang ved programslutt (NIR-sluttstatus)' }).waitFor();
  await page.locator('[data-testid="transition-chart"] .recharts-bar-rectangle').first().waitFor();

  // One characteristic at a time: by sex gives a row for women and one for men.
  await page.getByLabel('Inndeling', { exact: true }).selectOption('sex');
  await page.getByRole('rowheader', { name: 'Kvinner' }).waitFor();
  await page.getByRole('rowheader', { name: 'Menn' }).waitFor();
  expect(page.url()).toContain('inndeling=sex');

  // A narrow selection in a small municipality: cells under 30 are shown as "< 30 (skjult)", never as numbers.
  await page.getByLabel('Ankomstkategori', { exact: true }).selectOption('RESETTLEMENT');
  await page.getByLabel('Innvandringsår fra').selectOption('2019');
  await Promise.all([
    page.waitForResponse(
      (r) =>
        r.url().includes('/outcomes/indicators?') &&
        r.url().includes('cohortTo=2019') &&
        r.url().includes('category=RESETTLEMENT'),
    ),
    page.getByLabel('Innvandringsår til').selectOption('2019'),
  ]);
  // The section is aria-busy while it still shows the previous filter's figures; wait until the new ones are drawn.
  await page.locator('section[aria-busy="false"]', { has: table }).waitFor();
  const hidden = table.locator('[data-suppressed="true"]');
  await hidden.first().waitFor();
  expect(await hidden.first().innerText()).toContain('< 30');
  // The synthetic data follow today's date, so which cells are small varies; the rule does not: no shown N under 30.
  const shownN = (await table.getByRole('cell', { name: /\(N \d+/ }).allInnerTexts()).map((text) =>
    Number(/\(N (\d+)/.exec(text)?.[1]),
  );
  expect(shownN.filter((n) => !(n >= 30))).toEqual([]);

  // Export of the table as it is filtered: suppressed cells are marked in the file too.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Last ned tabell (CSV)' }).click(),
  ]);
  const csv = await readFile((await download.path()) as string, 'utf8');
  expect(csv).toContain('Gruppe;Botid;N;I arbeid;I utdanning;I arbeid eller utdanning');
  expect(csv).toContain('< 30');
});

it('other roles do not get the outcomes page in their navigation', async () => {
  const consultant = await newSession(browser);
  try {
    await signIn(consultant.page, DEMO_USERS.CONSULTANT);
    expect(await navLabels(consultant.page)).not.toContain('Resultater');
  } finally {
    await consultant.context.close();
  }
});
