/**
 * Register-style outcome indicators (DOMAIN.md § 7.1, the register study's definitions, report L8376–8492).
 * Pure: a person-year in, its classification out; cells of counts in, rates or suppression out. The API runs
 * the same definitions as SQL aggregates; these functions are the reference its tests are checked against.
 */
import { fromParts } from '../dates';
import { baseAmountOn, type BaseAmountRow, BASE_AMOUNTS } from '../parameters/base-amount';

/** Population: aged 20–69 in the outcome year (report L2082–2085). */
export const OUTCOME_MIN_AGE = 20;
export const OUTCOME_MAX_AGE = 69;
/** Cells under 30 persons are never published (report L1518–1521); configurable, 30 by default. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 30;

/** Whole years since the immigration year, measured on 1 January: 0 on the first 1 January after arrival. */
export function yearsOfResidence(outcomeYear: number, immigrationYear: number): number {
  return outcomeYear - immigrationYear - 1;
}

/** The G that decides "in work" for a calendar year: the one in force on 1 May of that year. */
export function baseAmountForYear(year: number, rows: readonly BaseAmountRow[] = BASE_AMOUNTS): number {
  return baseAmountOn(fromParts(year, 5, 1), rows).amount;
}

/** In work: earned income (wages + net business income incl. sickness and parental benefit) above 1G. */
export function isInWork(earnedIncome: number, year: number, rows: readonly BaseAmountRow[] = BASE_AMOUNTS): boolean {
  return earnedIncome > baseAmountForYear(year, rows);
}

export interface PersonYear {
  year: number;
  birthYear: number;
  immigrationYear: number;
  /** The year the person moved away, emigrated or died; they drop out of that year and later ones. */
  leftYear?: number | null;
  earnedIncome: number;
  inEducation: boolean;
}

export interface ClassifiedPersonYear {
  botid: number;
  inWork: boolean;
  inEducation: boolean;
  inWorkOrEducation: boolean;
}

/** Age in the outcome year (as at 31 December). */
export function ageInYear(year: number, birthYear: number): number {
  return year - birthYear;
}

/** Whether the person-year counts: aged 20–69, after the immigration year, not yet gone. */
export function inOutcomePopulation(
  py: Pick<PersonYear, 'year' | 'birthYear' | 'immigrationYear' | 'leftYear'>,
): boolean {
  const age = ageInYear(py.year, py.birthYear);
  if (age < OUTCOME_MIN_AGE || age > OUTCOME_MAX_AGE) return false;
  if (yearsOfResidence(py.year, py.immigrationYear) < 0) return false;
  if (py.leftYear !== null && py.leftYear !== undefined && py.year >= py.leftYear) return false;
  return true;
}

export function classifyPersonYear(
  py: PersonYear,
  rows: readonly BaseAmountRow[] = BASE_AMOUNTS,
): ClassifiedPersonYear | null {
  if (!inOutcomePopulation(py)) return null;
  const inWork = isInWork(py.earnedIncome, py.year, rows);
  return {
    botid: yearsOfResidence(py.year, py.immigrationYear),
    inWork,
    inEducation: py.inEducation,
    inWorkOrEducation: inWork || py.inEducation,
  };
}

/** Counts behind one published figure: N person-years and how many of them were in work, education, either. */
export interface IndicatorCounts {
  n: number;
  inWork: number;
  inEducation: number;
  inWorkOrEducation: number;
}

/** A published cell: rates with their N, or suppressed with neither (never sent when N is under the threshold). */
export type IndicatorCell =
  | { suppressed: false; n: number; inWork: number; inEducation: number; inWorkOrEducation: number }
  | { suppressed: true; n: null; inWork: null; inEducation: null; inWorkOrEducation: null };

export function suppressCell(
  counts: IndicatorCounts,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): IndicatorCell {
  if (counts.n < threshold || counts.n === 0)
    return { suppressed: true, n: null, inWork: null, inEducation: null, inWorkOrEducation: null };
  const rate = (k: number): number => Math.round((1000 * k) / counts.n) / 1000;
  return {
    suppressed: false,
    n: counts.n,
    inWork: rate(counts.inWork),
    inEducation: rate(counts.inEducation),
    inWorkOrEducation: rate(counts.inWorkOrEducation),
  };
}

/** A share with its N, or suppressed when N is under the threshold. */
export type ShareCell =
  | { suppressed: false; n: number; count: number; share: number }
  | { suppressed: true; n: null; count: null; share: null };

export function suppressShare(count: number, n: number, threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): ShareCell {
  if (n < threshold || n === 0) return { suppressed: true, n: null, count: null, share: null };
  return { suppressed: false, n, count, share: Math.round((1000 * count) / n) / 1000 };
}

/**
 * Indicators by botid (and optionally by group), computed row by row: the reference implementation for tests and
 * small data. Returns cells keyed `${group}|${botid}`, each suppressed under the threshold.
 */
export function computeIndicators<T extends PersonYear>(
  personYears: readonly T[],
  options: { groupOf?: (py: T) => string; threshold?: number; rows?: readonly BaseAmountRow[] } = {},
): Map<string, IndicatorCell> {
  const counts = new Map<string, IndicatorCounts>();
  for (const py of personYears) {
    const c = classifyPersonYear(py, options.rows);
    if (!c) continue;
    const key = `${options.groupOf ? options.groupOf(py) : 'ALL'}|${c.botid}`;
    const cell = counts.get(key) ?? { n: 0, inWork: 0, inEducation: 0, inWorkOrEducation: 0 };
    cell.n += 1;
    if (c.inWork) cell.inWork += 1;
    if (c.inEducation) cell.inEducation += 1;
    if (c.inWorkOrEducation) cell.inWorkOrEducation += 1;
    counts.set(key, cell);
  }
  const out = new Map<string, IndicatorCell>();
  for (const [key, c] of counts) out.set(key, suppressCell(c, options.threshold));
  return out;
}
