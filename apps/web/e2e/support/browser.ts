import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with nothing that phones home or slows start-up. */
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The running Ankomst (API and web on one origin) the specs drive, from the harness. */
export function baseUrl(): string {
  const url = process.env.ANKOMST_BASE_URL;
  if (!url) throw new Error('ANKOMST_BASE_URL is not set: the browser specs need a running Ankomst to test');
  return url.replace(/\/+$/, '');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}

export interface TestSession {
  context: BrowserContext;
  page: Page;
}

/**
 * A fresh context (no cookies, no storage) per test, so no test depends on another's session.
 * Relative `page.goto('/logg-inn')` resolves against ANKOMST_BASE_URL.
 */
export async function newSession(browser: Browser): Promise<TestSession> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'nb-NO',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Registers the jest hooks of a spec file where every test starts signed out in a fresh session: one browser for
 * the file, a new context and page before each test, closed after it. Read `.session` inside a test.
 */
export function sessionPerTest(): { readonly session: TestSession } {
  let browser: Browser | undefined;
  let session: TestSession | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('The browser did not start');
    session = await newSession(browser);
  });
  afterEach(async () => {
    await session?.context.close();
  });
  return {
    get session() {
      if (!session) throw new Error('No session: read .session inside a test');
      return session;
    },
  };
}
