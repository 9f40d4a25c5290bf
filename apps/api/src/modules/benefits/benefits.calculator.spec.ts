import { calculateMonthlyBenefit, type MonthlyBenefitInput } from '@ankomst/regimes';
import { sameMonthKey } from './benefits.calculator';

const base: MonthlyBenefitInput = {
  month: '2025-06',
  regime: 'INTEGRERINGSLOVEN',
  birthDate: '1990-03-04',
  livesWithParents: false,
  childlessCoupleBothParticipating: false,
  programmeStart: '2025-01-06',
  programmeEnd: null,
  unpaidLeave: [],
  unauthorisedAbsence: [],
  otherBenefits: [],
  deductionsApply: null,
};
const key = (i: MonthlyBenefitInput) => sameMonthKey(i, '2025-06-01', '2025-06-30');

/** The cache must never change an answer: inputs with the same key give the same calculation. */
describe('sameMonthKey', () => {
  it.each<[string, Partial<MonthlyBenefitInput>, Partial<MonthlyBenefitInput>]>([
    ['different birth dates, same age all month', { birthDate: '1990-03-04' }, { birthDate: '1989-07-30' }],
    ['different starts before the month', { programmeStart: '2024-01-02' }, { programmeStart: '2025-05-31' }],
    ['no end and an end after the month', { programmeEnd: null }, { programmeEnd: '2026-01-31' }],
    [
      'leave clipped to the month',
      { unpaidLeave: [{ from: '2025-06-25', to: '2025-07-10' }] },
      { unpaidLeave: [{ from: '2025-06-25', to: '2025-06-30' }] },
    ],
    [
      'under 25 all month, different birthdays',
      { birthDate: '2002-01-10', livesWithParents: true },
      { birthDate: '2001-08-01', livesWithParents: true },
    ],
  ])('%s: same key and the same calculation', (_, a, b) => {
    const ia = { ...base, ...a };
    const ib = { ...base, ...b };
    expect(key(ia)).not.toBeNull();
    expect(key(ia)).toBe(key(ib));
    expect(calculateMonthlyBenefit(ia)).toEqual(calculateMonthlyBenefit(ib));
  });

  it.each<[string, Partial<MonthlyBenefitInput>]>([
    ['another age', { birthDate: '1960-03-04' }],
    ['a start in the month', { programmeStart: '2025-06-10' }],
    ['an end in the month', { programmeEnd: '2025-06-20' }],
    ['absence', { unauthorisedAbsence: [{ date: '2025-06-03', hours: 7.5 }] }],
    ['another benefit', { otherBenefits: [{ kind: 'WAGES', amount: 10 }] }],
    ['living with parents', { livesWithParents: true, birthDate: '2003-01-01' }],
  ])('%s changes the key', (_, change) => {
    expect(key({ ...base, ...change })).not.toBe(key(base));
  });

  it('a birthday in the month has no key: computed on its own', () => {
    expect(key({ ...base, birthDate: '2000-06-15' })).toBeNull();
  });
});
