import type { CaseFacts } from '../case-facts';
import type { IsoDate } from '../dates';
import { maxDate } from '../dates';
import { findParameter, parameterHistory } from '../parameters/lookup';
import type { ParameterName, ParameterRow } from '../parameters/parameter-row';
import type { Anchor, Regime } from '../rule-types';

/** The programme decision date, or the evaluation date while no decision has been made. */
export function decisionDate(facts: CaseFacts): IsoDate {
  return facts.programmeDecisionDate ?? facts.asOf;
}

/** Settlement, or the claim date when the person claimed the programme later (§ 12, introduksjonsloven § 6). */
export function startClockDate(facts: CaseFacts): IsoDate {
  return facts.claimDate ? maxDate(facts.settlementDate, facts.claimDate) : facts.settlementDate;
}

/** The date of the fact that selects a parameter row. */
export function anchorDate(anchor: Anchor, facts: CaseFacts): IsoDate {
  switch (anchor) {
    case 'PERMIT_DATE':
      return facts.permitGrantedDate;
    case 'DECISION_DATE':
      return decisionDate(facts);
    case 'SETTLEMENT_DATE':
      return startClockDate(facts);
    case 'APPLICATION_DATE':
      return facts.familyApplicationDate ?? facts.permitGrantedDate;
    case 'PAYMENT_PERIOD':
    case 'EVALUATION_DATE':
      return facts.asOf;
  }
}

/** Whose rows a regime reads: chapter 6A falls back to integreringsloven for names it has no rows for. */
function effectiveRegime(name: ParameterName, regime: Regime): Regime {
  const own = parameterHistory(name).some((r) => r.regime === regime);
  return own || regime !== 'INTEGRERINGSLOVEN_KAP6A' ? regime : 'INTEGRERINGSLOVEN';
}

/**
 * The parameter row in force for this case: the row's own anchor (permit date, decision date ...) picks
 * which fact's date selects it. Undefined when the regime has no such parameter.
 */
export function caseParameter(name: ParameterName, regime: Regime, facts: CaseFacts): ParameterRow | undefined {
  const rows = parameterHistory(name).filter((r) => r.regime === effectiveRegime(name, regime));
  const first = rows[0];
  if (!first) return undefined;
  return findParameter(name, regime, anchorDate(first.anchor, facts));
}

/** A numeric case parameter that must exist; null means "no limit". */
export function caseNumber(
  name: ParameterName,
  regime: Regime,
  facts: CaseFacts,
): { value: number | null; row: ParameterRow } {
  const row = caseParameter(name, regime, facts);
  if (!row) throw new Error(`No parameter ${name} for ${regime} applies to this case`);
  if (row.value !== null && typeof row.value !== 'number') throw new TypeError(`Parameter ${name} is not a number`);
  return { value: row.value, row };
}

/** A numeric case parameter that must have a value. */
export function caseValue(name: ParameterName, regime: Regime, facts: CaseFacts): { value: number; row: ParameterRow } {
  const { value, row } = caseNumber(name, regime, facts);
  if (value === null) throw new TypeError(`Parameter ${name} for ${regime} has no value`);
  return { value, row };
}
