import { programmeDeadlines, periodEnd, extendByLeave, type ProgrammeDeadlineFacts } from './deadlines';
import { evaluate } from './evaluate';
import { caseFacts, kap6aFacts, oldActFacts } from './testing/case-facts-builder';

const facts = (overrides: Partial<ProgrammeDeadlineFacts> = {}): ProgrammeDeadlineFacts => ({
  settlementDate: '2023-11-30',
  extensions: [],
  leaves: [],
  ...overrides,
});
const byKind = (r: ReturnType<typeof programmeDeadlines>, kind: string) => r.deadlines.find((d) => d.kind === kind);

describe('latest start: settlement (or a later claim) + 3 months, clamped to the month end (A-6, B-11, C-2)', () => {
  it.each`
    settlementDate  | claimDate       | latestStart
    ${'2023-11-30'} | ${null}         | ${'2024-02-29'}
    ${'2023-11-29'} | ${null}         | ${'2024-02-29'}
    ${'2022-11-30'} | ${null}         | ${'2023-02-28'}
    ${'2023-10-31'} | ${null}         | ${'2024-01-31'}
    ${'2024-03-31'} | ${null}         | ${'2024-06-30'}
    ${'2023-12-31'} | ${null}         | ${'2024-03-31'}
    ${'2023-11-30'} | ${'2024-01-31'} | ${'2024-04-30'}
  `(
    'settled $settlementDate, claim $claimDate → start by $latestStart',
    ({ settlementDate, claimDate, latestStart }) => {
      const evaluation = evaluate(
        caseFacts({ settlementDate, arrivalDate: settlementDate, claimDate, asOf: settlementDate }),
      );
      const result = programmeDeadlines(evaluation, facts({ settlementDate, claimDate }), settlementDate);
      expect(byKind(result, 'PROGRAMME_START')).toMatchObject({ date: latestStart, met: false, overdue: false });
      expect(byKind(result, 'PROGRAMME_START')?.rule.id).toBe('B-11');
    },
  );

  it.each`
    asOf            | startDate       | met      | overdue
    ${'2024-02-29'} | ${null}         | ${false} | ${false}
    ${'2024-03-01'} | ${null}         | ${false} | ${true}
    ${'2024-03-01'} | ${'2024-02-15'} | ${true}  | ${false}
  `('on $asOf with start $startDate: met $met, overdue $overdue', ({ asOf, startDate, met, overdue }) => {
    const evaluation = evaluate(caseFacts({ asOf }));
    const result = programmeDeadlines(evaluation, facts({ startDate, decisionDate: startDate }), asOf);
    expect(byKind(result, 'PROGRAMME_START')).toMatchObject({ date: '2024-02-29', met, overdue });
  });
});

describe('decision before the right lapses: last day = settlement + 24 months − 1 day (B-13)', () => {
  it.each`
    settlementDate  | lastDay
    ${'2023-11-30'} | ${'2025-11-29'}
    ${'2024-02-29'} | ${'2026-02-27'}
    ${'2023-01-31'} | ${'2025-01-30'}
  `('settled $settlementDate → decide by $lastDay', ({ settlementDate, lastDay }) => {
    const evaluation = evaluate(caseFacts({ settlementDate, arrivalDate: settlementDate, asOf: settlementDate }));
    const result = programmeDeadlines(evaluation, facts({ settlementDate }), settlementDate);
    expect(byKind(result, 'PROGRAMME_DECISION')?.date).toBe(lastDay);
    // The engine agrees: a decision on the last day keeps the right, the day after it has lapsed.
    expect(
      evaluate(
        caseFacts({ settlementDate, arrivalDate: settlementDate, asOf: lastDay, programmeDecisionDate: lastDay }),
      ).programme.lapsed,
    ).toBe(false);
  });

  it('is not listed once the right has lapsed', () => {
    const evaluation = evaluate(caseFacts({ asOf: '2025-11-30' }));
    expect(evaluation.programme.lapsed).toBe(true);
    expect(byKind(programmeDeadlines(evaluation, facts(), '2025-11-30'), 'PROGRAMME_DECISION')).toBeUndefined();
  });
});

