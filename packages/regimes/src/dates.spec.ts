import * as dates from './dates';

/**
 * The Date-based helpers the integer ones replaced (regular expression parse, Date.UTC arithmetic, string format).
 * The day-number versions must answer exactly the same for every input, malformed ones included (a benefit month
 * must come out byte-identical), so they are compared here on every day of 1899–2101 and on edge cases.
 */
const reference = (() => {
  const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  const parts = (date: string) => {
    const m = ISO_DATE.exec(date);
    if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  };
  const fromParts = (year: number, month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const isIsoDate = (value: unknown) => {
    if (typeof value !== 'string') return false;
    const m = ISO_DATE.exec(value);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
  };
  const addMonths = (date: string, months: number) => {
    const { year, month, day } = parts(date);
    const total = year * 12 + (month - 1) + months;
    const y = Math.floor(total / 12);
    const mo = (total % 12) + 1;
    return fromParts(y, mo, Math.min(day, daysInMonth(y, mo)));
  };
  const addDays = (date: string, days: number) => {
    const { year, month, day } = parts(date);
    const d = new Date(Date.UTC(year, month - 1, day + days));
    return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  };
  const daysBetween = (a: string, b: string) => {
    const pa = parts(a);
    const pb = parts(b);
    return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
  };
  const ageOn = (birthDate: string, onDate: string) => {
    const b = parts(birthDate);
    const o = parts(onDate);
    let age = o.year - b.year;
    if (addMonths(birthDate, age * 12) > onDate) age -= 1;
    return age;
  };
  const isWeekday = (date: string) => {
    const { year, month, day } = parts(date);
    const dow = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return dow !== 0 && dow !== 6;
  };
  const eachDay = (from: string, to: string) => {
    const out: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
    return out;
  };
  return { parts, fromParts, daysInMonth, isIsoDate, addMonths, addDays, daysBetween, ageOn, isWeekday, eachDay };
})();

/** The outcome of a call as a string: its value, or the error it threw. */
const outcome = (f: () => unknown): string => {
  try {
    return JSON.stringify({ value: f() });
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
};

/** Collects the calls where the two answer differently (one expect per test keeps 10^6 comparisons fast). */
function differences() {
  const found: string[] = [];
  return {
    check(what: string, actual: () => unknown, expected: () => unknown): void {
      const a = outcome(actual);
      const e = outcome(expected);
      if (a !== e && found.length < 20) found.push(`${what}: ${a}, was ${e}`);
    },
    found,
  };
}

const everyDay = reference.eachDay('1899-12-25', '2101-01-05');
const odd = [
  '0000-01-01',
  '0001-03-01',
  '0050-02-28',
  '0099-12-31',
  '0100-01-01',
  '0100-02-28',
  '0400-02-29',
  '1900-02-29',
  '2000-02-29',
  '2023-02-29',
  '2024-02-30',
  '2024-13-01',
  '2024-00-10',
  '2024-99-99',
  '2024-01-00',
  '2024-04-31',
  '9999-12-31',
  '2024-1-01',
  '2024/01/01',
  ' 2024-01-01',
  '2024-01-01 ',
  '2024-01-01\n',
  'x024-01-01',
  '',
  '２０２４-01-01',
];
// A deterministic spread: every 29th day of 1899–2101 (every weekday and day of the month comes round) and the odd strings.
const sample = [...everyDay.filter((_, i) => i % 29 === 0), ...odd];

describe('date helpers on day numbers answer as the Date-based ones did', () => {
  it('parts, isIsoDate and isWeekday for every day of 1899–2101 and malformed strings', () => {
    const diff = differences();
    for (const d of [...everyDay, ...odd]) {
      diff.check(
        'parts(' + JSON.stringify([d]) + ')',
        () => dates.parts(d),
        () => reference.parts(d),
      );
      diff.check(
        'isIsoDate(' + JSON.stringify([d]) + ')',
        () => dates.isIsoDate(d),
        () => reference.isIsoDate(d),
      );
      diff.check(
        'isWeekday(' + JSON.stringify([d]) + ')',
        () => dates.isWeekday(d),
        () => reference.isWeekday(d),
      );
    }
    for (const v of [null, undefined, 20240101, new Date(0), {}])
      diff.check(
        'isIsoDate(' + JSON.stringify([v]) + ')',
        () => dates.isIsoDate(v),
        () => reference.isIsoDate(v),
      );
    expect(diff.found).toEqual([]);
  });

  it('addDays and daysBetween', () => {
    const diff = differences();
    for (const d of sample)
      for (const n of [-800_000, -36_525, -366, -29, -1, 0, 1, 2, 28, 31, 365, 36_525, 3_000_000, 1.5, -0.5])
        diff.check(
          'addDays(' + JSON.stringify([d, n]) + ')',
          () => dates.addDays(d, n),
          () => reference.addDays(d, n),
        );
    for (let i = 0; i < everyDay.length; i += 1) {
      const d = everyDay[i] as string;
      diff.check(
        `addDays(${d}, 1)`,
        () => dates.addDays(d, 1),
        () => everyDay[i + 1] ?? reference.addDays(d, 1),
      );
    }
    for (const a of sample.filter((_, i) => i % 13 === 0))
      for (const b of sample.filter((_, i) => i % 17 === 0))
        diff.check(
          'daysBetween(' + JSON.stringify([a, b]) + ')',
          () => dates.daysBetween(a, b),
          () => reference.daysBetween(a, b),
        );
    expect(diff.found).toEqual([]);
  });

  it('addMonths, daysInMonth and fromParts', () => {
    const diff = differences();
    for (const d of sample)
      for (const n of [-1200, -13, -12, -1, 0, 1, 11, 12, 13, 120])
        diff.check(
          'addMonths(' + JSON.stringify([d, n]) + ')',
          () => dates.addMonths(d, n),
          () => reference.addMonths(d, n),
        );
    for (let y = -5; y <= 2500; y += 1)
      for (let m = -1; m <= 14; m += 1)
        diff.check(
          'daysInMonth(' + JSON.stringify([y, m]) + ')',
          () => dates.daysInMonth(y, m),
          () => reference.daysInMonth(y, m),
        );
    for (const [y, m, d] of [
      [2024, 1, 1],
      [999, 12, 31],
      [10000, 1, 1],
      [-1, 1, 1],
      [2024, 100, 1],
      [2024, 1.5, 2],
      [2024.5, 1, 1],
      [5, 0, -1],
    ] as const)
      diff.check(
        'fromParts(' + JSON.stringify([y, m, d]) + ')',
        () => dates.fromParts(y, m, d),
        () => reference.fromParts(y, m, d),
      );
    expect(diff.found).toEqual([]);
  });

  it('ageOn, birthdays on 29 February included', () => {
    const diff = differences();
    const births = ['1960-02-29', '1999-03-01', '2000-02-29', '2004-12-31', '2008-01-01', '2010-07-15', ...odd];
    for (const b of births)
      for (const on of sample)
        diff.check(
          'ageOn(' + JSON.stringify([b, on]) + ')',
          () => dates.ageOn(b, on),
          () => reference.ageOn(b, on),
        );
    expect(diff.found).toEqual([]);
  });

  it('eachDay, malformed ends and empty ranges included', () => {
    const diff = differences();
    const ends = ['2024-02-27', '2024-02-29', '2024-02-30', '2024-03-02', '2023-12-31', '2024-13-01', '0099-12-30'];
    for (const from of [...ends, '2024-01-31', '0099-12-25'])
      for (const to of [...ends, '0100-01-03'])
        diff.check(
          'eachDay(' + JSON.stringify([from, to]) + ')',
          () => dates.eachDay(from, to),
          () => reference.eachDay(from, to),
        );
    expect(dates.eachDay('1899-12-25', '2101-01-05')).toEqual(everyDay);
    expect(diff.found).toEqual([]);
  });
});
