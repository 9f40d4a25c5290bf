import type { Regime } from '../rule-types';
import {
  NIR_FACT_RULES,
  NIR_FACTS,
  nirDeadlineParameter,
  nirDueDate,
  nirFactRule,
  nirFactsRequired,
  type NirFact,
  type NirFactRule,
} from './nir-facts';

const A: Regime = 'INTRODUKSJONSLOVEN';
const B: Regime = 'INTEGRERINGSLOVEN';
const C: Regime = 'INTEGRERINGSLOVEN_KAP6A';

describe('nirFactsRequired', () => {
  it.each<[NirFact, boolean, boolean, boolean]>([
    // fact                     A      B      6A
    ['PROGRAMME_START', true, true, true],
    ['COMPETENCE_MAPPING', false, true, true],
    ['CAREER_GUIDANCE', false, true, true],
    ['END_GOAL', false, true, true],
    ['LEAVE', true, true, true],
    ['PROGRAMME_END', true, true, true],
    ['EXIT_REASON', true, true, true],
    ['NORWEGIAN_START', true, true, true],
    ['NORWEGIAN_TARGET_LEVEL', false, true, true],
    ['EDUCATION_BACKGROUND', false, true, false],
  ])('%s: introduksjonsloven %s, integreringsloven %s, kapittel 6A %s', (fact, a, b, c) => {
    expect(nirFactsRequired(A, '2025-01-10').includes(fact)).toBe(a);
    expect(nirFactsRequired(B, '2025-01-10').includes(fact)).toBe(b);
    expect(nirFactsRequired(C, '2025-01-10').includes(fact)).toBe(c);
  });

  it('lists the facts in table order', () => {
    expect(nirFactsRequired(A, '2020-06-01')).toEqual([
      'PROGRAMME_START',
      'LEAVE',
      'PROGRAMME_END',
      'EXIT_REASON',
      'NORWEGIAN_START',
    ]);
  });

  it('has exactly one row per fact', () => {
    expect(NIR_FACT_RULES.map((r) => r.fact)).toEqual([...NIR_FACTS]);
  });

  describe('effective dating (validTo is exclusive)', () => {
    const rules: NirFactRule[] = [
      {
        fact: 'END_GOAL',
        regimes: [B],
        validFrom: '1900-01-01',
        validTo: '2026-01-01',
        rule: { id: 'X-1', text: 'old', source: 's' },
      },
      {
        fact: 'END_GOAL',
        regimes: [B, C],
        validFrom: '2026-01-01',
        validTo: null,
        rule: { id: 'X-2', text: 'new', source: 's' },
      },
    ];
    it.each([
      ['2025-12-31', B, ['END_GOAL'], 'X-1'],
      ['2025-12-31', C, [], 'X-1'],
      ['2026-01-01', B, ['END_GOAL'], 'X-2'],
      ['2026-01-01', C, ['END_GOAL'], 'X-2'],
    ] as const)('on %s under %s', (onDate, regime, facts, ruleId) => {
      expect(nirFactsRequired(regime, onDate, rules)).toEqual(facts);
      expect(nirFactRule('END_GOAL', onDate, rules)?.rule.id).toBe(ruleId);
    });
  });
});

describe('nirFactRule', () => {
  it.each<[NirFact, string]>([
    ['PROGRAMME_START', 'B-36'],
    ['CAREER_GUIDANCE', 'B-36'],
    ['EXIT_REASON', 'B-36'],
    ['EDUCATION_BACKGROUND', 'B-19'],
  ])('%s cites %s in integreringsforskriften kap. 9', (fact, id) => {
    expect(nirFactRule(fact, '2025-01-10')?.rule).toEqual({
      id,
      text: expect.stringContaining('registreres i NIR') as string,
      source: 'integreringsforskriften kap. 9; integreringsloven § 43',
    });
  });
});

describe('nirDueDate: two months after the event (B-36), the same under every regime', () => {
  it.each([
    ['2024-01-15', '2024-03-15'],
    ['2023-12-31', '2024-02-29'], // leap year: the last day of February
    ['2024-12-31', '2025-02-28'],
    ['2025-11-30', '2026-01-30'], // over the year end
    ['2025-06-01', '2025-08-01'],
  ])('an event on %s is due %s', (eventDate, due) => {
    for (const regime of [A, B, C]) expect(nirDueDate(regime, eventDate)).toBe(due);
  });

  it('uses the NIR_DEADLINE_MONTHS parameter, falling back to integreringsloven', () => {
    expect(nirDeadlineParameter(A, '2019-05-01')).toMatchObject({ ruleId: 'B-36', value: 2, regime: B });
    expect(nirDeadlineParameter(C, '2023-05-01')).toMatchObject({ ruleId: 'B-36', value: 2 });
  });
});
