/**
 * Calendar-date arithmetic on ISO strings (`YYYY-MM-DD`). Legal dates are calendar dates, never instants,
 * so everything here works in UTC on whole days and never reads the clock.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds whole months; a day that does not exist in the target month is clamped to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const mo = (total % 12) + 1;
  return fromParts(y, mo, Math.min(day, daysInMonth(y, mo)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parts(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parts(a);
  const pb = parts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => a < b;
export const isOnOrAfter = (a: IsoDate, b: IsoDate): boolean => a >= b;
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/**
 * Age in whole years on `onDate`. A person born 29 Feb has their birthday on 28 Feb in common years
 * (the clamp in addYears), which is the reading Norwegian practice uses for age limits.
 */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const b = parts(birthDate);
  const o = parts(onDate);
  let age = o.year - b.year;
  if (addYears(birthDate, age) > onDate) age -= 1;
  return age;
}

/** The date a person turns `years` old. */
export function birthdayAt(birthDate: IsoDate, years: number): IsoDate {
  return addYears(birthDate, years);
}

export function firstOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return fromParts(year, month, 1);
}

export function lastOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return fromParts(year, month, daysInMonth(year, month));
}

/** Monday–Friday. Public holidays are not subtracted; the attendance ledger records them as non-programme days. */
export function isWeekday(date: IsoDate): boolean {
  const { year, month, day } = parts(date);
  const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return dow !== 0 && dow !== 6;
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
