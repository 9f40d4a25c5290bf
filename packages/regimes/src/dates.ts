/**
 * Calendar-date arithmetic on ISO strings (`YYYY-MM-DD`). Legal dates are calendar dates, never instants,
 * so everything here works in UTC on whole days and never reads the clock.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * The helpers below are on the hot path of the benefit and absence rules (every day of every participant's month),
 * so they read the string by character codes and do arithmetic on day numbers (days since 1970-01-01) instead of
 * regular expressions and Date objects. They answer exactly what the Date-based versions answered; years before 100
 * (which Date.UTC reads as 19xx) and months outside 1–12 still go through Date.UTC, so even malformed input gives
 * the same result as before.
 */

/** The digits of `YYYY-MM-DD` as year * 10,000 + month * 100 + day, or -1 when the string has another shape. */
function packed(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** Days since 1970-01-01 of a year (100 or later), month (1–12) and day (any integer; it runs over like Date.UTC). */
function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil: years start on 1 March, so the leap day is the last day of the year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of a day number (the inverse of dayNumber). */
function fromDayNumber(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return fromParts(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** The day number of `YYYY-MM-DD` (parts not checked beyond its shape, like `parts`); null where Date.UTC must decide. */
function dayNumberOf(date: IsoDate): number | null {
  const { year, month, day } = parts(date);
  return year >= 100 && month >= 1 && month <= 12 ? dayNumber(year, month, day) : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const n = packed(value);
  if (n < 0) return false;
  const [y, mo, d] = [Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const n = typeof date === 'string' ? packed(date) : -1;
  if (n >= 0) return { year: Math.floor(n / 10_000), month: Math.floor(n / 100) % 100, day: n % 100 };
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

export function fromParts(year: number, month: number, day: number): IsoDate {
  const mm = TWO_DIGITS[month];
  const dd = TWO_DIGITS[day];
  if (year >= 1000 && year <= 9999 && mm !== undefined && dd !== undefined) return `${year}-${mm}-${dd}`;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (year >= 100 && month >= 1 && month <= 12 && Number.isInteger(year) && Number.isInteger(month))
    return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
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
  const n = Number.isInteger(days) ? dayNumberOf(date) : null;
  if (n !== null) {
    const result = fromDayNumber(n + days);
    // Date.UTC reads a year before 100 as 19xx; leave such a result to it.
    if (result.charCodeAt(0) !== 48 || result.charCodeAt(1) !== 48) return result;
  }
  const { year, month, day } = parts(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const na = dayNumberOf(a);
  const nb = dayNumberOf(b);
  if (na !== null && nb !== null) return nb - na;
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
  if (b.month >= 1 && b.month <= 12 && Number.isInteger(age)) {
    // The birthday in onDate's year (addYears, clamped) against onDate, field by field: both are YYYY-MM-DD with
    // the same year, so this is the string comparison below without building the string.
    const day = Math.min(b.day, daysInMonth(o.year, b.month));
    if (b.month > o.month || (b.month === o.month && day > o.day)) age -= 1;
    return age;
  }
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
  const n = dayNumberOf(date);
  // 1970-01-01 was a Thursday (4).
  const dow = n !== null ? (((n + 4) % 7) + 7) % 7 : weekdayByDate(date);
  return dow !== 0 && dow !== 6;
}

function weekdayByDate(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  if (!(from <= to)) return out;
  out.push(from);
  const n = dayNumberOf(from);
  if (n === null) {
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) out.push(d);
    return out;
  }
  for (let k = n + 1; ; k++) {
    const d = fromDayNumber(k);
    if (d > to) break;
    out.push(d);
  }
  return out;
}
