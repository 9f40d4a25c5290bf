import type { Browser } from 'playwright-core';
import { launchBrowser, newSession, type TestSession } from './support/browser';
import { playHandover, registerHandoverParticipant } from './support/handover';
import { DEMO_USERS, signIn } from './support/pages';

/** The Nav handover with two users in two browsers: consultant and Nav adviser (at the demo office "Nav Demo"). */
let browser: Browser;
let consultant: TestSession;
let nav: TestSession;

beforeAll(async () => {
  browser = await launchBrowser();
  consultant = await newSession(browser);
  nav = await newSession(browser);
  await signIn(consultant.page, DEMO_USERS.CONSULTANT);
  await signIn(nav.page, DEMO_USERS.NAV_ADVISER);
});

afterAll(async () => {
  await consultant?.context.close();
  await nav?.context.close();
  await browser?.close();
});

it('the consultant submits a handover, the Nav adviser asks, the consultant answers, the Nav adviser accepts', async () => {
  const name = { firstName: 'Samira', lastName: `Yousef${Date.now() % 100000}` };
  const personId = await registerHandoverParticipant(consultant.page, name);
  await playHandover(consultant.page, nav.page, personId, `${name.firstName} ${name.lastName}`);
});
