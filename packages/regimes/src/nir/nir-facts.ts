import { addMonths, type IsoDate } from '../dates';
import { findParameter } from '../parameters/lookup';
import type { ParameterRow } from '../parameters/parameter-row';
import type { Regime, RuleRef } from '../rule-types';

/** The facts NIR (the national introduction register) takes. `LEAVE` is one fact per leave period. */
export const NIR_FACTS = [
  'PROGRAMME_START',
  'COMPETENCE_MAPPING',
  'CAREER_GUIDANCE',
  'END_GOAL',
  'LEAVE',
  'PROGRAMME_END',
  'EXIT_REASON',
  'NORWEGIAN_START',
  'NORWEGIAN_TARGET_LEVEL',
  'EDUCATION_BACKGROUND',
] as const;
export type NirFact = (typeof NIR_FACTS)[number];

/**
 * One effective-dated row: NIR takes `fact` under `regimes` for events on or after `validFrom` and before
 * `validTo` (exclusive; null = open-ended). A change in the reporting duty is a new row plus a test.
 */
export interface NirFactRule {
  fact: NirFact;
  regimes: readonly Regime[];
  validFrom: IsoDate;
  validTo: IsoDate | null;
  rule: RuleRef;
}

const ALWAYS = '1900-01-01';
const ALL: readonly Regime[] = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'];
const B_AND_6A: readonly Regime[] = ['INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'];
const B_ONLY: readonly Regime[] = ['INTEGRERINGSLOVEN'];
const SOURCE = 'integreringsforskriften kap. 9; integreringsloven § 43';

const row = (fact: NirFact, regimes: readonly Regime[], text: string, id = 'B-36'): NirFactRule => ({
  fact,
  regimes,
  validFrom: ALWAYS,
  validTo: null,
  rule: { id, text, source: SOURCE },
});

/**
 * What NIR needs under each regime (DOMAIN.md § 5.3 B-36, § 5.2, § 5.4). Regime A: NIR does not take end goal,
 * contract, target level or education, and A had no career guidance. Chapter 6A follows B except that no
 * education background is recorded (C-8).
 */
// prettier-ignore
export const NIR_FACT_RULES: readonly NirFactRule[] = [
  row('PROGRAMME_START', ALL, 'Start i introduksjonsprogram registreres i NIR innen to måneder.'),
  row('COMPETENCE_MAPPING', B_AND_6A, 'Gjennomført kompetansekartlegging registreres i NIR.'),
  row('CAREER_GUIDANCE', B_AND_6A, 'Gjennomført karriereveiledning registreres i NIR (ikke etter introduksjonsloven; plikt etter kap. 6A er usikker, C-4/5).'),
  row('END_GOAL', B_AND_6A, 'Sluttmålet registreres i NIR (ikke etter introduksjonsloven).'),
  row('LEAVE', ALL, 'Permisjon fra programmet registreres i NIR innen to måneder.'),
  row('PROGRAMME_END', ALL, 'Avslutning av programmet registreres i NIR innen to måneder.'),
  row('EXIT_REASON', ALL, 'Status ved avslutning (avgangsårsak) registreres i NIR; den mangler ofte.'),
  row('NORWEGIAN_START', ALL, 'Start i opplæring i norsk registreres i NIR innen to måneder.'),
  row('NORWEGIAN_TARGET_LEVEL', B_AND_6A, 'Målnivå i norsk registreres i NIR (ikke etter introduksjonsloven).'),
  row('EDUCATION_BACKGROUND', B_ONLY, 'Utdanningsbakgrunn registreres i NIR og avgjør varigheten av opplæringen i norsk (ikke etter introduksjonsloven eller kapittel 6A).', 'B-19'),
];

const inForce = (r: NirFactRule, onDate: IsoDate) =>
  r.validFrom <= onDate && (r.validTo === null || onDate < r.validTo);

/** The rule row for `fact` in force on `onDate`, or undefined when NIR does not take it then. */
export function nirFactRule(
  fact: NirFact,
  onDate: IsoDate,
  rules: readonly NirFactRule[] = NIR_FACT_RULES,
): NirFactRule | undefined {
  return rules.find((r) => r.fact === fact && inForce(r, onDate));
}

/** The facts NIR takes under `regime` on `onDate`, in table order. */
export function nirFactsRequired(
  regime: Regime,
  onDate: IsoDate,
  rules: readonly NirFactRule[] = NIR_FACT_RULES,
): NirFact[] {
  return rules.filter((r) => r.regimes.includes(regime) && inForce(r, onDate)).map((r) => r.fact);
}

/**
 * The NIR_DEADLINE_MONTHS row for `regime` on `onDate` (B-36). Introduksjonsloven had the same reporting duty,
 * so a regime without a row of its own uses integreringsloven's.
 */
export function nirDeadlineParameter(regime: Regime, onDate: IsoDate): ParameterRow | undefined {
  return (
    findParameter('NIR_DEADLINE_MONTHS', regime, onDate) ??
    findParameter('NIR_DEADLINE_MONTHS', 'INTEGRERINGSLOVEN', onDate)
  );
}

/** The last day to register in NIR an event on `eventDate` (two months after it, B-36). */
export function nirDueDate(regime: Regime, eventDate: IsoDate): IsoDate {
  const row = nirDeadlineParameter(regime, eventDate);
  if (!row || typeof row.value !== 'number') throw new TypeError(`No NIR deadline for ${regime} on ${eventDate}`);
  return addMonths(eventDate, row.value);
}
