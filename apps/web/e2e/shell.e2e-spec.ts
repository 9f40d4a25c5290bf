import { sessionPerTest } from './support/browser';
import {
  DEMO_USERS,
  errorSummaryText,
  expectNav,
  expectNoSeriousA11yViolations,
  gotoSignIn,
  openFromNav,
  pageHeading,
  signIn,
  signOut,
  submitSignIn,
  TEXT,
} from './support/pages';

/** What each demo user's main navigation must show, and must not. Features add their items here. */
const NAVIGATION_BY_ROLE: Record<keyof typeof DEMO_USERS, { visible: string[]; hidden: string[] }> = {
  CONSULTANT: { visible: ['Oversikt', 'Mine deltakere', 'Frister', 'Min konto'], hidden: ['Brukere'] },
  NAV_ADVISER: { visible: ['Oversikt', 'Mine deltakere', 'Min konto'], hidden: ['Brukere', 'Frister'] },
  TEACHER: { visible: ['Oversikt', 'Mine deltakere', 'Min konto'], hidden: ['Brukere', 'Frister'] },
  MANAGER: { visible: ['Oversikt', 'Mine deltakere', 'Frister', 'Min konto'], hidden: ['Brukere'] },
  ADMIN: { visible: ['Oversikt', 'Brukere', 'Min konto'], hidden: ['Mine deltakere', 'Frister'] },
};

const fixture = sessionPerTest();

describe('web shell', () => {
  it('shows an accessible sign-in page', async () => {
    const { page } = fixture.session;
    await gotoSignIn(page);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    expect(await pageHeading(page)).toBe(TEXT.signInHeading);
    await expectNoSeriousA11yViolations(page);
  });

  it.each(Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, string][])(
    'signs %s in, shows the navigation for the role, passes axe on every page, and signs out',
    async (role, email) => {
      const { page } = fixture.session;
      const expected = NAVIGATION_BY_ROLE[role];
      await signIn(page, email);

      await expectNav(page, expected.visible, expected.hidden);
      expect(await pageHeading(page)).toBe('Oversikt');
      await expectNoSeriousA11yViolations(page);

      for (const label of expected.visible) {
        await openFromNav(page, label);
        expect(await pageHeading(page)).toBe(label);
        await expectNoSeriousA11yViolations(page);
      }

      await signOut(page);
      await page.getByText(TEXT.signedOutNotice).waitFor();
      // Signed out means signed out: a protected page sends us back to sign-in.
      await page.goto('/min-konto');
      await page.getByRole('heading', { level: 1, name: TEXT.signInHeading }).waitFor();
    },
  );

  it('rejects a wrong password with the same Norwegian message as an unknown user', async () => {
    const { page } = fixture.session;

    await submitSignIn(page, DEMO_USERS.CONSULTANT, 'Feil-passord-2026');
    const wrongPassword = await errorSummaryText(page);
    expect(wrongPassword).toContain(TEXT.invalidCredentials);
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
    // Focus moves to the error summary so screen reader users hear what went wrong.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary');
    await expectNoSeriousA11yViolations(page);

    await submitSignIn(page, 'finnes-ikke@demo.ankomst.no', 'Feil-passord-2026');
    const unknownUser = await errorSummaryText(page);
    expect(unknownUser).toBe(wrongPassword);
  });
});
