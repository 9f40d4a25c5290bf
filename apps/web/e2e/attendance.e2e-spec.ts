import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newSession, type TestSession } from './support/browser';
import { DEMO_USERS, expectNoSeriousA11yViolations, pageHeading, signIn } from './support/pages';

/**
 * Attendance to payment: the demo teacher registers a week of unauthorised absence for a learner in the class/day
 * grid (keyboard only), and the consultant sees that participant's payment for the month drop and the decision
 * flag appear. Plus: a whole class filled in with the keyboard, care facts that change the child-illness quota, and
 * axe on every page on the way.
 */
let browser: Browser;
const sessions: TestSession[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  while (sessions.length > 0) await sessions.pop()?.context.close();
});

async function session(email: string): Promise<Page> {
  const s = await newSession(browser);
  sessions.push(s);
  await signIn(s.page, email);
  return s.page;
}

/** An API call from the page (same origin, the session cookie, the CSRF token on writes). */
async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (method !== 'GET') {
        const csrf = (await (await fetch('/api/v1/auth/csrf')).json()) as { csrfToken: string };
        headers['x-csrf-token'] = csrf.csrfToken;
        headers['Content-Type'] = 'application/json';
      }
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
    },
    { method, path, body },
  );
  if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body as T;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Working days of the current month (UTC calendar), from the first Monday. */
function workingDaysFromFirstMonday(): { month: string; days: string[] } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const month = iso(first).slice(0, 7);
  const days: string[] = [];
  const d = new Date(first);
  while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
  while (iso(d).slice(0, 7) === month) {
    if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) days.push(iso(d));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return { month, days };
}

interface Learner {
  personId: string;
  firstName: string;
  lastName: string;
  record: unknown;
}
interface BenefitItem {
  programmeId: string;
  personId: string;
  regime: string;
  gross: number;
  deductions: number;
  decisionRequired: boolean;
}

const netOf = async (page: Page) =>
  Number((await page.getByTestId('benefit-net').innerText()).replace(/\s|kr/g, '').replace(',', '.'));

