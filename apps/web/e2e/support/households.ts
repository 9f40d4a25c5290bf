import type { Locator, Page } from 'playwright-core';
import { mainNavigation } from './pages';

/**
 * Page helpers for households and participants, shared by browser specs (slice B extends the same flow with
 * programmes). Texts are the bokmål UI texts.
 */
export const HOUSEHOLD_TEXT = {
  nav: 'Husstander',
  listHeading: 'Husstander',
  create: 'Registrer husstand',
  newHeading: 'Registrer husstand',
  submit: 'Registrer husstanden',
  addAdult: 'Legg til voksen',
  addChild: 'Legg til barn',
  member: (n: number) => `Medlem ${n}`,
} as const;

export type Relation = 'Hovedperson' | 'Ektefelle/partner' | 'Barn' | 'Annen';

export interface MemberInput {
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  relation: Relation;
  sex?: 'Kvinne' | 'Mann';
  countryOfBirth?: string;
  languages?: string;
  interpreterNeeded?: boolean;
  /** Label of the permit basis option, e.g. "Overføringsflyktning (utl. § 35)". */
  permitBasis?: string;
  permitGrantedDate?: string;
  permitGrantedAbroad?: boolean;
  /** Label of the arrival category, e.g. "Overføringsflyktning". */
  arrivalCategory?: string;
  arrivalDate?: string;
  /** Label of the NUS option, e.g. "4 – Videregående, avsluttende" or "Ukjent". */
  nusLevel?: string;
}

export interface HouseholdInput {
  name: string;
  imdiReference?: string;
  imdiRequestDate?: string;
  members: MemberInput[];
}

let counter = 0;
/** A household name no other test uses. */
export function uniqueFamilyName(base = 'Haddad'): string {
  counter += 1;
  return `${base}${Date.now().toString(36)}${counter}`;
}

/** A typical resettlement family: two adults and a child (dates in the past of any test run). */
export function resettlementFamily(lastName = uniqueFamilyName()): HouseholdInput {
  const common = {
    lastName,
    countryOfBirth: 'SY',
    languages: 'ar',
    permitBasis: 'Overføringsflyktning (utl. § 35)',
    permitGrantedDate: '2025-11-20',
    permitGrantedAbroad: true,
    arrivalCategory: 'Overføringsflyktning',
  } as const;
  return {
    name: `Familien ${lastName}`,
    imdiReference: 'IMDI-E2E-1',
    imdiRequestDate: '2026-01-05',
    members: [
      {
        ...common,
        firstName: 'Omar',
        birthDate: '1986-03-14',
        relation: 'Hovedperson',
        sex: 'Mann',
        interpreterNeeded: true,
        nusLevel: '4 – Videregående, avsluttende',
      },
      {
        ...common,
        firstName: 'Layla',
        birthDate: '1990-09-30',
        relation: 'Ektefelle/partner',
        sex: 'Kvinne',
        interpreterNeeded: true,
        nusLevel: 'Ukjent',
      },
      { ...common, firstName: 'Sami', birthDate: '2018-06-15', relation: 'Barn', sex: 'Mann', languages: 'ar, en' },
    ],
  };
}

export function memberGroup(page: Page, index: number): Locator {
  return page.getByRole('group', { name: HOUSEHOLD_TEXT.member(index + 1), exact: true });
}

/** Opens the registration form from the main navigation. */
export async function gotoNewHousehold(page: Page): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: HOUSEHOLD_TEXT.nav, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: HOUSEHOLD_TEXT.listHeading }).waitFor();
  await page.getByRole('link', { name: HOUSEHOLD_TEXT.create, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: HOUSEHOLD_TEXT.newHeading }).waitFor();
}

async function fillMember(group: Locator, m: MemberInput): Promise<void> {
  await group.getByLabel('Fornavn', { exact: true }).fill(m.firstName);
  await group.getByLabel('Etternavn', { exact: true }).fill(m.lastName);
  await group.getByLabel('Fødselsdato', { exact: true }).fill(m.birthDate);
  await group.getByLabel('Rolle i husstanden', { exact: true }).selectOption({ label: m.relation });
  if (m.sex) await group.getByLabel('Kjønn', { exact: true }).selectOption({ label: m.sex });
  if (m.countryOfBirth) await group.getByLabel('Fødeland', { exact: true }).fill(m.countryOfBirth);
  if (m.languages) await group.getByLabel('Språk', { exact: true }).fill(m.languages);
  if (m.nusLevel) await group.getByLabel('Utdanning (NUS-nivå)', { exact: true }).selectOption({ label: m.nusLevel });
  if (m.interpreterNeeded) await group.getByLabel('Trenger tolk', { exact: true }).check();
  if (m.permitBasis)
    await group.getByLabel('Grunnlag for oppholdstillatelse', { exact: true }).selectOption({ label: m.permitBasis });
  if (m.permitGrantedDate)
    await group.getByLabel('Dato tillatelsen ble gitt', { exact: true }).fill(m.permitGrantedDate);
  if (m.permitGrantedAbroad) await group.getByLabel('Tillatelsen ble gitt i utlandet', { exact: true }).check();
  if (m.arrivalCategory)
    await group.getByLabel('Ankomstkategori', { exact: true }).selectOption({ label: m.arrivalCategory });
  if (m.arrivalDate) await group.getByLabel('Ankomstdato til Norge', { exact: true }).fill(m.arrivalDate);
}

