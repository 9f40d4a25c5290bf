import { planWarnings } from './plan-warnings';

const full = [
  { kind: 'NORWEGIAN' as const, hoursPerWeek: 15 },
  { kind: 'SOCIAL_STUDIES' as const, hoursPerWeek: 2.5 },
  { kind: 'LIFE_SKILLS' as const, hoursPerWeek: 5 },
  { kind: 'WORK_PRACTICE' as const, hoursPerWeek: 15 },
];
const base = {
  regime: 'INTEGRERINGSLOVEN' as const,
  evaluation: { parentalGuidanceRequired: false },
  includesSelfStudy: false,
  participationPercent: 100,
  validFrom: '2025-01-01',
};
const codes = (w: ReturnType<typeof planWarnings>) =>
  w.map((x) => `${x.code}${x.kinds ? `:${x.kinds.join('|')}` : ''}`);

describe('plan warnings: full time and mandatory content', () => {
  it.each`
    case                                    | elements                                                                                                                                                                    | selfStudy | percent | expected
    ${'37.5 h with all B content'}          | ${full}                                                                                                                                                                     | ${false}  | ${100}  | ${[]}
    ${'37 h'}                               | ${[...full.slice(0, 3), { kind: 'WORK_PRACTICE', hoursPerWeek: 14.5 }]}                                                                                                     | ${false}  | ${100}  | ${['PLAN_HOURS_BELOW_FULL_TIME']}
    ${'30 h with self-study is full time'}  | ${[...full.slice(0, 3), { kind: 'WORK_PRACTICE', hoursPerWeek: 7.5 }]}                                                                                                      | ${true}   | ${100}  | ${[]}
    ${'29.5 h with self-study'}             | ${[...full.slice(0, 3), { kind: 'WORK_PRACTICE', hoursPerWeek: 7 }]}                                                                                                        | ${true}   | ${100}  | ${['PLAN_HOURS_BELOW_FULL_TIME']}
    ${'50 % part time: 18.75 h is enough'}  | ${[{ kind: 'NORWEGIAN', hoursPerWeek: 10 }, { kind: 'SOCIAL_STUDIES', hoursPerWeek: 1 }, { kind: 'LIFE_SKILLS', hoursPerWeek: 1 }, { kind: 'EDUCATION', hoursPerWeek: 7 }]} | ${false}  | ${50}   | ${[]}
    ${'no life skills under B'}             | ${[full[0], full[1], { kind: 'WORK_PRACTICE', hoursPerWeek: 20 }]}                                                                                                          | ${false}  | ${100}  | ${['PLAN_MISSING_MANDATORY_ELEMENT:LIFE_SKILLS']}
    ${'education instead of work practice'} | ${[...full.slice(0, 3), { kind: 'EDUCATION', hoursPerWeek: 15 }]}                                                                                                           | ${false}  | ${100}  | ${[]}
    ${'0 h of an element does not count'}   | ${[...full.slice(0, 2), { kind: 'LIFE_SKILLS', hoursPerWeek: 0 }, { kind: 'WORK_PRACTICE', hoursPerWeek: 20 }]}                                                             | ${false}  | ${100}  | ${['PLAN_MISSING_MANDATORY_ELEMENT:LIFE_SKILLS']}
  `('$case → $expected', ({ elements, selfStudy, percent, expected }) => {
    expect(
      codes(planWarnings({ ...base, elements, includesSelfStudy: selfStudy, participationPercent: percent })),
    ).toEqual(expected);
  });

  it.each`
    regime                       | guidance | expected
    ${'INTEGRERINGSLOVEN'}       | ${true}  | ${['PLAN_MISSING_MANDATORY_ELEMENT:PARENTAL_GUIDANCE']}
    ${'INTEGRERINGSLOVEN'}       | ${false} | ${[]}
    ${'INTEGRERINGSLOVEN_KAP6A'} | ${true}  | ${['PLAN_MISSING_MANDATORY_ELEMENT:PARENTAL_GUIDANCE']}
    ${'INTRODUKSJONSLOVEN'}      | ${true}  | ${[]}
  `(
    '$regime, parental guidance required by the evaluation: $guidance → $expected',
    ({ regime, guidance, expected }) => {
      expect(
        codes(planWarnings({ ...base, regime, evaluation: { parentalGuidanceRequired: guidance }, elements: full })),
      ).toEqual(expected);
    },
  );

  it('chapter 6A needs neither life skills nor social studies', () => {
    const elements = [
      { kind: 'NORWEGIAN' as const, hoursPerWeek: 20 },
      { kind: 'WORK_PRACTICE' as const, hoursPerWeek: 17.5 },
    ];
    expect(planWarnings({ ...base, regime: 'INTEGRERINGSLOVEN_KAP6A', elements })).toEqual([]);
  });

  it('names the hours in the rule text', () => {
    const [w] = planWarnings({ ...base, elements: [...full.slice(0, 3), { kind: 'WORK_PRACTICE', hoursPerWeek: 10 }] });
    expect(w?.rule.text).toContain('37,5 timer');
    expect(w?.rule.text).toContain('Planen har 32,5 timer');
    expect(w?.requiredHoursPerWeek).toBe(37.5);
  });
});