describe('attendance and the monthly benefit', () => {
  it('a week of absence registered in the grid lowers the month’s payment and brings up the decision flag', async () => {
    const { month, days } = workingDaysFromFirstMonday();
    const week = days.slice(0, 5);
    const earlier = days.slice(5, 13); // eight more working days, registered by the consultant first
    const teacher = await session(DEMO_USERS.TEACHER);
    const consultant = await session(DEMO_USERS.CONSULTANT);

    // Setup through the API: a learner of the demo teacher with a full month at the full rate and no absence yet.
    const classes = await api<{ items: { id: string }[] }>(teacher, 'GET', `/attendance/classes?date=${week[0]}`);
    const benefits = await api<{ items: BenefitItem[] }>(consultant, 'GET', `/benefits/${month}`);
    const fullGross = Math.max(...benefits.items.map((i) => i.gross));
    const candidates = new Map(
      benefits.items
        .filter((i) => i.gross === fullGross && i.deductions === 0 && i.regime !== 'INTEGRERINGSLOVEN_KAP6A')
        .map((i) => [i.personId, i]),
    );
    let chosen: { classId: string; learner: Learner; benefit: BenefitItem } | undefined;
    for (const c of classes.items) {
      const grid = await api<{ learners: Learner[] }>(teacher, 'GET', `/classes/${c.id}/attendance/${week[0]}`);
      const learner = grid.learners.find((l) => candidates.has(l.personId) && l.record === null);
      if (learner) {
        chosen = { classId: c.id, learner, benefit: candidates.get(learner.personId)! };
        break;
      }
    }
    if (!chosen) throw new Error('The demo data has no learner of the demo teacher with a full month at the full rate');
    const { classId, learner, benefit } = chosen;
    const name = `${learner.lastName}, ${learner.firstName}`;

    await api(consultant, 'POST', `/persons/${learner.personId}/attendance`, {
      from: earlier[0],
      to: earlier[earlier.length - 1],
      plannedHours: 7.5,
      presentHours: 0,
      absenceKind: 'UNAUTHORISED',
    });

    // The consultant's view of the month before the teacher's week: a deduction, but below the decision threshold.
    await consultant.goto(`/stonad/${benefit.programmeId}/${month}`);
    await consultant.getByTestId('benefit-net').waitFor();
    expect(await pageHeading(consultant)).toContain(learner.firstName);
    const netBefore = await netOf(consultant);
    expect(netBefore).toBeLessThan(fullGross);
    expect(await consultant.getByTestId('decision-flag').count()).toBe(0);
    await expectNoSeriousA11yViolations(consultant);

    // The teacher registers the week in the grid with the keyboard: F (unauthorised) on the learner's row, then save.
    for (const [index, date] of week.entries()) {
      await teacher.goto(`/oppmote?klasse=${classId}&dato=${date}`);
      const status = teacher.getByLabel(`Status for ${name}`, { exact: true });
      await status.focus();
      await teacher.keyboard.press('f');
      expect(await status.inputValue()).toBe('UNAUTHORISED');
      await teacher.getByRole('button', { name: 'Lagre 1 registrering' }).click();
      await teacher.getByText('Oppmøtet er lagret for 1 deltaker.').waitFor();
      // The rules engine's verdict is shown inline on the row.
      await teacher
        .getByText(/Fravær uten gyldig grunn eller tillatelse/)
        .first()
        .waitFor();
      if (index === 0) await expectNoSeriousA11yViolations(teacher);
    }

    // The consultant reloads the month: the payment is lower and a decision is needed.
    await consultant.reload();
    await consultant.getByTestId('benefit-net').waitFor();
    const netAfter = await netOf(consultant);
    expect(netAfter).toBeLessThan(netBefore);
    await consultant.getByRole('heading', { name: 'Trekket krever vedtak' }).waitFor();
    expect(await consultant.getByTestId('decision-flag').innerText()).toMatch(/vedtak/);
    await expectNoSeriousA11yViolations(consultant);

    // The participant's month lists the unauthorised days; the consultant could reclassify from here.
    await consultant.getByRole('link', { name: 'Oppmøte og fravær denne måneden' }).click();
    await consultant.getByRole('heading', { level: 2, name: /13 dager er ugyldig fravær/ }).waitFor();
    await expectNoSeriousA11yViolations(consultant);

    // The municipality's month shows the flag in the list.
    await consultant.goto(`/stonad?maned=${month}`);
    await consultant.getByRole('link', { name }).waitFor();
    await expectNoSeriousA11yViolations(consultant);
  });

  it('a teacher fills in a whole class with the keyboard alone in well under a minute', async () => {
    const teacher = await session(DEMO_USERS.TEACHER);
    const { days } = workingDaysFromFirstMonday();
    const date = days[days.length - 1]!;
    const classes = await api<{ items: { id: string; learnerCount: number }[] }>(
      teacher,
      'GET',
      `/attendance/classes?date=${date}`,
    );
    const cls = classes.items.find((c) => c.learnerCount > 0);
    if (!cls) throw new Error('The demo teacher has no class with learners');
    await teacher.goto(`/oppmote?klasse=${cls.id}&dato=${date}`);
    const statuses = teacher.getByRole('combobox', { name: /^Status for / });
    await statuses.first().waitFor();
    const count = await statuses.count();
    const started = Date.now();
    await statuses.first().focus();
    for (let i = 0; i < count; i++) await teacher.keyboard.press(i === 1 ? 'e' : 'p');
    // From the last status cell: Tab to its hours, Tab to the save button, Enter.
    await teacher.keyboard.press('Tab');
    await teacher.keyboard.press('Tab');
    await teacher.keyboard.press('Enter');
    await teacher.getByText(`Oppmøtet er lagret for ${count} deltaker`, { exact: false }).waitFor();
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(await statuses.nth(0).inputValue()).toBe('PRESENT');
    expect(await statuses.nth(1).inputValue()).toBe('OWN_ILLNESS_SELF_CERTIFIED');
    await expectNoSeriousA11yViolations(teacher);
  });

  it('care facts recorded on the participant page change the child-illness quota warning', async () => {
    const { month, days } = workingDaysFromFirstMonday();
    const consultant = await session(DEMO_USERS.CONSULTANT);
    // A participant in the programme all month at the full rate, with nothing registered this month.
    const benefits = await api<{ items: BenefitItem[] }>(consultant, 'GET', `/benefits/${month}`);
    const fullGross = Math.max(...benefits.items.map((i) => i.gross));
    let personId: string | undefined;
    for (const item of benefits.items.filter((i) => i.gross === fullGross && i.deductions === 0)) {
      const m = await api<{ records: unknown[] }>(consultant, 'GET', `/persons/${item.personId}/attendance/${month}`);
      if (m.records.length === 0) {
        personId = item.personId;
        break;
      }
    }
    if (!personId) throw new Error('The demo data has no participant without attendance this month');
    // 16 working days of child illness: over the quota both for up to 2 children (10) and for more than 2 (15).
    const sixteen = days.slice(0, 16);
    await api(consultant, 'POST', `/persons/${personId}/attendance`, {
      from: sixteen[0],
      to: sixteen[sixteen.length - 1],
      plannedHours: 7.5,
      presentHours: 0,
      absenceKind: 'CHILD_ILLNESS',
    });

    // Nothing recorded: the warning says the care facts are assumed. The reclassify choices include birth.
    const monthPath = `/oppmote/deltakere/${personId}/${month}`;
    await consultant.goto(monthPath);
    await consultant
      .getByText(
        /Kvoten for barns sykdom er 1[05] dager per 12 måneder \(.*omsorgsforholdene er ikke registrert og er antatt\)/,
      )
      .first()
      .waitFor();
    const firstKind = consultant.getByRole('combobox', { name: /^Fraværsgrunn / }).first();
    expect(await firstKind.locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['Svangerskap', 'Svangerskapskontroll', 'Fødsel (mor)', 'Fødsel (far)']),
    );

    // The consultant records three children under 12 in "Omsorg for barn", with the keyboard; a wrong value first.
    await consultant.goto(`/deltakere/${personId}`);
    const section = consultant.getByRole('region', { name: 'Omsorg for barn' });
    await section
      .getByTestId('care-facts-status')
      .getByText(/Ikke registrert/)
      .waitFor();
    const children = section.getByLabel('Barn under 12 år i deltakerens omsorg');
    await children.fill('tre');
    await section.getByRole('button', { name: 'Lagre omsorg for barn' }).click();
    const summaryLink = consultant.getByRole('link', { name: /Skriv antall barn som et helt tall/ });
    await summaryLink.waitFor();
    await summaryLink.press('Enter');
    expect(await children.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await children.getAttribute('aria-invalid')).toBe('true');
    await children.fill('3');
    await children.press('Enter');
    await consultant
      .getByText('Omsorgsforholdene er lagret. Kvoten for barns sykdom er nå 15 dager per 12 måneder.')
      .first()
      .waitFor();
    expect(await section.getByLabel('Alene om omsorgen').isChecked()).toBe(false);
    await expectNoSeriousA11yViolations(consultant);

    // The participant's month now rests on the recorded facts: the quota is 15 days, and nothing is assumed.
    await consultant.goto(monthPath);
    await consultant
      .getByText(/Kvoten for barns sykdom er 15 dager per 12 måneder \(mer enn 2 barn\)/)
      .first()
      .waitFor();
    expect(await consultant.getByText(/er ikke registrert og er antatt/).count()).toBe(0);
    await expectNoSeriousA11yViolations(consultant);
  });

  it('payment runs and NIR pages pass axe for the consultant and the manager', async () => {
    for (const email of [DEMO_USERS.CONSULTANT, DEMO_USERS.MANAGER]) {
      const page = await session(email);
      await page.goto('/utbetalinger');
      await page.getByRole('heading', { level: 1, name: 'Utbetalinger' }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page);
      await page.goto('/nir');
      await page.getByRole('heading', { level: 1, name: 'NIR-rapportering' }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousA11yViolations(page);
    }
  });
});
