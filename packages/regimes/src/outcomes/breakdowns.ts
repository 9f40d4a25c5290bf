/**
 * The register study's breakdowns (DOMAIN.md § 7.1), one characteristic at a time; partner × sex is the only cross.
 * Each function maps a person's fact to the group label the API and the dashboard use.
 */
export const BREAKDOWNS = [
  'none',
  'category',
  'sex',
  'ageAtArrival',
  'partner',
  'children',
  'partnerSex',
  'education',
  'country',
  'cohort',
  'regime',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Birth countries reported on their own; everyone else is OTHER. */
export const OUTCOME_COUNTRIES = ['SY', 'IR', 'IQ', 'AF', 'SD', 'SO', 'ET', 'ER', 'UA'] as const;

export type CategoryGroup = 'RESETTLEMENT' | 'ASYLUM' | 'FAMILY' | 'COLLECTIVE_PROTECTION' | 'UNKNOWN';
/** SSB 711 resettlement, 712 asylum, 741–743 family; Ukrainians on collective protection apart. */
export function categoryGroup(category: string | null): CategoryGroup {
  if (category === 'FAMILY_REUNIFICATION' || category === 'FAMILY_ESTABLISHMENT') return 'FAMILY';
  if (category === 'RESETTLEMENT' || category === 'ASYLUM' || category === 'COLLECTIVE_PROTECTION') return category;
  return 'UNKNOWN';
}

/** Age at arrival bands: 20–29 … 60–69; younger and older arrivals get their own bands. */
export function ageAtArrivalGroup(age: number): string {
  if (age < 20) return 'UNDER_20';
  if (age >= 70) return '70_PLUS';
  const low = Math.floor(age / 10) * 10;
  return `${low}_${low + 9}`;
}

/** Children under 18: 0 / 1–2 / 3+. */
export function childrenGroup(children: number): '0' | '1_2' | '3_PLUS' {
  return children <= 0 ? '0' : children <= 2 ? '1_2' : '3_PLUS';
}

/**
 * Education by the first digit of NUS: 0 none; 1 primary; 2 lower secondary (NUS 2–3); 3 upper secondary (4–5);
 * 4 university lower (6); 5 university higher (7–8); 99 missing.
 */
export function educationGroup(nus: number | null): '0' | '1' | '2' | '3' | '4' | '5' | '99' {
  if (nus === null || nus === undefined || nus < 0 || nus > 8) return '99';
  if (nus <= 1) return String(nus) as '0' | '1';
  if (nus <= 3) return '2';
  if (nus <= 5) return '3';
  if (nus === 6) return '4';
  return '5';
}

export function countryGroup(country: string | null): string {
  return country && (OUTCOME_COUNTRIES as readonly string[]).includes(country) ? country : 'OTHER';
}
