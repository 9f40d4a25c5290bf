import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Seeded demo users, all with the same password. */
export const DEMO_PASSWORD = 'Demo-passord-2026';
export const DEMO_USERS = {
  CONSULTANT: 'konsulent@demo.ankomst.no',
  NAV_ADVISER: 'nav@demo.ankomst.no',
  TEACHER: 'laerer@demo.ankomst.no',
  MANAGER: 'leder@demo.ankomst.no',
  ADMIN: 'admin@demo.ankomst.no',
} as const;

/** Norwegian UI texts the specs look for (the app's default language is bokmål). */
export const TEXT = {
  signInHeading: 'Logg inn',
  email: 'E-post',
  password: 'Passord',
  signInButton: 'Logg inn',
  signOutButton: 'Logg ut',
  mainNavigation: 'Hovedmeny',
  invalidCredentials: 'Feil e-postadresse eller passord.',
  signedOutNotice: 'Du er logget ut.',
} as const;

export const SIGN_IN_PATH = '/logg-inn';

export async function gotoSignIn(page: Page): Promise<void> {
  await page.goto(SIGN_IN_PATH);
  await page.getByRole('heading', { level: 1, name: TEXT.signInHeading }).waitFor();
}

/** Fills and submits the sign-in form; does not wait for the outcome (see `signIn`). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await gotoSignIn(page);
  await page.getByLabel(TEXT.email, { exact: true }).fill(email);
  await page.getByLabel(TEXT.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: TEXT.signInButton, exact: true }).click();
}

/** Signs in and waits until the signed-in layout (its main navigation) is shown. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, email, password);
  await mainNavigation(page).waitFor();
}

/** Signs out from the header and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: TEXT.signOutButton, exact: true }).click();
  await page.waitForURL((url) => url.pathname === SIGN_IN_PATH);
  await page.getByRole('heading', { level: 1, name: TEXT.signInHeading }).waitFor();
}

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: TEXT.mainNavigation });
}

/** The labels of the main navigation's links, in order. */
export async function navLabels(page: Page): Promise<string[]> {
  const labels = await mainNavigation(page).getByRole('link').allInnerTexts();
  return labels.map((label) => label.trim());
}

/**
 * Checks the main navigation shows every label in `visible` and none in `hidden`.
 * (Inclusion rather than equality, so a feature adding an item only extends the lists that should see it.)
 */
export async function expectNav(page: Page, visible: readonly string[], hidden: readonly string[] = []): Promise<void> {
  const labels = await navLabels(page);
  const missing = visible.filter((label) => !labels.includes(label));
  const unexpected = hidden.filter((label) => labels.includes(label));
  if (missing.length > 0 || unexpected.length > 0) {
    throw new Error(
      `Navigation was [${labels.join(', ')}]; missing [${missing.join(', ')}]; should not show [${unexpected.join(', ')}]`,
    );
  }
}

/** Follows a main-navigation link and waits for the page's h1. */
export async function openFromNav(page: Page, label: string): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Let data-driven content (tables, cards) settle before anything is measured.
  await page.waitForLoadState('networkidle');
}

/** The text of the page's one h1 (and a check that there is exactly one), once the page has rendered it. */
export async function pageHeading(page: Page): Promise<string> {
  const headings = page.getByRole('heading', { level: 1 });
  await headings.first().waitFor(); // pages show a loading indicator, without an h1, until their data arrives
  const count = await headings.count();
  if (count !== 1) throw new Error(`Expected one h1 on ${page.url()}, found ${count}`);
  return (await headings.innerText()).trim();
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Waits for the page's finite animations and transitions (a dialog fading in) to end: axe measures colours as they
 * are drawn, and mid-fade text is too faint. Endless ones (a loading spinner) are not waited for.
 */
async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Runs axe on the page once its animations have ended; fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const report = serious
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
      .join('\n');
    throw new Error(`Accessibility violations on ${page.url()}:\n${report}`);
  }
}

/** The error summary's text, once it is shown (it takes focus when it appears). */
export async function errorSummaryText(page: Page): Promise<string> {
  const summary = page.locator('ds-error-summary');
  await summary.waitFor();
  return (await summary.innerText()).trim();
}
