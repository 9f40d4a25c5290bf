import { eachDay, isWeekday } from '../dates';
import { calculateMonthlyBenefit } from './monthly-benefit';
import type { MonthlyBenefit, MonthlyBenefitInput } from './types';
import { BenefitInputError } from './validate-input';

/** A 30-year-old under integreringsloven, in the programme since 2024, no leave, no absence. */
const base = (over: Partial<MonthlyBenefitInput> = {}): MonthlyBenefitInput => ({
  month: '2025-06',
  regime: 'INTEGRERINGSLOVEN',
  birthDate: '1995-03-10',
  livesWithParents: false,
  programmeStart: '2024-09-02',
  ...over,
});

/** Spreads `hours` of unauthorised absence over the month's weekdays, 7,5 hours a day. */
const absence = (month: string, hours: number): { date: string; hours: number }[] => {
  const out: { date: string; hours: number }[] = [];
  const fullDays = Math.floor(hours / 7.5);
  const rest = Math.round((hours - fullDays * 7.5) * 1e6) / 1e6;
  const days = eachDay(`${month}-01`, `${month}-28`).filter(isWeekday);
  days.slice(0, fullDays).forEach((date) => out.push({ date, hours: 7.5 }));
  const last = days[fullDays];
  if (rest > 0 && last) out.push({ date: last, hours: rest });
  return out;
};

const sumOfLines = (r: MonthlyBenefit): number =>
  Math.round(r.lineItems.reduce((s, l) => s + Math.round(l.amount * 100), 0)) / 100;

describe('calculateMonthlyBenefit: gross amount', () => {
  it.each([
    // name, input overrides, gross, paid days, fractions
    ['full month, full rate, G 130 160', {}, 21_693.33, 30, [1]],
    ['April 2025 uses G 124 028 (before 1 May)', { month: '2025-04' }, 20_671.33, 30, [1]],
    ['May 2025 uses G 130 160 (from 1 May)', { month: '2025-05' }, 21_693.33, 31, [1]],
    ['under 25: 2/3', { birthDate: '2002-01-01' }, 14_462.22, 30, [2 / 3]],
    ['under 25 living with a parent: 1/3', { birthDate: '2002-01-01', livesWithParents: true }, 7_231.11, 30, [1 / 3]],
    [
      'turns 25 on 15 June: 14 days at 2/3, 16 days full',
      { birthDate: '2000-06-15' },
      6_749.04 + 11_569.78,
      30,
      [2 / 3, 1],
    ],
    ['turns 25 on 1 June: full rate all month', { birthDate: '2000-06-01' }, 21_693.33, 30, [1]],
    [
      'turns 25 on 30 June: 29 days at 2/3, 1 day full',
      { birthDate: '2000-06-30' },
      13_980.15 + 723.11,
      30,
      [2 / 3, 1],
    ],
    ['starts on 31 July: 1 of 31 days', { month: '2025-07', programmeStart: '2025-07-31' }, 699.78, 1, [1]],
    [
      'starts on 31 January (G 124 028): 1 of 31 days',
      { month: '2025-01', programmeStart: '2025-01-31' },
      666.82,
      1,
      [1],
    ],
    ['ends 15 June (last day included): 15 of 30 days', { programmeEnd: '2025-06-15' }, 10_846.67, 15, [1]],
    ['starts and ends in the month', { programmeStart: '2025-06-10', programmeEnd: '2025-06-19' }, 7_231.11, 10, [1]],
    ['ended before the month: nothing', { programmeEnd: '2025-05-31' }, 0, 0, []],
    [
      'leave 25 June–5 July, June part: 24 of 30 days',
      { unpaidLeave: [{ from: '2025-06-25', to: '2025-07-05' }] },
      17_354.67,
      24,
      [1],
    ],
    [
      'leave 25 June–5 July, July part: 26 of 31 days',
      { month: '2025-07', unpaidLeave: [{ from: '2025-06-25', to: '2025-07-05' }] },
      18_194.41,
      26,
      [1],
    ],
    [
      'overlapping leave periods count each day once',
      {
        unpaidLeave: [
          { from: '2025-06-01', to: '2025-06-10' },
          { from: '2025-06-05', to: '2025-06-15' },
        ],
      },
      10_846.67,
      15,
      [1],
    ],
  ] as const)('%s', (_name, over, gross, paidDays, fractions) => {
    const r = calculateMonthlyBenefit(base(over as Partial<MonthlyBenefitInput>));
    expect(r.gross).toBeCloseTo(gross, 2);
    expect(r.paidDays).toBe(paidDays);
    expect(r.fractions).toHaveLength(fractions.length);
    r.fractions.forEach((f, i) => expect(f).toBeCloseTo(fractions[i] ?? NaN, 9));
    expect(r.net).toBeCloseTo(gross, 2);
    expect(sumOfLines(r)).toBeCloseTo(r.net, 2);
  });

  it('April and May differ only by G', () => {
    const april = calculateMonthlyBenefit(base({ month: '2025-04' }));
    const may = calculateMonthlyBenefit(base({ month: '2025-05' }));
    expect(april.baseAmount).toMatchObject({ amount: 124_028, validFrom: '2024-05-01' });
    expect(may.baseAmount).toMatchObject({ amount: 130_160, validFrom: '2025-05-01' });
  });

  it('splits the birthday month into two periods with their own rule texts', () => {
    const r = calculateMonthlyBenefit(base({ birthDate: '2000-06-15' }));
    expect(r.periods.map((p) => [p.from, p.to, p.days])).toEqual([
      ['2025-06-01', '2025-06-14', 14],
      ['2025-06-15', '2025-06-30', 16],
    ]);
    expect(r.lineItems.filter((l) => l.kind === 'BENEFIT').map((l) => l.amount)).toEqual([6_749.04, 11_569.78]);
    expect(r.periods[0]?.rule.text).toMatch(/Under 25 år/);
    expect(r.periods[1]?.rule.text).toMatch(/kalenderdager i måneden/);
  });

  it('explains the leave and the days before start as zero lines', () => {
    const r = calculateMonthlyBenefit(base({ month: '2025-07', programmeStart: '2025-07-31' }));
    expect(r.lineItems.find((l) => l.kind === 'NO_BENEFIT_DAYS')).toMatchObject({
      amount: 0,
      description: 'Ingen stønad før programstart 31.07.2025: 30 dager',
    });
    const leave = calculateMonthlyBenefit(
      base({ month: '2025-07', unpaidLeave: [{ from: '2025-06-25', to: '2025-07-05' }] }),
    );
    expect(leave.unpaidLeaveDays).toBe(5);
    expect(leave.lineItems.find((l) => l.kind === 'UNPAID_LEAVE')?.description).toBe(
      'Permisjon uten stønad 01.07.2025–05.07.2025: 5 dager uten stønad',
    );
  });
});

