import type { Regime, RuleRef } from '../rule-types';
import type { RegimeSelection } from './select-regime';

/** The rule id of a regime the municipality set instead of the one the engine derived. */
export const REGIME_OVERRIDE_RULE_ID = 'SEL-OVERRIDE';

/** The law's name as a caseworker reads it (bokmål). */
const LAW_NAME: Record<Regime, string> = {
  INTRODUKSJONSLOVEN: 'introduksjonsloven',
  INTEGRERINGSLOVEN: 'integreringsloven',
  INTEGRERINGSLOVEN_KAP6A: 'integreringsloven kapittel 6A',
};

/**
 * The regime the rest of the evaluation uses. Without an override, or with one equal to the derived regime, the
 * engine's own selection stands. Otherwise the municipality's decision (a consultant's, with a reason kept by the
 * application) replaces the selection, and one rule says so and names the derived regime and the rules it rested on.
 */
export function regimeInForce(derived: RegimeSelection, override: Regime | null | undefined): RegimeSelection {
  if (!override || override === derived.regime) return derived;
  const basis = derived.rules.map((r) => r.id).join(', ');
  const rule: RuleRef = {
    id: REGIME_OVERRIDE_RULE_ID,
    text:
      `Kommunen har bestemt at ${LAW_NAME[override]} gjelder (konsulentens vurdering), ikke regelverket regelmotoren utledet: ` +
      `${LAW_NAME[derived.regime]}${basis ? ` (${basis})` : ''}. Konklusjonene under følger ${LAW_NAME[override]}.`,
    source: 'kommunens vedtak; utledningen etter integreringsforskriften § 72 er overstyrt',
  };
  return { regime: override, rules: [rule] };
}
