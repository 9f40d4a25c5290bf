import type { CaseFacts } from '../case-facts';
import { dateParameter, parameterRow } from '../parameters/lookup';
import { norwegianDate, uncertain } from '../format';
import type { Regime, RuleRef } from '../rule-types';

export interface RegimeSelection {
  regime: Regime;
  rules: RuleRef[];
}

const B = 'INTEGRERINGSLOVEN' as const;
const C = 'INTEGRERINGSLOVEN_KAP6A' as const;

/**
 * Which law applies (DOMAIN.md § 5.1): decided by permit basis, permit grant date and arrival date, never by
 * the settlement date (integreringsforskriften § 72).
 */
export function selectRegime(facts: CaseFacts): RegimeSelection {
  const permit = facts.permitGrantedDate;
  const bRow = parameterRow('INTEGRERINGSLOVEN_FROM', B, permit);
  const bFrom = dateParameter('INTEGRERINGSLOVEN_FROM', B, permit);
  const cRow = parameterRow('KAP6A_PERMITS_FROM', C, permit);
  const cFrom = dateParameter('KAP6A_PERMITS_FROM', C, permit);
  const sunset = dateParameter('KAP6A_SUNSET', C, facts.asOf);
  const rules: RuleRef[] = [];

  if (facts.permitBasis === 'COLLECTIVE_PROTECTION' && permit >= cFrom) {
    if (permit < sunset) {
      const after =
        facts.asOf >= sunset
          ? ` ${uncertain(`kapittel 6A er vedtatt å gjelde til ${norwegianDate(sunset)}; hva som gjelder for denne personen etter det, må avklares.`)}`
          : '';
      rules.push({
        id: 'SEL-7',
        text: `Kollektiv beskyttelse (utlendingsloven § 34) innvilget ${norwegianDate(permit)}, som er ${norwegianDate(cFrom)} eller senere: de midlertidige reglene i integreringsloven kapittel 6A gjelder.${after}`,
        source: cRow.source,
      });
      return { regime: C, rules };
    }
    rules.push({
      id: 'SEL-7',
      text: `Kollektiv beskyttelse innvilget ${norwegianDate(permit)}, etter at kapittel 6A opphører ${norwegianDate(sunset)}: integreringsloven gjelder. ${uncertain('overgangsregler etter opphøret er ikke kjent.')}`,
      source: cRow.source,
    });
    return { regime: B, rules };
  }

  if (permit >= bFrom) {
    const ukrainianBefore6A =
      facts.permitBasis === 'COLLECTIVE_PROTECTION'
        ? ` Tillatelsen etter § 34 er gitt før ${norwegianDate(cFrom)}, så kapittel 6A gjelder ikke.`
        : '';
    rules.push({
      id: 'SEL-1',
      text: `Tillatelse gitt ${norwegianDate(permit)}, som er ${norwegianDate(bFrom)} eller senere: integreringsloven gjelder.${ukrainianBefore6A}`,
      source: bRow.source,
    });
  } else if (facts.arrivalDate >= bFrom) {
    rules.push({
      id: 'SEL-2',
      text: `Tillatelse gitt i utlandet før ${norwegianDate(bFrom)} og ankomst etter (${norwegianDate(facts.arrivalDate)}): integreringsloven gjelder.`,
      source: bRow.source,
    });
  } else {
    rules.push({
      id: 'SEL-3',
      text: `Tillatelse og ankomst før ${norwegianDate(bFrom)}: introduksjonsloven gjelder, selv om bosettingen skjer senere.`,
      source: bRow.source,
    });
    if (facts.programmeDecisionDate) {
      rules.push({
        id: 'SEL-4',
        text: 'Programmet er vedtatt etter introduksjonsloven. Personen får ikke rettigheter etter integreringsloven senere.',
        source: bRow.source,
      });
    }
    return { regime: 'INTRODUKSJONSLOVEN', rules };
  }

  if (facts.permitBasis === 'FAMILY_REUNIFICATION') {
    rules.push({
      id: 'C-10/11',
      text: 'Familiemedlemmer med tillatelse etter utlendingsloven kapittel 6 følger integreringsloven, også når referansepersonen har kollektiv beskyttelse.',
      source: 'integreringsloven kap. 6A; integreringsforskriften § 72',
    });
  }
  return { regime: B, rules };
}