describe('calculateMonthlyBenefit: deductions and the decision flag (B-28)', () => {
  // G 118 620 (from 1 May 2023) makes G/12 exactly 9 885,00; full rate gross is 19 770,00, half of it 9 885,00.
  // One hour is 237 240 / 1850 = 128,2378… kr, so the threshold is 1850 / 24 = 77,0833… hours.
  const june2023 = (hours: number, over: Partial<MonthlyBenefitInput> = {}): MonthlyBenefit =>
    calculateMonthlyBenefit(
      base({ month: '2023-06', programmeStart: '2022-01-03', unauthorisedAbsence: absence('2023-06', hours), ...over }),
    );

  it.each([
    ['one day, 7,5 hours', 7.5, 961.78, false],
    ['exactly at the threshold (9 885,00)', 77.0833, 9_885.0, true],
    ['one øre under the threshold (9 884,99)', 77.08325, 9_884.99, false],
    ['well over the threshold', 100, 12_823.78, true],
  ])('%s', (_name, hours, deduction, decision) => {
    const r = june2023(hours);
    expect(r.baseAmount.amount).toBe(118_620);
    expect(r.gross).toBe(19_770);
    expect(r.decisionThreshold).toMatchObject({ shareOfPayment: 9_885, minimumAmount: 9_885 });
    expect(r.deductions).toBe(deduction);
    expect(r.net).toBeCloseTo(19_770 - deduction, 2);
    expect(r.flags.decisionRequired).toBe(decision);
    expect(sumOfLines(r)).toBeCloseTo(r.net, 2);
  });

  it('G 130 160: G/12 = 10 846,666… so the threshold is 10 846,67', () => {
    const at = calculateMonthlyBenefit(base({ unauthorisedAbsence: absence('2025-06', 77.08335) }));
    const under = calculateMonthlyBenefit(base({ unauthorisedAbsence: absence('2025-06', 77.08328) }));
    expect(at.decisionThreshold.minimumAmount).toBe(10_846.67);
    expect([at.deductions, at.flags.decisionRequired]).toEqual([10_846.67, true]);
    expect([under.deductions, under.flags.decisionRequired]).toEqual([10_846.66, false]);
  });

  it('uses the hourly rate of the absence day when the fraction changes mid-month', () => {
    const r = calculateMonthlyBenefit(
      base({
        birthDate: '2000-06-15',
        unauthorisedAbsence: [
          { date: '2025-06-03', hours: 7.5 },
          { date: '2025-06-20', hours: 7.5 },
        ],
      }),
    );
    expect(r.lineItems.filter((l) => l.kind === 'ABSENCE_DEDUCTION').map((l) => l.amount)).toEqual([
      -703.57, -1_055.35,
    ]);
    expect(r.deductions).toBe(1_758.92);
  });

  it.each([
    ['6A, default (C-9 parameter: no deductions)', {}, 0, false, 'DEDUCTION_NOT_APPLIED'],
    ['6A, deductionsApply: false', { deductionsApply: false }, 0, false, 'DEDUCTION_NOT_APPLIED'],
    ['6A, deductionsApply: true', { deductionsApply: true }, 12_823.78, true, 'ABSENCE_DEDUCTION'],
  ] as const)('%s', (_name, over, deduction, decision, kind) => {
    const r = june2023(100, { regime: 'INTEGRERINGSLOVEN_KAP6A', ...over });
    expect(r.deductions).toBe(deduction);
    expect(r.flags.deductionsApply).toBe(deduction > 0);
    expect(r.flags.decisionRequired).toBe(decision);
    expect(r.lineItems.some((l) => l.kind === kind)).toBe(true);
    expect(r.gross).toBe(19_770);
  });

  it('introduksjonsloven deducts with its own rule id', () => {
    const r = june2023(7.5, { regime: 'INTRODUKSJONSLOVEN' });
    expect(r.deductions).toBe(961.78);
    expect(r.lineItems.find((l) => l.kind === 'ABSENCE_DEDUCTION')?.rule.id).toBe('A-10');
  });
});

