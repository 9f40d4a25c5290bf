import type { CaseFacts } from '../case-facts';
import { ageOn } from '../dates';
import { norwegianDate, uncertain } from '../format';
import type { Regime, RuleRef } from '../rule-types';
import { caseParameter, caseValue } from './anchors';

export interface NorwegianTrainingConclusion {
  right: boolean;
  duty: boolean;
  maxMonths: number | null;
}

/**
 * Right and duty to Norwegian training and its maximum length: introduksjonsloven §§ 17–19,
 * integreringsloven B-18/B-19/B-21, chapter 6A C-8. Ages are counted on the permit date.
 */
export function evaluateNorwegianTraining(
  facts: CaseFacts,
  regime: Regime,
): { norwegianTraining: NorwegianTrainingConclusion; rules: RuleRef[] } {
  const min = caseValue('NORWEGIAN_MIN_AGE', regime, facts);
  const rightMax = caseValue('NORWEGIAN_RIGHT_MAX_AGE', regime, facts);
  const age = ageOn(facts.birthDate, facts.permitGrantedDate);
  const when = `${age} år på vedtaksdatoen for tillatelsen (${norwegianDate(facts.permitGrantedDate)})`;
  const none = (text: string): { norwegianTraining: NorwegianTrainingConclusion; rules: RuleRef[] } => ({
    norwegianTraining: { right: false, duty: false, maxMonths: null },
    rules: [{ id: min.row.ruleId, text, source: min.row.source }],
  });
  if (age < min.value)
    return none(`${when}: under ${min.value} år, ingen rett til opplæring i norsk etter denne loven.`);
  if (age > rightMax.value)
    return none(`${when}: over ${rightMax.value} år, ingen rett eller plikt til opplæring i norsk.`);

  if (regime === 'INTEGRERINGSLOVEN_KAP6A') {
    const months = caseValue('NORWEGIAN_MAX_MONTHS', regime, facts);
    return {
      norwegianTraining: { right: true, duty: false, maxMonths: months.value },
      rules: [
        {
          id: 'C-8',
          text: `${when}: rett, men ikke plikt, til opplæring i norsk i ${months.value} måneder fra oppstart etter første vedtak. Ingen rett til samfunnskunnskap. ${uncertain(`aldersgrensene ${min.value}–${rightMax.value} år er hentet fra integreringsloven.`)}`,
          source: months.row.source,
        },
      ],
    };
  }

  if (regime === 'INTRODUKSJONSLOVEN') {
    const dutyMax = caseValue('NORWEGIAN_DUTY_MAX_AGE', regime, facts);
    const months = caseValue('NORWEGIAN_MAX_MONTHS', regime, facts);
    const hours = caseValue('NORWEGIAN_HOURS', regime, facts);
    const social = caseValue('SOCIAL_STUDIES_HOURS', regime, facts);
    const onNeed = caseParameter('NORWEGIAN_MAX_HOURS_ON_NEED', regime, facts);
    const duty = age <= dutyMax.value;
    const need = typeof onNeed?.value === 'number' ? `, inntil ${onNeed.value} timer ved behov` : '';
    return {
      norwegianTraining: { right: true, duty, maxMonths: months.value },
      rules: [
        {
          id: 'A-17',
          text: `${when}: ${duty ? 'rett og plikt' : 'rett, men ikke plikt,'} til ${hours.value} timer norsk og ${social.value} timer samfunnskunnskap${need}. Opplæringen skal fullføres innen ${months.value / 12} år. ${uncertain(`aldersgrensene ${min.value}–${dutyMax.value} år (rett og plikt) og ${dutyMax.value + 1}–${rightMax.value} år (bare rett) er ikke verifisert.`)}`,
          source: months.row.source,
        },
      ],
    };
  }

  // integreringsloven
  const dutyMax = caseValue('NORWEGIAN_DUTY_MAX_AGE', regime, facts);
  const duty = age <= dutyMax.value;
  const limit = facts.hasUpperSecondaryEducation
    ? caseValue('NORWEGIAN_MAX_MONTHS_UPPER_SECONDARY', regime, facts)
    : caseValue('NORWEGIAN_MAX_MONTHS', regime, facts);
  const social = caseValue('SOCIAL_STUDIES_HOURS', regime, facts);
  const fromSettlement =
    facts.permitBasis === 'COLLECTIVE_PROTECTION' ? ' For tillatelse etter § 34 gjelder retten fra bosetting.' : '';
  return {
    norwegianTraining: { right: true, duty, maxMonths: limit.value },
    rules: [
      {
        id: 'B-18',
        text: `${when}: innenfor ${min.value}–${rightMax.value} år, ${duty ? 'rett og plikt' : 'rett'} til opplæring i norsk og samfunnskunnskap.${fromSettlement}`,
        source: min.row.source,
      },
      {
        id: 'B-19',
        text: `${facts.hasUpperSecondaryEducation ? 'Har videregående opplæring' : 'Har ikke videregående opplæring'}: opplæring i norsk inntil ${limit.value} måneder (pluss permisjon), regnet fra tilbudt oppstart, eller til minstenivået er nådd.`,
        source: limit.row.source,
      },
      {
        id: 'B-21',
        text: `Samfunnskunnskap: ${social.value} timer. ${uncertain('timetallet velges etter datoen for tillatelsen (50 timer i 2021, 75 timer fra 2022).')}`,
        source: social.row.source,
      },
    ],
  };
}
