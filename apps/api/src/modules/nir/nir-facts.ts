import type { NirFact } from '@ankomst/contracts';
import type { Regime } from '@ankomst/regimes';

/**
 * What NIR needs under each regime (DOMAIN.md § 5.3 B-36, § 5.2, § 5.4), and the two-month registration
 * deadline. Regime A: NIR does not take end goal, contract, target level or education, and A had no career
 * guidance. Chapter 6A follows B except that no education background is recorded (C-8).
 */
export interface NirFactRule {
  fact: NirFact;
  regimes: readonly Regime[];
  rule: { id: string; text: string; source: string };
}

const ALL: readonly Regime[] = ['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'];
const B_AND_6A: readonly Regime[] = ['INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'];
const SOURCE = 'integreringsforskriften kap. 9; integreringsloven § 43';

export const NIR_REGISTRATION_MONTHS = 2;

export const NIR_FACT_RULES: readonly NirFactRule[] = [
  {
    fact: 'PROGRAMME_START',
    regimes: ALL,
    rule: { id: 'B-36', text: 'Start i introduksjonsprogram registreres i NIR innen to måneder.', source: SOURCE },
  },
  {
    fact: 'COMPETENCE_MAPPING',
    regimes: B_AND_6A,
    rule: { id: 'B-36', text: 'Gjennomført kompetansekartlegging registreres i NIR.', source: SOURCE },
  },
  {
    fact: 'CAREER_GUIDANCE',
    regimes: B_AND_6A,
    rule: {
      id: 'B-36',
      text: 'Gjennomført karriereveiledning registreres i NIR (ikke etter introduksjonsloven; plikt etter kap. 6A er usikker, C-4/5).',
      source: SOURCE,
    },
  },
  {
    fact: 'END_GOAL',
    regimes: B_AND_6A,
    rule: { id: 'B-36', text: 'Sluttmålet registreres i NIR (ikke etter introduksjonsloven).', source: SOURCE },
  },
  {
    fact: 'LEAVE',
    regimes: ALL,
    rule: { id: 'B-36', text: 'Permisjon fra programmet registreres i NIR innen to måneder.', source: SOURCE },
  },
  {
    fact: 'PROGRAMME_END',
    regimes: ALL,
    rule: { id: 'B-36', text: 'Avslutning av programmet registreres i NIR innen to måneder.', source: SOURCE },
  },
  {
    fact: 'EXIT_REASON',
    regimes: ALL,
    rule: {
      id: 'B-36',
      text: 'Status ved avslutning (avgangsårsak) registreres i NIR; den mangler ofte.',
      source: SOURCE,
    },
  },
  {
    fact: 'NORWEGIAN_START',
    regimes: ALL,
    rule: { id: 'B-36', text: 'Start i opplæring i norsk registreres i NIR innen to måneder.', source: SOURCE },
  },
  {
    fact: 'NORWEGIAN_TARGET_LEVEL',
    regimes: B_AND_6A,
    rule: { id: 'B-36', text: 'Målnivå i norsk registreres i NIR (ikke etter introduksjonsloven).', source: SOURCE },
  },
  {
    fact: 'EDUCATION_BACKGROUND',
    regimes: ['INTEGRERINGSLOVEN'],
    rule: {
      id: 'B-19',
      text: 'Utdanningsbakgrunn registreres i NIR og avgjør varigheten av opplæringen i norsk (ikke etter introduksjonsloven eller kapittel 6A).',
      source: SOURCE,
    },
  },
];

export const ruleFor = (fact: NirFact): NirFactRule => NIR_FACT_RULES.find((r) => r.fact === fact)!;
export const requiredUnder = (regime: Regime): NirFact[] =>
  NIR_FACT_RULES.filter((r) => r.regimes.includes(regime)).map((r) => r.fact);