/** Fills the registration form (already open) with the household and all its members; does not submit. */
export async function fillHouseholdForm(page: Page, household: HouseholdInput): Promise<void> {
  await page.getByLabel('Navn på husstanden', { exact: true }).fill(household.name);
  if (household.imdiReference) await page.getByLabel('IMDi-referanse', { exact: true }).fill(household.imdiReference);
  if (household.imdiRequestDate)
    await page.getByLabel('Dato for IMDis anmodning', { exact: true }).fill(household.imdiRequestDate);
  for (const [index, member] of household.members.entries()) {
    if (index > 0) {
      await page
        .getByRole('button', {
          name: member.relation === 'Barn' ? HOUSEHOLD_TEXT.addChild : HOUSEHOLD_TEXT.addAdult,
          exact: true,
        })
        .click();
    }
    await fillMember(memberGroup(page, index), member);
  }
}

/** Registers the household through the form and waits for its page; returns the household id from the URL. */
export async function registerHousehold(page: Page, household: HouseholdInput): Promise<string> {
  await gotoNewHousehold(page);
  await fillHouseholdForm(page, household);
  await page.getByRole('button', { name: HOUSEHOLD_TEXT.submit, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: household.name }).waitFor();
  await page.waitForLoadState('networkidle');
  const match = /\/husstander\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`Expected a household page, got ${page.url()}`);
  return match[1];
}

export type SettlementStep =
  'Vedta bosetting' | 'Avslå anmodningen' | 'Registrer ankomst' | 'Registrer bosetting' | 'Avlys';
const CONFIRM: Record<SettlementStep, string> = {
  'Vedta bosetting': 'Lagre vedtaket',
  'Avslå anmodningen': 'Lagre avslaget',
  'Registrer ankomst': 'Lagre ankomsten',
  'Registrer bosetting': 'Lagre bosettingen',
  Avlys: 'Avlys bosettingen',
};
const DATE_LABEL: Record<SettlementStep, string> = {
  'Vedta bosetting': 'Vedtaksdato',
  'Avslå anmodningen': 'Vedtaksdato',
  'Registrer ankomst': 'Ankomstdato til kommunen',
  'Registrer bosetting': 'Bosettingsdato',
  Avlys: 'Dato',
};
const STATUS_AFTER: Record<SettlementStep, string> = {
  'Vedta bosetting': 'Vedtatt bosatt',
  'Avslå anmodningen': 'Avslått',
  'Registrer ankomst': 'Ankommet',
  'Registrer bosetting': 'Bosatt',
  Avlys: 'Avlyst',
};

/** On the household page: takes one settlement step with its legal date (and housing when settling). */
export async function takeSettlementStep(
  page: Page,
  step: SettlementStep,
  date: string,
  options: { housing?: string } = {},
): Promise<void> {
  await page.getByRole('button', { name: step, exact: true }).click();
  const form = page.locator('form.settlement-step-form');
  await form.getByLabel(DATE_LABEL[step], { exact: true }).fill(date);
  if (options.housing) await form.getByLabel('Boligtype', { exact: true }).selectOption({ label: options.housing });
  await form.getByRole('button', { name: CONFIRM[step], exact: true }).click();
  await page.getByText(`Husstanden er flyttet til «${STATUS_AFTER[step]}».`).waitFor();
}

/** Takes the household from REQUESTED through ACCEPTED and ARRIVED to SETTLED. */
export async function settleHousehold(
  page: Page,
  dates: { decision: string; arrival: string; settlement: string } = {
    decision: '2026-01-20',
    arrival: '2026-02-10',
    settlement: '2026-02-10',
  },
  housing = 'Kommunal bolig',
): Promise<void> {
  await takeSettlementStep(page, 'Vedta bosetting', dates.decision);
  await takeSettlementStep(page, 'Registrer ankomst', dates.arrival);
  await takeSettlementStep(page, 'Registrer bosetting', dates.settlement, { housing });
}

/** From the household page, opens a member's participant page by their full name. */
export async function openParticipantFromHousehold(page: Page, fullName: string): Promise<void> {
  await page.getByRole('link', { name: fullName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** A section of the participant page by its h2. */
export function participantSection(page: Page, heading: string): Locator {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}
