import type { Regime, RuleRef } from '../rule-types';
import type { RegimeParameterRow } from './parameters';

/** The rule texts behind the calculation's line items (bokmål, for caseworkers and payslips). */

export const DAY_BASIS_TEXT =
  'Delmåned: månedsbeløpet (årsbeløpet / 12) × stønadsdager / kalenderdager i måneden. Hver linje avrundes til hele øre.';

const LAW: Record<Regime, string> = {
  INTRODUKSJONSLOVEN: 'Introduksjonsloven',
  INTEGRERINGSLOVEN: 'Integreringsloven',
  INTEGRERINGSLOVEN_KAP6A: 'Integreringsloven kap. 6A (B-reglene gjelder, C-9)',
};

/** Which days carry benefit, and the day basis. */
export function dayBasisRule(regime: Regime): RuleRef {
  const base =
    'Stønaden gis for dager i programmet, ikke for dager før oppstart, etter avslutning eller i permisjon uten stønad. ' +
    DAY_BASIS_TEXT;
  if (regime === 'INTRODUKSJONSLOVEN')
    return {
      id: 'A-9',
      text: `${base} [U] Introduksjonsloven § 9 regner en dag som 1/30 av månedsbeløpet; dagsbasis må avklares.`,
      source: 'Introduksjonsloven §§ 8–9; Prop. 89 L (2019–2020) kap. 9.1',
    };
  return {
    id: 'B-26/27',
    text: `${base} Stønaden utbetales etterskuddsvis etter registrert deltakelse.`,
    source: `${LAW[regime]} §§ 19–20 og § 24`,
  };
}

/** The rate rule from `benefitRate`, extended with the day basis. */
export function periodRule(rateRule: RuleRef): RuleRef {
  return { id: rateRule.id, text: `${rateRule.text} ${DAY_BASIS_TEXT}`, source: rateRule.source };
}

export function deductionRule(row: RegimeParameterRow<string, number>, regime: Regime): RuleRef {
  const assumed = row.grade === 'U' ? ' [U] Timeenheten er antatt for dette regelverket; må verifiseres.' : '';
  return {
    id: row.ruleId,
    text: `Ugyldig fravær (ikke sykdom, tvingende velferdsgrunner eller innvilget fri) gir forholdsmessig trekk: én time er 1/${row.value} av årlig stønad.${assumed}`,
    source: row.source || LAW[regime],
  };
}

export function deductionsNotAppliedRule(row: RegimeParameterRow<string, boolean>): RuleRef {
  return {
    id: row.ruleId,
    text: 'Under kapittel 6A gjelder B-reglene for stønaden, men i praksis gis det ikke trekk for fravær, og om trekk gjelder rettslig er uavklart [U]. Trekk er slått av for denne beregningen.',
    source: row.source,
  };
}

export function decisionRule(
  shareRow: RegimeParameterRow<string, number>,
  divisorRow: RegimeParameterRow<string, number>,
): RuleRef {
  const assumed = shareRow.grade === 'U' ? ' [U] Antatt for dette regelverket.' : '';
  return {
    id: shareRow.ruleId,
    text: `Kommunen må fatte enkeltvedtak om trekk når trekket er minst ${shareRow.value * 100} % av utbetalingen før trekk og samtidig minst 1/${divisorRow.value} G.${assumed}`,
    source: shareRow.source,
  };
}

export function offsetRule(regime: Regime): RuleRef {
  if (regime === 'INTRODUKSJONSLOVEN')
    return {
      id: 'A-12',
      text: 'Stønaden reduseres for dagpenger, sykepenger og foreldrepenger opptjent før programstart, og for uføretrygd og arbeidsavklaringspenger. Barnetrygd og kontantstøtte kommer ikke til fradrag.',
      source: 'Introduksjonsloven § 12',
    };
  return {
    id: 'B-26/27',
    text: 'Stønaden samordnes med andre offentlige ytelser (dagpenger, sykepenger, foreldrepenger, arbeidsavklaringspenger, uføretrygd) og med lønn i programmet. Barnetrygd og kontantstøtte kommer ikke til fradrag.',
    source: `${LAW[regime]} § 22`,
  };
}

export function floorRule(regime: Regime): RuleRef {
  return {
    id: regime === 'INTRODUKSJONSLOVEN' ? 'A-9' : 'B-28',
    text: 'Trekk og samordning kan ikke gjøre utbetalingen negativ; det som overstiger brutto stønad i måneden, trekkes ikke.',
    source: regime === 'INTRODUKSJONSLOVEN' ? 'Introduksjonsloven §§ 9 og 12' : `${LAW[regime]} §§ 21–22`,
  };
}

export const OTHER_BENEFIT_LABELS = {
  UNEMPLOYMENT_BENEFIT: 'dagpenger',
  SICKNESS_BENEFIT: 'sykepenger',
  PARENTAL_BENEFIT: 'foreldrepenger',
  WORK_ASSESSMENT_ALLOWANCE: 'arbeidsavklaringspenger',
  DISABILITY_BENEFIT: 'uføretrygd',
  WAGES: 'lønn i programmet',
  CHILD_BENEFIT: 'barnetrygd',
  CASH_FOR_CARE: 'kontantstøtte',
} as const;
