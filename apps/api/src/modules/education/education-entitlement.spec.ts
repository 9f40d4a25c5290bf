import { defaultEntitledHours, norwegianDeadline, type ProgrammeFacts } from './education-entitlement';

const programme = (
  regime: ProgrammeFacts['derivedRegime'],
  norwegianTraining: unknown,
  startDate: string | null = null,
): ProgrammeFacts => ({
  derivedRegime: regime,
  regimeOverride: null,
  evaluation: { regime, norwegianTraining },
  startDate: startDate ? new Date(`${startDate}T00:00:00Z`) : null,
});
const date = (d: string) => new Date(`${d}T00:00:00Z`);
const right = { right: true, duty: true, maxMonths: 36 };

describe('defaultEntitledHours', () => {
  it.each([
    [
      'introduksjonsloven, permit the day before 1 Jan 2012: 250 h',
      programme('INTRODUKSJONSLOVEN', right),
      '2011-12-31',
      250,
    ],
    ['introduksjonsloven, permit on 1 Jan 2012: 550 h', programme('INTRODUKSJONSLOVEN', right), '2012-01-01', 550],
    [
      'introduksjonsloven without a right to training: none',
      programme('INTRODUKSJONSLOVEN', { right: false, duty: false, maxMonths: null }),
      '2015-01-01',
      null,
    ],
    ['integreringsloven counts months, not hours: none', programme('INTEGRERINGSLOVEN', right), '2022-03-01', null],
    [
      'chapter 6A: none',
      programme('INTEGRERINGSLOVEN_KAP6A', { right: true, duty: false, maxMonths: 12 }),
      '2023-03-01',
      null,
    ],
    ['no programme: none', undefined, '2015-01-01', null],
    [
      'no stored evaluation: none',
      { derivedRegime: 'INTRODUKSJONSLOVEN', regimeOverride: null, evaluation: {} } as ProgrammeFacts,
      '2015-01-01',
      null,
    ],
  ])('%s', (_name, facts, permit, expected) => {
    expect(defaultEntitledHours(facts, date(permit))).toBe(expected);
  });

  it('an override of the regime wins', () => {
    const facts = { ...programme('INTEGRERINGSLOVEN', right), regimeOverride: 'INTRODUKSJONSLOVEN' as const };
    expect(defaultEntitledHours(facts, date('2015-06-01'))).toBe(550);
  });

  it('no permit date: none', () => {
    expect(defaultEntitledHours(programme('INTRODUKSJONSLOVEN', right), null)).toBeNull();
  });
});

describe('norwegianDeadline', () => {
  it('is the programme start plus the maximum months, clamped to the month end', () => {
    expect(
      norwegianDeadline(programme('INTEGRERINGSLOVEN', { right: true, duty: true, maxMonths: 36 }, '2022-08-31')),
    ).toBe('2025-08-31');
    expect(
      norwegianDeadline(
        programme('INTEGRERINGSLOVEN_KAP6A', { right: true, duty: false, maxMonths: 12 }, '2023-02-28'),
      ),
    ).toBe('2024-02-28');
  });
  it('is unknown without a start date, a right or a maximum', () => {
    expect(norwegianDeadline(programme('INTEGRERINGSLOVEN', right))).toBeNull();
    expect(
      norwegianDeadline(programme('INTEGRERINGSLOVEN', { right: false, duty: false, maxMonths: null }, '2022-01-01')),
    ).toBeNull();
  });
});