describe('calculateMonthlyBenefit: samordning and the floor at zero', () => {
  it.each([
    [
      'sickness benefit and wages are offset',
      [
        { kind: 'SICKNESS_BENEFIT', amount: 5_000 },
        { kind: 'WAGES', amount: 1_200.5 },
      ],
      6_200.5,
      15_492.83,
    ],
    ['child benefit is never offset', [{ kind: 'CHILD_BENEFIT', amount: 1_766 }], 0, 21_693.33],
    ['cash-for-care benefit is never offset', [{ kind: 'CASH_FOR_CARE', amount: 7_500 }], 0, 21_693.33],
    ['offsets larger than the benefit: net 0', [{ kind: 'DISABILITY_BENEFIT', amount: 30_000 }], 30_000, 0],
  ] as const)('%s', (_name, otherBenefits, offsets, net) => {
    const r = calculateMonthlyBenefit(base({ otherBenefits }));
    expect(r.offsets).toBe(offsets);
    expect(r.net).toBe(net);
    expect(sumOfLines(r)).toBeCloseTo(net, 2);
  });

  it('shows child benefit as a zero line saying it is not offset', () => {
    const r = calculateMonthlyBenefit(base({ otherBenefits: [{ kind: 'CHILD_BENEFIT', amount: 1_766 }] }));
    expect(r.lineItems.find((l) => l.kind === 'OFFSET_NOT_APPLIED')).toMatchObject({
      amount: 0,
      description: 'Barnetrygd 1 766,00 kr: kommer ikke til fradrag',
    });
  });

  it('never goes below zero, and says why', () => {
    const r = calculateMonthlyBenefit(
      base({
        unauthorisedAbsence: absence('2025-06', 150),
        otherBenefits: [{ kind: 'SICKNESS_BENEFIT', amount: 10_000 }],
      }),
    );
    expect(r.deductions).toBe(21_107.03);
    expect(r.net).toBe(0);
    expect(r.flags.netFlooredAtZero).toBe(true);
    expect(r.lineItems.find((l) => l.kind === 'FLOOR_AT_ZERO')?.amount).toBe(9_413.7);
    expect(sumOfLines(r)).toBe(0);
  });
});

describe('calculateMonthlyBenefit: invalid input', () => {
  it.each([
    ['month', { month: '2025-13' }, 'month: must be YYYY-MM'],
    ['regime', { regime: 'NORWAY' }, 'regime: must be one of'],
    ['birthDate', { birthDate: '1995-02-30' }, 'birthDate: must be a date YYYY-MM-DD'],
    ['programmeEnd before start', { programmeEnd: '2024-01-01' }, 'programmeEnd: must not be before programmeStart'],
    [
      'leave to before from',
      { unpaidLeave: [{ from: '2025-06-10', to: '2025-06-01' }] },
      'unpaidLeave[0].to: must not be before from',
    ],
    [
      'absence outside the month',
      { unauthorisedAbsence: [{ date: '2025-07-01', hours: 1 }] },
      'unauthorisedAbsence[0].date: must be in month',
    ],
    [
      'absence on leave',
      {
        unpaidLeave: [{ from: '2025-06-01', to: '2025-06-10' }],
        unauthorisedAbsence: [{ date: '2025-06-05', hours: 1 }],
      },
      'unauthorisedAbsence[0].date: is not a benefit day',
    ],
    ['absence hours', { unauthorisedAbsence: [{ date: '2025-06-05', hours: 0 }] }, 'unauthorisedAbsence[0].hours'],
    [
      'other benefit kind',
      { otherBenefits: [{ kind: 'LOTTERY', amount: 1 }] },
      'otherBenefits[0].kind: must be one of',
    ],
    ['negative amount', { otherBenefits: [{ kind: 'WAGES', amount: -1 }] }, 'otherBenefits[0].amount'],
    [
      'deductions off outside 6A',
      { deductionsApply: false },
      'deductionsApply: can only be false under INTEGRERINGSLOVEN_KAP6A',
    ],
    ['unknown field', { unpaidleave: [] }, 'unpaidleave: unknown field'],
  ])('%s', (_name, over, message) => {
    const call = (): MonthlyBenefit => calculateMonthlyBenefit(base(over as unknown as Partial<MonthlyBenefitInput>));
    expect(call).toThrow(BenefitInputError);
    expect(call).toThrow(message);
  });
});
