import { absenceEntries, monthRange, unauthorisedDays, type LedgerRow } from './absence-ledger';

const facts = { regime: 'INTEGRERINGSLOVEN' as const, programmeStart: '2025-01-06' };
const day = (date: string, absenceKind: LedgerRow['absenceKind'], plannedHours = 5, presentHours = 0): LedgerRow => ({
  date,
  plannedHours,
  presentHours,
  absenceKind,
});

describe('absenceEntries', () => {
  it('makes one entry per day and kind, summing the hours missed over activities (at most 24)', () => {
    expect(
      absenceEntries([
        day('2025-06-03', 'UNAUTHORISED', 5, 2),
        day('2025-06-03', 'UNAUTHORISED', 7.5, 0),
        day('2025-06-02', 'WELFARE'),
        day('2025-06-04', null, 5, 5),
      ]),
    ).toEqual([
      { kind: 'WELFARE', from: '2025-06-02', to: '2025-06-02', hoursPerDay: 5 },
      { kind: 'UNAUTHORISED', from: '2025-06-03', to: '2025-06-03', hoursPerDay: 10.5 },
    ]);
    expect(
      absenceEntries([day('2025-06-03', 'UNAUTHORISED', 20), day('2025-06-03', 'UNAUTHORISED', 20)])[0]?.hoursPerDay,
    ).toBe(24);
  });
});

describe('unauthorisedDays (the ledger replayed through checkAbsence)', () => {
  it.each([
    ['three egenmelding days: none', ['2025-06-02', '2025-06-03', '2025-06-04'], []],
    ['four: the fourth', ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05'], ['2025-06-05']],
    [
      'Friday to Wednesday (weekend not counted): the fourth working day',
      ['2025-06-06', '2025-06-09', '2025-06-10', '2025-06-11'],
      ['2025-06-11'],
    ],
  ])('%s', (_, dates, expected) => {
    expect(
      unauthorisedDays(
        dates.map((d) => day(d, 'OWN_ILLNESS_SELF_CERTIFIED')),
        facts,
        '2025-06-01',
        '2025-06-30',
      ).map((u) => u.date),
    ).toEqual(expected);
  });

  it('a medical certificate on the fourth day clears it', () => {
    const rows = ['2025-06-02', '2025-06-03', '2025-06-04'].map((d) => day(d, 'OWN_ILLNESS_SELF_CERTIFIED'));
    expect(
      unauthorisedDays(
        [...rows, day('2025-06-05', 'OWN_ILLNESS_MEDICAL_CERTIFICATE')],
        facts,
        '2025-06-01',
        '2025-06-30',
      ),
    ).toEqual([]);
  });

  it('egenmelding in the first 8 weeks is unauthorised; history before the month counts but is not returned', () => {
    const early = { ...facts, programmeStart: '2025-05-19' };
    const result = unauthorisedDays(
      [day('2025-05-30', 'UNAUTHORISED'), day('2025-06-02', 'OWN_ILLNESS_SELF_CERTIFIED')],
      early,
      '2025-06-01',
      '2025-06-30',
    );
    expect(result).toEqual([
      expect.objectContaining({ date: '2025-06-02', hours: 5, reason: 'ABSENCE_SELF_CERT_BEFORE_QUALIFYING_PERIOD' }),
    ]);
    expect(result[0]?.message).toContain('8 uker');
  });

  it('registered UNAUTHORISED days count with their missed hours; absence before the programme start is ignored', () => {
    expect(
      unauthorisedDays(
        [day('2025-01-03', 'UNAUTHORISED'), day('2025-06-02', 'UNAUTHORISED', 5, 3)],
        facts,
        '2025-01-01',
        '2025-06-30',
      ),
    ).toEqual([expect.objectContaining({ date: '2025-06-02', hours: 2, reason: 'ABSENCE_UNAUTHORISED' })]);
  });

  it('a fifth egenmelding episode in 12 months is unauthorised', () => {
    const episodes = ['2025-02-03', '2025-03-03', '2025-04-01', '2025-05-02', '2025-06-16'].map((d) =>
      day(d, 'OWN_ILLNESS_SELF_CERTIFIED'),
    );
    expect(unauthorisedDays(episodes, facts, '2025-06-01', '2025-06-30')).toEqual([
      expect.objectContaining({ date: '2025-06-16', reason: 'ABSENCE_SELF_CERT_MAX_EPISODES_EXCEEDED' }),
    ]);
  });
});

describe('dates', () => {
  it.each([
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-12', '2025-12-01', '2025-12-31'],
  ])('monthRange(%s)', (month, first, last) => expect(monthRange(month)).toEqual({ first, last }));
});