describe('NIR registration within 2 months of the start (B-36)', () => {
  it.each`
    regime                       | build          | startDate       | due
    ${'INTEGRERINGSLOVEN'}       | ${caseFacts}   | ${'2023-12-31'} | ${'2024-02-29'}
    ${'INTEGRERINGSLOVEN_KAP6A'} | ${kap6aFacts}  | ${'2024-01-02'} | ${'2024-03-02'}
    ${'INTRODUKSJONSLOVEN'}      | ${oldActFacts} | ${'2020-12-31'} | ${'2021-02-28'}
  `('$regime: start $startDate → register by $due', ({ regime, build, startDate, due }) => {
    const evaluation = evaluate(build({ asOf: startDate }));
    expect(evaluation.regime).toBe(regime);
    const result = programmeDeadlines(evaluation, facts({ startDate }), startDate);
    expect(byKind(result, 'NIR_REGISTRATION')).toMatchObject({ date: due, met: false });
    const registered = programmeDeadlines(evaluation, facts({ startDate, nirRegisteredOn: startDate }), startDate);
    expect(byKind(registered, 'NIR_REGISTRATION')).toMatchObject({ met: true, metOn: startDate });
  });
});

describe('planned end: start + maximum months + extensions, moved by leave', () => {
  it.each`
    case                                  | hasUpperSecondary | endGoal   | startDate       | extensions | leaves                                                                                  | end
    ${'24 months, no upper secondary'}    | ${false}          | ${'WORK'} | ${'2024-01-01'} | ${[]}      | ${[]}                                                                                   | ${'2025-12-31'}
    ${'start on 29 Feb (leap year)'}      | ${false}          | ${'WORK'} | ${'2024-02-29'} | ${[]}      | ${[]}                                                                                   | ${'2026-02-28'}
    ${'start 1 Mar, ends before 1 Mar'}   | ${false}          | ${'WORK'} | ${'2024-03-01'} | ${[]}      | ${[]}                                                                                   | ${'2026-02-28'}
    ${'6 months with upper secondary'}    | ${true}           | ${'WORK'} | ${'2024-08-31'} | ${[]}      | ${[]}                                                                                   | ${'2025-02-28'}
    ${'+ 6 months extension'}             | ${true}           | ${'WORK'} | ${'2024-08-31'} | ${[6]}     | ${[]}                                                                                   | ${'2025-08-30'}
    ${'10 days of leave'}                 | ${false}          | ${'WORK'} | ${'2024-01-01'} | ${[]}      | ${[{ from: '2024-06-01', to: '2024-06-10' }]}                                           | ${'2026-01-10'}
    ${'leave + 12 months extension'}      | ${false}          | ${'WORK'} | ${'2024-01-01'} | ${[12]}    | ${[{ from: '2024-06-01', to: '2024-06-10' }]}                                           | ${'2027-01-10'}
    ${'leave across 29 Feb'}              | ${false}          | ${'WORK'} | ${'2024-01-01'} | ${[]}      | ${[{ from: '2024-02-28', to: '2024-03-01' }]}                                           | ${'2026-01-03'}
    ${'leave before the start ignored'}   | ${false}          | ${'WORK'} | ${'2024-01-01'} | ${[]}      | ${[{ from: '2023-12-01', to: '2023-12-10' }]}                                           | ${'2025-12-31'}
    ${'leave after the moved end counts'} | ${false}          | ${'WORK'} | ${'2024-01-01'} | ${[]}      | ${[{ from: '2025-12-20', to: '2025-12-29' }, { from: '2026-01-05', to: '2026-01-06' }]} | ${'2026-01-12'}
  `('$case → $end', ({ hasUpperSecondary, endGoal, startDate, extensions, leaves, end }) => {
    const evaluation = evaluate(
      caseFacts({ hasUpperSecondaryEducation: hasUpperSecondary, endGoal, asOf: '2024-01-10' }),
    );
    const result = programmeDeadlines(
      evaluation,
      facts({
        startDate,
        decisionDate: startDate,
        extensions: (extensions as number[]).map((months) => ({ months })),
        leaves,
      }),
      startDate,
    );
    expect(byKind(result, 'PLANNED_END')?.date).toBe(end);
    expect(result.maxEnd).toBe(end);
  });

  it('a planned end the consultant chose is the deadline; the maximum is still reported', () => {
    const evaluation = evaluate(caseFacts({ asOf: '2024-01-10' }));
    const result = programmeDeadlines(
      evaluation,
      facts({ startDate: '2024-01-01', plannedEndDate: '2025-06-30' }),
      '2024-01-10',
    );
    expect(byKind(result, 'PLANNED_END')?.date).toBe('2025-06-30');
    expect(result.maxEnd).toBe('2025-12-31');
    expect(result.absoluteMaxEnd).toBe('2026-12-31');
    expect(byKind(result, 'PLANNED_END')?.rule.text).toContain('lengste tillatte slutt');
  });

  it('chapter 6A: 12 months, no extension', () => {
    const evaluation = evaluate(kap6aFacts({ asOf: '2024-01-10' }));
    const result = programmeDeadlines(evaluation, facts({ startDate: '2024-01-15' }), '2024-01-10');
    expect(result.maxEnd).toBe('2025-01-14');
    expect(result.absoluteMaxEnd).toBe('2025-01-14');
    expect(byKind(result, 'PLANNED_END')?.rule.id).toBe('C-7');
  });
});

