import { addDays, eachDay, isWeekday } from '../dates';
import type { AbsenceEntry, AbsenceFacts } from './absence-kinds';
import { AbsenceInputError, checkAbsence } from './check-absence';

const B: AbsenceFacts = { regime: 'INTEGRERINGSLOVEN', programmeStart: '2024-01-08' };
const sick = (from: string, to = from): AbsenceEntry => ({ kind: 'OWN_ILLNESS_SELF_CERTIFIED', from, to });
const codes = (r: ReturnType<typeof checkAbsence>): string[] => r.warnings.map((w) => w.code);
const unauthorisedDates = (r: ReturnType<typeof checkAbsence>): string[] => r.unauthorisedDays.map((d) => d.date);

/** `n` single-day child-illness entries on consecutive weekdays from 2 Sep 2024. */
const childDays = (n: number): AbsenceEntry[] =>
  eachDay('2024-09-02', '2025-03-31')
    .filter(isWeekday)
    .slice(0, n)
    .map((d) => ({ kind: 'CHILD_ILLNESS', from: d, to: d }));

describe('checkAbsence: egenmelding (self-certified illness)', () => {
  it.each([
    // name, history, new entry, unauthorised days, codes
    ['3 days: valid', [], sick('2025-03-03', '2025-03-05'), [], []],
    [
      '4 days: day 4 needs a medical certificate',
      [],
      sick('2025-03-03', '2025-03-06'),
      ['2025-03-06'],
      ['ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED'],
    ],
    ['Thu–Mon counts working days: 3 days, valid', [], sick('2025-03-06', '2025-03-10'), [], []],
    // Episodes in the last 12 months, each more than 16 days apart.
    [
      '4th episode in 12 months: valid',
      [sick('2024-06-03'), sick('2024-09-02'), sick('2024-12-02')],
      sick('2025-03-03'),
      [],
      [],
    ],
    [
      '5th episode in 12 months: needs a medical certificate',
      [sick('2024-06-03'), sick('2024-09-02'), sick('2024-12-02'), sick('2025-02-03')],
      sick('2025-03-03', '2025-03-04'),
      ['2025-03-03', '2025-03-04'],
      ['ABSENCE_SELF_CERT_MAX_EPISODES_EXCEEDED'],
    ],
    [
      'an episode exactly 12 months earlier is outside the window',
      [sick('2024-03-04'), sick('2024-09-02'), sick('2024-12-02'), sick('2025-02-03')],
      sick('2025-03-04'),
      [],
      [],
    ],
    // Relapse: the last sick day was Mon 3 Mar 2025 after two earlier days (1 Mar is a Saturday, so 27–28 Feb + 3 Mar).
    [
      'relapse on day 16 after the last sick day: same episode, day 4 needs a certificate',
      [sick('2025-02-27', '2025-03-03')],
      sick('2025-03-19'),
      ['2025-03-19'],
      ['ABSENCE_SELF_CERT_RELAPSE_SAME_EPISODE', 'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED'],
    ],
    ['illness on day 17: a new episode, valid', [sick('2025-02-27', '2025-03-03')], sick('2025-03-20'), [], []],
    [
      'relapse does not count as a 5th episode',
      [sick('2024-06-03'), sick('2024-09-02'), sick('2024-12-02'), sick('2025-02-27')],
      sick('2025-03-10'),
      [],
      ['ABSENCE_SELF_CERT_RELAPSE_SAME_EPISODE'],
    ],
  ] as const)('%s', (_name, history, entry, unauthorised, expectedCodes) => {
    const r = checkAbsence(history, entry, B);
    expect(unauthorisedDates(r)).toEqual(unauthorised);
    expect(codes(r)).toEqual(expectedCodes);
  });

  it.each([
    ['one day before 8 weeks (start 6 Jan 2025, day 55)', '2025-02-28', ['2025-02-28']],
    ['on the day 8 weeks are complete (day 56)', '2025-03-03', []],
  ])('qualifying period: %s', (_name, date, unauthorised) => {
    const r = checkAbsence([], sick(date), { regime: 'INTEGRERINGSLOVEN', programmeStart: '2025-01-06' });
    expect(unauthorisedDates(r)).toEqual(unauthorised);
    if (unauthorised.length > 0) {
      expect(r.warnings[0]).toMatchObject({ code: 'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD', severity: 'WARNING' });
      expect(r.warnings[0]?.message).toMatch(/etter 8 uker i programmet \(fra 03\.03\.2025\)/);
    }
  });

  it('a medical certificate covers day 4 and later', () => {
    const r = checkAbsence(
      [sick('2025-03-03', '2025-03-05')],
      { kind: 'OWN_ILLNESS_MEDICAL_CERTIFICATE', from: '2025-03-06', to: '2025-03-14' },
      B,
    );
    expect(r.unauthorisedDays).toEqual([]);
    expect(r.validDays).toHaveLength(7);
  });

  it('says in the rule text that the values are assumed under integreringsloven, not under introduksjonsloven', () => {
    const b = checkAbsence([], sick('2025-03-03', '2025-03-06'), B);
    const a = checkAbsence([], sick('2025-03-03', '2025-03-06'), { ...B, regime: 'INTRODUKSJONSLOVEN' });
    expect(b.warnings[0]?.rule.text).toMatch(
      /\[U\] Verdien er verifisert for introduksjonsloven og antatt for integreringsloven/,
    );
    expect(b.warnings[0]?.rule.id).toBe('B-ABS-EGEN');
    expect(a.warnings[0]?.rule.text).not.toMatch(/\[U\]/);
    expect(a.warnings[0]?.rule.id).toBe('A-ABS-EGEN');
  });

  it('chapter 6A follows integreringsloven and says so', () => {
    const r = checkAbsence([], sick('2025-03-03', '2025-03-06'), { ...B, regime: 'INTEGRERINGSLOVEN_KAP6A' });
    expect(unauthorisedDates(r)).toEqual(['2025-03-06']);
    expect(r.warnings[0]?.rule.text).toMatch(/Kapittel 6A følger integreringsloven/);
  });

  it('gives the unauthorised days in hours, ready for the benefit deduction', () => {
    const r = checkAbsence([], sick('2025-03-03', '2025-03-07'), B);
    expect(r.unauthorisedDays).toEqual([
      { date: '2025-03-06', hours: 7.5, reason: 'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED' },
      { date: '2025-03-07', hours: 7.5, reason: 'ABSENCE_SELF_CERT_MAX_DAYS_EXCEEDED' },
    ]);
  });
});

