import type { IsoDate } from '../dates';
import { ageOn } from '../dates';
import { fractionText, norwegianDate, uncertain } from '../format';
import { findParameter, parameterRow, requiredNumber } from '../parameters/lookup';
import type { Regime, RuleRef } from '../rule-types';

export interface BenefitRateFacts {
  regime: Regime;
  birthDate: IsoDate;
  livesWithParents: boolean;
  childlessCoupleBothParticipating?: boolean | null;
}

export interface BenefitRate {
  /** Share of the yearly benefit of 2G (1 = full rate, 2/3, 1/3, 5/6). */
  fractionOf2G: number;
  rule: RuleRef;
}

/**
 * The introduction-benefit rate as a fraction of 2G on `onDate` (a day in the payment period).
 *
 * - Introduksjonsloven (A-8, § 8): under 25 → 2/3; otherwise full. No living-with-parents or couple rule.
 * - Integreringsloven and chapter 6A (B-23/24, B-25, C-9: 6A uses the B rules): under 25 → 2/3, or 1/3 when
 *   living with a parent; a childless couple who both take part → 5/6 each; otherwise full.
 *   The under-25 rules are applied before the couple rule.
 * Every value comes from the effective-dated parameter rows, anchored on the payment period.
 */
export function benefitRate(facts: BenefitRateFacts, onDate: IsoDate): BenefitRate {
  const { regime } = facts;
  const age = ageOn(facts.birthDate, onDate);
  const youthLimit = requiredNumber('BENEFIT_YOUTH_AGE_LIMIT', regime, onDate);
  const gap =
    regime === 'INTEGRERINGSLOVEN_KAP6A' ? ' Kapittel 6A bruker integreringslovens regler for stønaden (C-9).' : '';

  if (age < youthLimit) {
    const withParent = facts.livesWithParents
      ? findParameter('BENEFIT_YOUTH_WITH_PARENT_FRACTION', regime, onDate)
      : undefined;
    if (withParent && typeof withParent.value === 'number') {
      return rate(withParent.value, {
        id: withParent.ruleId,
        text: `Under ${youthLimit} år og bor med forelder: stønaden er ${fractionText(withParent.value)} av 2G i året.${gap}`,
        source: withParent.source,
      });
    }
    const youth = parameterRow('BENEFIT_YOUTH_FRACTION', regime, onDate);
    const fraction = requiredNumber('BENEFIT_YOUTH_FRACTION', regime, onDate);
    return rate(fraction, {
      id: youth.ruleId,
      text: `Under ${youthLimit} år: stønaden er ${fractionText(fraction)} av 2G i året.${gap}`,
      source: youth.source,
    });
  }

  if (facts.childlessCoupleBothParticipating) {
    const couple = findParameter('BENEFIT_CHILDLESS_COUPLE_FRACTION', regime, onDate);
    if (couple && typeof couple.value === 'number') {
      const note =
        couple.grade === 'U' ? ` ${uncertain(`regelen antas å gjelde fra ${norwegianDate(couple.validFrom)}.`)}` : '';
      return rate(couple.value, {
        id: couple.ruleId,
        text: `Barnløst par der begge deltar i programmet: stønaden er ${fractionText(couple.value)} av 2G i året hver.${note}${gap}`,
        source: couple.source,
      });
    }
  }

  const full = parameterRow('BENEFIT_FULL_FRACTION', regime, onDate);
  const fraction = requiredNumber('BENEFIT_FULL_FRACTION', regime, onDate);
  return rate(fraction, {
    id: full.ruleId,
    text: `${youthLimit} år eller eldre: full stønad, 2G i året.${gap}`,
    source: full.source,
  });
}

function rate(fractionOf2G: number, rule: RuleRef): BenefitRate {
  return { fractionOf2G, rule };
}
