import type { IsoDate } from '../dates';
import { isIsoDate } from '../dates';
import type { Regime } from '../rule-types';
import type { ParameterName, ParameterRow } from './parameter-row';
import { RULE_PARAMETERS } from './rule-parameters';

export class UnknownParameterError extends Error {
  constructor(
    readonly parameterName: ParameterName,
    readonly regime: Regime,
    readonly onDate: IsoDate,
  ) {
    super(`No parameter ${parameterName} for ${regime} is in force on ${onDate}`);
  }
}

/** Integreringsloven fills the gaps in chapter 6A (SEL-7, C-9): a 6A lookup without a row of its own falls back. */
const FALLBACK: Partial<Record<Regime, Regime>> = { INTEGRERINGSLOVEN_KAP6A: 'INTEGRERINGSLOVEN' };

/**
 * The row in force for `regime` on `onDate` (the date of the row's anchor fact), or undefined.
 * For chapter 6A, a name with no 6A rows at all falls back to integreringsloven.
 */
export function findParameter(
  name: ParameterName,
  regime: Regime,
  onDate: IsoDate,
  rows: readonly ParameterRow[] = RULE_PARAMETERS,
): ParameterRow | undefined {
  const own = rows.filter((r) => r.name === name && r.regime === regime);
  const fallback = FALLBACK[regime];
  if (own.length === 0 && fallback) return findParameter(name, fallback, onDate, rows);
  return own.find((r) => r.validFrom <= onDate && (r.validTo === null || onDate < r.validTo));
}

/** All rows for one parameter name, for display and audit. */
export function parameterHistory(name: ParameterName, rows: readonly ParameterRow[] = RULE_PARAMETERS): ParameterRow[] {
  return rows.filter((r) => r.name === name);
}

/** Like findParameter, but a missing row is a programming or data error. */
export function parameterRow(
  name: ParameterName,
  regime: Regime,
  onDate: IsoDate,
  rows: readonly ParameterRow[] = RULE_PARAMETERS,
): ParameterRow {
  const row = findParameter(name, regime, onDate, rows);
  if (!row) throw new UnknownParameterError(name, regime, onDate);
  return row;
}

/** A numeric parameter; null when the row says "no limit". */
export function numberParameter(
  name: ParameterName,
  regime: Regime,
  onDate: IsoDate,
  rows: readonly ParameterRow[] = RULE_PARAMETERS,
): number | null {
  const { value } = parameterRow(name, regime, onDate, rows);
  if (value !== null && typeof value !== 'number') throw new TypeError(`Parameter ${name} is not a number`);
  return value;
}

/** A numeric parameter that must have a value. */
export function requiredNumber(
  name: ParameterName,
  regime: Regime,
  onDate: IsoDate,
  rows: readonly ParameterRow[] = RULE_PARAMETERS,
): number {
  const value = numberParameter(name, regime, onDate, rows);
  if (value === null) throw new TypeError(`Parameter ${name} has no value for ${regime} on ${onDate}`);
  return value;
}

/** A calendar-date parameter (e.g. the chapter 6A sunset). */
export function dateParameter(
  name: ParameterName,
  regime: Regime,
  onDate: IsoDate,
  rows: readonly ParameterRow[] = RULE_PARAMETERS,
): IsoDate {
  const { value } = parameterRow(name, regime, onDate, rows);
  if (!isIsoDate(value)) throw new TypeError(`Parameter ${name} is not a date`);
  return value;
}