describe('checkAbsence: child illness quotas', () => {
  const family = (over: Partial<AbsenceFacts>): AbsenceFacts => ({ ...B, numberOfChildren: 1, ...over });
  it.each([
    ['up to 2 children', { numberOfChildren: 2 }, 10],
    ['more than 2 children', { numberOfChildren: 3 }, 15],
    ['sole carer', { soleCarer: true }, 20],
    ['sole carer, more than 2 children', { soleCarer: true, numberOfChildren: 3 }, 30],
    ['chronically ill child', { chronicallyIllChild: true }, 20],
    ['chronically ill child, more than 2 children', { chronicallyIllChild: true, numberOfChildren: 3 }, 20],
    ['chronically ill child, sole carer', { chronicallyIllChild: true, soleCarer: true }, 40],
  ])('%s %j: quota %i days', (_name, over, quota) => {
    const facts = family(over);
    const atQuota = checkAbsence(
      childDays(quota - 1),
      { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-02' },
      facts,
    );
    expect(atQuota.unauthorisedDays).toEqual([]);
    expect(atQuota.counters).toMatchObject({ childIllnessDaysIn12Months: quota, childIllnessQuota: quota });

    const overQuota = checkAbsence(
      childDays(quota),
      { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-02' },
      facts,
    );
    expect(unauthorisedDates(overQuota)).toEqual(['2025-06-02']);
    expect(codes(overQuota)).toEqual(['ABSENCE_CHILD_ILLNESS_QUOTA_EXCEEDED']);

    // An entry across the boundary: the first day is the last of the quota, the second is over it.
    const across = checkAbsence(
      childDays(quota - 1),
      { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-03' },
      facts,
    );
    expect(unauthorisedDates(across)).toEqual(['2025-06-03']);
  });

  it('days older than 12 months no longer count', () => {
    const r = checkAbsence(childDays(10), { kind: 'CHILD_ILLNESS', from: '2025-09-15', to: '2025-09-15' }, family({}));
    expect(r.unauthorisedDays).toEqual([]);
  });

  it('explains the quota in Norwegian', () => {
    const r = checkAbsence(childDays(10), { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-02' }, family({}));
    expect(r.warnings[0]?.message).toBe(
      'Kvoten for barns sykdom er 10 dager per 12 måneder (inntil 2 barn). 1 dag går ut over kvoten og blir ugyldig fravær.',
    );
  });
});

describe('checkAbsence: care facts recorded or not', () => {
  it.each([
    ['recorded: no child under 12, no chronically ill child', { careFactsRecorded: true, numberOfChildren: 0 }, 0],
    ['recorded: sole carer but no child', { careFactsRecorded: true, numberOfChildren: 0, soleCarer: true }, 0],
    [
      'recorded: no child under 12, a chronically ill child',
      { careFactsRecorded: true, numberOfChildren: 0, chronicallyIllChild: true },
      20,
    ],
    ['not recorded, no child in the household: assumed 10', { careFactsRecorded: false, numberOfChildren: 0 }, 10],
  ] as const)('%s %j: quota %i days', (_name, over, quota) => {
    const r = checkAbsence(
      childDays(quota),
      { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-02' },
      { ...B, ...over },
    );
    expect(r.counters.childIllnessQuota).toBe(quota);
    expect(unauthorisedDates(r)).toEqual(['2025-06-02']);
  });

  it('says so when no child is recorded', () => {
    const r = checkAbsence(
      [],
      { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-02' },
      {
        ...B,
        careFactsRecorded: true,
        numberOfChildren: 0,
      },
    );
    expect(r.warnings[0]?.message).toBe(
      'Kvoten for barns sykdom er 0 dager per 12 måneder (ingen barn under 12 år eller kronisk sykt barn registrert i omsorgen). 1 dag går ut over kvoten og blir ugyldig fravær.',
    );
  });

  it('says the quota rests on assumed care facts when nothing is recorded', () => {
    const r = checkAbsence(
      childDays(10),
      { kind: 'CHILD_ILLNESS', from: '2025-06-02', to: '2025-06-02' },
      {
        ...B,
        careFactsRecorded: false,
      },
    );
    expect(r.warnings[0]?.message).toBe(
      'Kvoten for barns sykdom er 10 dager per 12 måneder (inntil 2 barn; omsorgsforholdene er ikke registrert og er antatt). 1 dag går ut over kvoten og blir ugyldig fravær.',
    );
  });
});

/** `n` single-day entries of `kind` on consecutive weekdays from 2 Sep 2024. */
const daysOf = (kind: AbsenceEntry['kind'], n: number): AbsenceEntry[] => childDays(n).map((e) => ({ ...e, kind }));

describe('checkAbsence: pregnancy and birth (integreringsforskriften §§ 11–12)', () => {
  // 2 Sep 2024 + n weekdays stays in 2024; 2 Dec 2024 is the next registration, inside the 10-month window.
  it.each([
    ['PREGNANCY', 10, 'ABSENCE_PREGNANCY_QUOTA_EXCEEDED', 'B-ABS-SVANGER', 'Integreringsforskriften § 11'],
    ['BIRTH_MOTHER', 20, 'ABSENCE_BIRTH_QUOTA_EXCEEDED', 'B-ABS-FODSEL', 'Integreringsforskriften § 12'],
    ['BIRTH_FATHER', 7, 'ABSENCE_BIRTH_QUOTA_EXCEEDED', 'B-ABS-FODSEL', 'Integreringsforskriften § 12'],
  ] as const)('%s: quota %i days', (kind, quota, code, ruleId, source) => {
    const entry = (from: string, to = from): AbsenceEntry => ({ kind, from, to });
    const onQuotaDay = checkAbsence(daysOf(kind, quota - 1), entry('2024-12-02'), B);
    expect(onQuotaDay.unauthorisedDays).toEqual([]);
    expect(onQuotaDay.warnings).toEqual([]);
    expect(onQuotaDay.counters).toMatchObject({ pregnancyOrBirthDays: quota, pregnancyOrBirthQuota: quota });

    const dayAfter = checkAbsence(daysOf(kind, quota), entry('2024-12-02'), B);
    expect(unauthorisedDates(dayAfter)).toEqual(['2024-12-02']);
    expect(codes(dayAfter)).toEqual([code]);
    expect(dayAfter.warnings[0]?.rule).toMatchObject({ id: ruleId, source: expect.stringContaining(source) });
    expect(dayAfter.warnings[0]?.rule.text).toMatch(/vår lesning/);
    expect(dayAfter.warnings[0]?.rule.text).not.toMatch(/\[U\]/);

    // One entry across the boundary: Mon 2 Dec is the last day of the quota, Tue 3 Dec the first over it.
    const across = checkAbsence(daysOf(kind, quota - 1), entry('2024-12-02', '2024-12-03'), B);
    expect(unauthorisedDates(across)).toEqual(['2024-12-03']);

    // A whole quota at once from nothing is valid; one day more is not.
    const fromEmpty = checkAbsence([], entry('2025-03-03', '2025-06-30'), B);
    expect(fromEmpty.unauthorisedDays).toHaveLength(fromEmpty.countedDays.length - quota);
  });

  it('the kinds count separately: the mother’s days after birth do not use the pregnancy quota', () => {
    const r = checkAbsence(daysOf('PREGNANCY', 10), { kind: 'BIRTH_MOTHER', from: '2024-12-02', to: '2024-12-06' }, B);
    expect(r.unauthorisedDays).toEqual([]);
  });

  it('days more than 10 months back no longer count', () => {
    const r = checkAbsence(daysOf('PREGNANCY', 10), { kind: 'PREGNANCY', from: '2025-07-07', to: '2025-07-07' }, B);
    expect(r.unauthorisedDays).toEqual([]);
    const inside = checkAbsence(
      daysOf('PREGNANCY', 10),
      { kind: 'PREGNANCY', from: '2025-06-02', to: '2025-06-02' },
      B,
    );
    expect(unauthorisedDates(inside)).toEqual(['2025-06-02']);
  });

  it('pregnancy check-ups have no quota', () => {
    const r = checkAbsence(
      daysOf('PREGNANCY_CHECK_UP', 30),
      {
        kind: 'PREGNANCY_CHECK_UP',
        from: '2024-12-02',
        to: '2024-12-06',
      },
      B,
    );
    expect(r.unauthorisedDays).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it.each(['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN_KAP6A'] as const)('the same quotas under %s', (regime) => {
    const r = checkAbsence(
      daysOf('BIRTH_FATHER', 7),
      { kind: 'BIRTH_FATHER', from: '2024-12-02', to: '2024-12-02' },
      {
        ...B,
        regime,
      },
    );
    expect(unauthorisedDates(r)).toEqual(['2024-12-02']);
    expect(r.warnings[0]?.message).toBe(
      'Fri for far i forbindelse med fødselen: høyst 7 dager. 1 dag går ut over kvoten og blir ugyldig fravær.',
    );
  });
});

describe('checkAbsence: other kinds', () => {
  it.each([
    ['UNAUTHORISED: every working day is deducted', 'UNAUTHORISED', 5, ['ABSENCE_UNAUTHORISED']],
    ['WELFARE: valid', 'WELFARE', 0, []],
    ['LEAVE_WITH_BENEFIT: valid', 'LEAVE_WITH_BENEFIT', 0, []],
    ['LEAVE_WITHOUT_BENEFIT: valid but unpaid', 'LEAVE_WITHOUT_BENEFIT', 0, ['ABSENCE_LEAVE_WITHOUT_BENEFIT']],
  ] as const)('%s', (_name, kind, unauthorised, expectedCodes) => {
    const r = checkAbsence([], { kind, from: '2025-03-03', to: '2025-03-09' }, B);
    expect(r.unauthorisedDays).toHaveLength(unauthorised);
    expect(codes(r)).toEqual(expectedCodes);
    expect(r.unpaidLeave).toEqual(kind === 'LEAVE_WITHOUT_BENEFIT' ? { from: '2025-03-03', to: '2025-03-09' } : null);
  });

  it('partial-day unauthorised absence keeps its hours', () => {
    const r = checkAbsence([], { kind: 'UNAUTHORISED', from: '2025-03-03', to: '2025-03-03', hoursPerDay: 2 }, B);
    expect(r.unauthorisedDays).toEqual([{ date: '2025-03-03', hours: 2, reason: 'ABSENCE_UNAUTHORISED' }]);
  });

  it('warns when the entry overlaps a registered one', () => {
    const r = checkAbsence(
      [{ kind: 'WELFARE', from: '2025-03-03', to: '2025-03-04' }],
      { kind: 'WELFARE', from: '2025-03-04', to: '2025-03-05' },
      B,
    );
    expect(r.warnings[0]).toMatchObject({ code: 'ABSENCE_OVERLAPS_EXISTING', days: ['2025-03-04'] });
  });

  it.each([
    [{ kind: 'HOLIDAY', from: '2025-03-03', to: '2025-03-03' }, 'newEntry.kind: must be one of'],
    [{ kind: 'WELFARE', from: '2025-03-05', to: '2025-03-03' }, 'newEntry.to: must not be before from'],
    [{ kind: 'WELFARE', from: '2025-02-30', to: '2025-03-03' }, 'newEntry.from: must be a date YYYY-MM-DD'],
  ])('rejects bad input: %j', (entry, message) => {
    expect(() => checkAbsence([], entry as AbsenceEntry, B)).toThrow(AbsenceInputError);
    expect(() => checkAbsence([], entry as AbsenceEntry, B)).toThrow(message);
  });
});

// Keep the helper honest: childDays gives distinct weekdays.
it('childDays helper gives weekdays only', () => {
  const days = childDays(40).map((e) => e.from);
  expect(new Set(days).size).toBe(40);
  expect(days.every(isWeekday)).toBe(true);
  expect(days[0]).toBe('2024-09-02');
  expect(addDays(days[0] ?? '', 0)).toBe('2024-09-02');
});
