import type { IsoDate } from '../dates';
import type { Regime, RuleRef } from '../rule-types';
import { absenceRow } from './parameters';
import type { AbsenceParameterName } from './parameters';

/** Rule references for the absence warnings: the parameter row's id and source, and a bokmål text. */
export function absenceRule(name: AbsenceParameterName, regime: Regime, date: IsoDate, text: string): RuleRef {
  const row = absenceRow(name, regime, date);
  const assumed =
    row.grade === 'U'
      ? regime === 'INTRODUKSJONSLOVEN'
        ? ' [U] Ikke verifisert.'
        : ' [U] Verdien er verifisert for introduksjonsloven og antatt for integreringsloven («viderefører i hovedsak»); må verifiseres.'
      : '';
  const kap6a = regime === 'INTEGRERINGSLOVEN_KAP6A' ? ' Kapittel 6A følger integreringsloven her.' : '';
  return { id: row.ruleId, text: `${text}${assumed}${kap6a}`, source: row.source };
}

export function unauthorisedRule(regime: Regime): RuleRef {
  const c9 =
    regime === 'INTEGRERINGSLOVEN_KAP6A'
      ? ' Under kapittel 6A gis trekk bare når trekk er slått på (C-9); rettslig uavklart [U].'
      : '';
  return regime === 'INTRODUKSJONSLOVEN'
    ? {
        id: 'A-10',
        text: 'Fravær som ikke skyldes sykdom eller tvingende velferdsgrunner, og som det ikke er gitt tillatelse til, er ugyldig og gir forholdsmessig trekk i stønaden.',
        source: 'Introduksjonsloven §§ 9–10',
      }
    : {
        id: regime === 'INTEGRERINGSLOVEN' ? 'B-28' : 'C-9',
        text: `Fravær som ikke skyldes sykdom eller tvingende velferdsgrunner, og som det ikke er gitt tillatelse til, er ugyldig og gir forholdsmessig trekk i stønaden. Kan føre til stans av programmet.${c9}`,
        source: 'Integreringsloven §§ 17, 18 og 21',
      };
}

export function leaveWithoutBenefitRule(regime: Regime): RuleRef {
  return {
    id: regime === 'INTRODUKSJONSLOVEN' ? 'A-10' : 'B-26/27',
    text: 'Permisjon uten stønad er gyldig fravær, men det utbetales ikke stønad for dagene.',
    source:
      regime === 'INTRODUKSJONSLOVEN'
        ? 'Introduksjonsloven § 9 og fraværsforskriften'
        : 'Integreringsloven § 17 og integreringsforskriften',
  };
}

export function overlapRule(regime: Regime): RuleRef {
  return {
    id: regime === 'INTRODUKSJONSLOVEN' ? 'A-10' : 'B-26/27',
    text: 'Hver programdag kan ha bare én fraværsregistrering.',
    source: 'Ankomst: fraværsregisteret (DOMAIN.md 5.5)',
  };
}
