import type { CaseFacts } from '../case-facts';
import { uncertain } from '../format';
import type { Regime, RuleRef } from '../rule-types';
import { caseValue } from './anchors';

/**
 * Whether parental guidance is a mandatory programme element: B-16 (children under 18), C-6 (mandatory in
 * chapter 6A as well), introduksjonsloven (not mandatory). Only for someone in the programme.
 */
export function evaluateParentalGuidance(
  facts: CaseFacts,
  regime: Regime,
  inProgramme: boolean,
): { parentalGuidanceRequired: boolean; rules: RuleRef[] } {
  if (regime === 'INTRODUKSJONSLOVEN') {
    return {
      parentalGuidanceRequired: false,
      rules: [
        {
          id: 'A-4',
          text: 'Foreldreveiledning og livsmestring er ikke obligatoriske deler av programmet etter introduksjonsloven.',
          source: 'introduksjonsloven § 4',
        },
      ],
    };
  }
  const id = regime === 'INTEGRERINGSLOVEN' ? 'B-16' : 'C-6';
  const source =
    regime === 'INTEGRERINGSLOVEN'
      ? 'integreringsloven § 13; integreringsforskriften'
      : 'integreringsloven kap. 6A; integreringsforskriften kap. 8A';
  if (!inProgramme) {
    return {
      parentalGuidanceRequired: false,
      rules: [{ id, text: 'Ikke i introduksjonsprogram: foreldreveiledning er ikke et krav.', source }],
    };
  }
  if (!facts.hasChildrenUnder18) {
    return {
      parentalGuidanceRequired: false,
      rules: [
        {
          id,
          text: 'Ingen barn under 18 år registrert: foreldreveiledning er ikke obligatorisk. Den blir obligatorisk hvis deltakeren venter barn.',
          source,
        },
      ],
    };
  }
  const gMin = caseValue('PARENTAL_GUIDANCE_GROUP_MEETINGS_MIN', regime, facts).value;
  const gMax = caseValue('PARENTAL_GUIDANCE_GROUP_MEETINGS_MAX', regime, facts).value;
  const iMin = caseValue('PARENTAL_GUIDANCE_INDIVIDUAL_MEETINGS_MIN', regime, facts).value;
  const iMax = caseValue('PARENTAL_GUIDANCE_INDIVIDUAL_MEETINGS_MAX', regime, facts).value;
  const c6 =
    regime === 'INTEGRERINGSLOVEN_KAP6A'
      ? ` Foreldreveiledning er obligatorisk også etter kapittel 6A. ${uncertain('kravet gjelder, som i integreringsloven, deltakere med barn under 18 år.')}`
      : '';
  return {
    parentalGuidanceRequired: true,
    rules: [
      {
        id,
        text: `Har barn under 18 år: foreldreveiledning er obligatorisk, ${gMin}–${gMax} gruppemøter eller ${iMin}–${iMax} individuelle møter.${c6}`,
        source,
      },
    ],
  };
}
