import { daysInMonth, fromParts, isIsoDate } from '../dates';
import type { IsoDate } from '../dates';
import { REGIMES } from '../rule-types';
import type { Regime } from '../rule-types';
import { OTHER_BENEFIT_KINDS } from './types';
import type { MonthlyBenefitInput, OtherBenefitKind } from './types';

/** One problem with the input, named by its field path: `otherBenefits[1].kind: must be one of ...`. */
export interface BenefitInputIssue {
  path: string;
  message: string;
}

export class BenefitInputError extends Error {
  readonly code = 'BENEFIT_INPUT_INVALID';
  constructor(readonly issues: readonly BenefitInputIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  }
}

export type BenefitInputParseResult =
  { ok: true; value: MonthlyBenefitInput } | { ok: false; issues: BenefitInputIssue[] };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const FIELDS = new Set([
  'month',
  'regime',
  'birthDate',
  'livesWithParents',
  'childlessCoupleBothParticipating',
  'programmeStart',
  'programmeEnd',
  'unpaidLeave',
  'unauthorisedAbsence',
  'otherBenefits',
  'deductionsApply',
]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first and last day of a `YYYY-MM` month, or null when the string is not a month. */
export function monthBounds(month: unknown): { first: IsoDate; last: IsoDate } | null {
  if (typeof month !== 'string') return null;
  const m = MONTH.exec(month);
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return { first: fromParts(y, mo, 1), last: fromParts(y, mo, daysInMonth(y, mo)) };
}

/** Validates by hand (the package has no runtime dependencies) and returns every issue, not just the first. */
export function parseMonthlyBenefitInput(raw: unknown): BenefitInputParseResult {
  const issues: BenefitInputIssue[] = [];
  const fail = (path: string, message: string): void => void issues.push({ path, message });
  if (!isRecord(raw)) return { ok: false, issues: [{ path: '(root)', message: 'must be a JSON object' }] };

  for (const key of Object.keys(raw)) if (!FIELDS.has(key)) fail(key, 'unknown field');

  const bounds = monthBounds(raw.month);
  if (!bounds) fail('month', 'must be YYYY-MM');
  if (!REGIMES.includes(raw.regime as Regime)) fail('regime', `must be one of ${REGIMES.join(', ')}`);
  if (!isIsoDate(raw.birthDate)) fail('birthDate', 'must be a date YYYY-MM-DD');
  if (typeof raw.livesWithParents !== 'boolean') fail('livesWithParents', 'must be true or false');
  const couple = raw.childlessCoupleBothParticipating;
  if (couple !== undefined && couple !== null && typeof couple !== 'boolean')
    fail('childlessCoupleBothParticipating', 'must be true, false or null');
  if (!isIsoDate(raw.programmeStart)) fail('programmeStart', 'must be a date YYYY-MM-DD');
  const end = raw.programmeEnd;
  if (end !== undefined && end !== null) {
    if (!isIsoDate(end)) fail('programmeEnd', 'must be a date YYYY-MM-DD or null');
    else if (isIsoDate(raw.programmeStart) && end < raw.programmeStart)
      fail('programmeEnd', 'must not be before programmeStart');
  }

  const leave = parseArray(raw, 'unpaidLeave', fail, (item, path) => {
    if (!isIsoDate(item.from)) return fail(`${path}.from`, 'must be a date YYYY-MM-DD');
    if (!isIsoDate(item.to)) return fail(`${path}.to`, 'must be a date YYYY-MM-DD');
    if (item.to < item.from) return fail(`${path}.to`, 'must not be before from');
    return { from: item.from, to: item.to };
  });

  const absence = parseArray(raw, 'unauthorisedAbsence', fail, (item, path) => {
    if (!isIsoDate(item.date)) return fail(`${path}.date`, 'must be a date YYYY-MM-DD');
    if (bounds && (item.date < bounds.first || item.date > bounds.last))
      return fail(`${path}.date`, 'must be in month');
    if (typeof item.hours !== 'number' || !Number.isFinite(item.hours) || item.hours <= 0 || item.hours > 24)
      return fail(`${path}.hours`, 'must be a number of hours above 0 and at most 24');
    return { date: item.date, hours: item.hours };
  });

  const others = parseArray(raw, 'otherBenefits', fail, (item, path) => {
    if (!OTHER_BENEFIT_KINDS.includes(item.kind as OtherBenefitKind))
      return fail(`${path}.kind`, `must be one of ${OTHER_BENEFIT_KINDS.join(', ')}`);
    if (typeof item.amount !== 'number' || !Number.isFinite(item.amount) || item.amount < 0)
      return fail(`${path}.amount`, 'must be an amount in kroner, 0 or more');
    return { kind: item.kind as OtherBenefitKind, amount: item.amount };
  });

  const da = raw.deductionsApply;
  if (da !== undefined && da !== null && typeof da !== 'boolean')
    fail('deductionsApply', 'must be true, false or null');
  else if (da === false && raw.regime !== 'INTEGRERINGSLOVEN_KAP6A')
    fail('deductionsApply', 'can only be false under INTEGRERINGSLOVEN_KAP6A (C-9)');

  if (issues.length > 0) return { ok: false, issues };

  const value: MonthlyBenefitInput = {
    month: raw.month as string,
    regime: raw.regime as Regime,
    birthDate: raw.birthDate as IsoDate,
    livesWithParents: raw.livesWithParents as boolean,
    childlessCoupleBothParticipating: (couple as boolean | null | undefined) ?? null,
    programmeStart: raw.programmeStart as IsoDate,
    programmeEnd: (end as IsoDate | null | undefined) ?? null,
    unpaidLeave: leave,
    unauthorisedAbsence: absence,
    otherBenefits: others,
    deductionsApply: (da as boolean | null | undefined) ?? null,
  };
  // Absence can only be deducted on a day that carries benefit.
  value.unauthorisedAbsence?.forEach((a, i) => {
    if (!isPaidDay(value, a.date))
      fail(`unauthorisedAbsence[${i}].date`, 'is not a benefit day (outside the programme or on unpaid leave)');
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/** In the programme and not on unpaid leave. */
export function isPaidDay(
  input: Pick<MonthlyBenefitInput, 'programmeStart' | 'programmeEnd' | 'unpaidLeave'>,
  date: IsoDate,
): boolean {
  if (date < input.programmeStart) return false;
  if (input.programmeEnd && date > input.programmeEnd) return false;
  return !(input.unpaidLeave ?? []).some((l) => l.from <= date && date <= l.to);
}

/** Throws BenefitInputError when the input is not valid; returns the normalised input otherwise. */
export function assertMonthlyBenefitInput(raw: unknown): MonthlyBenefitInput {
  const result = parseMonthlyBenefitInput(raw);
  if (!result.ok) throw new BenefitInputError(result.issues);
  return result.value;
}

function parseArray<T>(
  raw: Record<string, unknown>,
  field: string,
  fail: (path: string, message: string) => void,
  parseItem: (item: Record<string, unknown>, path: string) => T | void,
): T[] {
  const value = raw[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fail(field, 'must be a list');
    return [];
  }
  const out: T[] = [];
  value.forEach((item: unknown, i) => {
    const path = `${field}[${i}]`;
    if (!isRecord(item)) return fail(path, 'must be an object');
    const parsed = parseItem(item, path);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}