describe('Norwegian training deadline (B-19, C-8): from the start, plus leave', () => {
  it.each`
    build         | hasUpperSecondary | months | end
    ${caseFacts}  | ${false}          | ${36}  | ${'2026-12-31'}
    ${caseFacts}  | ${true}           | ${18}  | ${'2025-06-30'}
    ${kap6aFacts} | ${false}          | ${12}  | ${'2024-12-31'}
  `('$months months → $end', ({ build, hasUpperSecondary, months, end }) => {
    const evaluation = evaluate(build({ hasUpperSecondaryEducation: hasUpperSecondary, asOf: '2024-01-10' }));
    expect(evaluation.norwegianTraining.maxMonths).toBe(months);
    const result = programmeDeadlines(evaluation, facts({ startDate: '2024-01-01' }), '2024-01-10');
    expect(byKind(result, 'NORWEGIAN_TRAINING_END')?.date).toBe(end);
  });
});

describe('the next deadline', () => {
  it('is the earliest unmet one, overdue first; none once the programme has ended', () => {
    const evaluation = evaluate(caseFacts({ asOf: '2024-04-01' }));
    const before = programmeDeadlines(evaluation, facts(), '2024-04-01');
    expect(before.next).toMatchObject({ kind: 'PROGRAMME_START', date: '2024-02-29', overdue: true, daysLeft: -32 });
    const started = programmeDeadlines(
      evaluation,
      facts({ startDate: '2024-02-01', decisionDate: '2024-01-20' }),
      '2024-04-01',
    );
    expect(started.next).toMatchObject({ kind: 'NIR_REGISTRATION', date: '2024-04-01', overdue: false, daysLeft: 0 });
    const ended = programmeDeadlines(
      evaluation,
      facts({ startDate: '2024-02-01', decisionDate: '2024-01-20', endDate: '2024-03-01' }),
      '2024-04-01',
    );
    expect(ended.next).toBeNull();
  });
});

describe('date helpers', () => {
  it.each`
    start           | months | end
    ${'2024-01-31'} | ${1}   | ${'2024-02-29'}
    ${'2023-01-31'} | ${1}   | ${'2023-02-28'}
    ${'2024-03-31'} | ${1}   | ${'2024-04-30'}
    ${'2024-12-01'} | ${1}   | ${'2024-12-31'}
    ${'2024-11-30'} | ${1}   | ${'2024-12-29'}
    ${'2024-02-29'} | ${12}  | ${'2025-02-28'}
  `('periodEnd($start, $months) = $end', ({ start, months, end }) => {
    expect(periodEnd(start, months)).toBe(end);
  });

  it('extendByLeave counts only the part of a leave after the start', () => {
    expect(extendByLeave('2024-01-05', '2024-12-31', [{ from: '2024-01-01', to: '2024-01-10' }])).toEqual({
      end: '2025-01-06',
      leaveDays: 6,
    });
  });
});
