import { addDays, eachDay, parts } from '../dates';
import type { IsoDate } from '../dates';
import { baseAmountOn } from '../parameters/base-amount';
import { requiredNumber } from '../parameters/lookup';
import type { RuleRef } from '../rule-types';
import { formatKroner, formatNumber, oreToKroner, toOre } from './money';
import type { Ore } from './money';
import { benefitBoolean, benefitNumber } from './parameters';
import { benefitRate } from './rate';
import {
  dayBasisRule,
  decisionRule,
  deductionRule,
  deductionsNotAppliedRule,
  floorRule,
  offsetRule,
  OTHER_BENEFIT_LABELS,
  periodRule,
} from './rules';
import { NEVER_OFFSET_KINDS } from './types';
import type { BenefitLineItem, BenefitPeriod, MonthlyBenefit, MonthlyBenefitInput } from './types';
import { assertMonthlyBenefitInput, isPaidDay, monthBounds } from './validate-input';
import { isDecisionRequired, decisionThresholds } from './decision-threshold';

/** dd.mm.yyyy, as on Norwegian payslips. */
const shortDate = (d: IsoDate): string => {
  const { year, month, day } = parts(d);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
};
const span = (from: IsoDate, to: IsoDate): string =>
  from === to ? shortDate(from) : `${shortDate(from)}–${shortDate(to)}`;

interface DayRate {
  fraction: number;
  rule: RuleRef;
}

/**
 * The introduction benefit for one participant and one calendar month.
 *
 * Annual amount = G (in force in the month; a month never spans 1 May) × the regime's G multiple (2) × the
 * fraction from `benefitRate` on each day. Day basis: a day is (annual / 12) / days in the month, so a full
 * month is always annual / 12. Deduction: hours × annual / 1850, with the annual amount of the absence day.
 * Offsets (samordning) subtract other benefits; child benefit and cash-for-care benefit are never offset.
 * Rounding: each line item once, half up, to whole øre; totals are sums of line items. Net is never below 0.
 *
 * Throws BenefitInputError (field paths) on bad input.
 */
export function calculateMonthlyBenefit(rawInput: MonthlyBenefitInput): MonthlyBenefit {
  const input = assertMonthlyBenefitInput(rawInput);
  const { regime } = input;
  const bounds = monthBounds(input.month);
  if (!bounds) throw new RangeError('unreachable: month validated');
  const { first, last } = bounds;
  const dim = parts(last).day;

  const g = baseAmountOn(first);
  const gMultiple = requiredNumber('BENEFIT_ANNUAL_G', regime, first);
  const facts = {
    regime,
    birthDate: input.birthDate,
    livesWithParents: input.livesWithParents,
    childlessCoupleBothParticipating: input.childlessCoupleBothParticipating ?? null,
  };
  const rateOn = (date: IsoDate): DayRate => {
    const r = benefitRate(facts, date);
    return { fraction: r.fractionOf2G, rule: r.rule };
  };
  const annualOn = (fraction: number): number => g.amount * gMultiple * fraction;

  const lines: BenefitLineItem[] = [];
  const dayRule = dayBasisRule(regime);

  // 1. Benefit periods: runs of consecutive paid days with the same fraction.
  const periods: BenefitPeriod[] = [];
  let open: { from: IsoDate; to: IsoDate; days: number; rate: DayRate } | undefined;
  const close = (): void => {
    if (!open) return;
    const annual = annualOn(open.rate.fraction);
    const amountOre = toOre(((annual / 12) * open.days) / dim);
    const rule = periodRule(open.rate.rule);
    periods.push({
      from: open.from,
      to: open.to,
      days: open.days,
      fractionOf2G: open.rate.fraction,
      annualAmount: annual,
      monthlyAmount: annual / 12,
      amount: oreToKroner(amountOre),
      rule,
    });
    open = undefined;
  };
  let paidDays = 0;
  let leaveDays = 0;
  const daysBeforeStart: IsoDate[] = [];
  const daysAfterEnd: IsoDate[] = [];
  for (const day of eachDay(first, last)) {
    if (day < input.programmeStart) daysBeforeStart.push(day);
    else if (input.programmeEnd && day > input.programmeEnd) daysAfterEnd.push(day);
    if (!isPaidDay(input, day)) {
      if (day >= input.programmeStart && !(input.programmeEnd && day > input.programmeEnd)) leaveDays += 1;
      close();
      continue;
    }
    paidDays += 1;
    const rate = rateOn(day);
    if (
      open &&
      open.rate.fraction === rate.fraction &&
      open.rate.rule.id === rate.rule.id &&
      addDays(open.to, 1) === day
    ) {
      open.to = day;
      open.days += 1;
    } else {
      close();
      open = { from: day, to: day, days: 1, rate };
    }
  }
  close();

  for (const p of periods) {
    lines.push({
      kind: 'BENEFIT',
      description:
        `Introduksjonsstønad ${span(p.from, p.to)}: ${p.days} av ${dim} dager, ` +
        `${fractionLabel(p.fractionOf2G, gMultiple)} (månedsbeløp ${formatKroner(toOre(p.monthlyAmount))})`,
      amount: p.amount,
      rule: p.rule,
    });
  }
  if (daysBeforeStart.length > 0)
    lines.push(
      noBenefitLine(
        `Ingen stønad før programstart ${shortDate(input.programmeStart)}: ${daysBeforeStart.length} dager`,
        dayRule,
      ),
    );
  if (daysAfterEnd.length > 0 && input.programmeEnd)
    lines.push(
      noBenefitLine(
        `Ingen stønad etter programslutt ${shortDate(input.programmeEnd)}: ${daysAfterEnd.length} dager`,
        dayRule,
      ),
    );
  for (const leave of input.unpaidLeave ?? []) {
    const days = eachDay(leave.from > first ? leave.from : first, leave.to < last ? leave.to : last).filter(
      (d) => d >= input.programmeStart && !(input.programmeEnd && d > input.programmeEnd),
    );
    if (days.length === 0) continue;
    lines.push({
      kind: 'UNPAID_LEAVE',
      description: `Permisjon uten stønad ${span(days[0] ?? first, days[days.length - 1] ?? last)}: ${days.length} dager uten stønad`,
      amount: 0,
      rule: dayRule,
    });
  }
  const grossOre: Ore = periods.reduce((sum, p) => sum + toOre(p.amount), 0);

  // 2. Deductions for unauthorised absence.
  const applyRow = benefitBoolean('DEDUCTIONS_APPLY', regime, first);
  const deductionsApply =
    regime === 'INTEGRERINGSLOVEN_KAP6A' ? (input.deductionsApply ?? applyRow.value) : applyRow.value;
  const hoursRow = benefitNumber('HOURS_PER_YEAR', regime, first);
  const absence = input.unauthorisedAbsence ?? [];
  let deductionOre: Ore = 0;
  if (absence.length > 0 && !deductionsApply) {
    const hours = absence.reduce((s, a) => s + a.hours, 0);
    lines.push({
      kind: 'DEDUCTION_NOT_APPLIED',
      description: `Ugyldig fravær ${formatNumber(hours)} timer: ikke trukket (kapittel 6A, trekk er slått av)`,
      amount: 0,
      rule: deductionsNotAppliedRule(applyRow),
    });
  } else if (absence.length > 0) {
    // One line per hourly rate (the rate changes when the fraction changes mid-month).
    const byFraction = new Map<number, number>();
    for (const a of absence) {
      const f = rateOn(a.date).fraction;
      byFraction.set(f, (byFraction.get(f) ?? 0) + a.hours);
    }
    for (const [fraction, hours] of byFraction) {
      const hourly = annualOn(fraction) / hoursRow.value;
      const ore = toOre(hours * hourly);
      deductionOre += ore;
      lines.push({
        kind: 'ABSENCE_DEDUCTION',
        description: `Trekk for ugyldig fravær: ${formatNumber(hours)} timer à 1/${hoursRow.value} av årlig stønad (${formatKroner(toOre(hourly))} per time)`,
        amount: -oreToKroner(ore),
        rule: deductionRule(hoursRow, regime),
      });
    }
  }

  // 3. Samordning with other benefits.
  let offsetOre: Ore = 0;
  for (const other of input.otherBenefits ?? []) {
    const label = OTHER_BENEFIT_LABELS[other.kind];
    const ore = toOre(other.amount);
    if (NEVER_OFFSET_KINDS.includes(other.kind)) {
      lines.push({
        kind: 'OFFSET_NOT_APPLIED',
        description: `${capitalise(label)} ${formatKroner(ore)}: kommer ikke til fradrag`,
        amount: 0,
        rule: offsetRule(regime),
      });
      continue;
    }
    offsetOre += ore;
    lines.push({
      kind: 'BENEFIT_OFFSET',
      description: `Samordning med ${label}`,
      amount: -oreToKroner(ore),
      rule: offsetRule(regime),
    });
  }

  // 4. Never below zero.
  let netOre = grossOre - deductionOre - offsetOre;
  const floored = netOre < 0;
  if (floored) {
    lines.push({
      kind: 'FLOOR_AT_ZERO',
      description: `Utbetalingen kan ikke bli negativ: ${formatKroner(-netOre)} av trekk og samordning overstiger brutto stønad og trekkes ikke`,
      amount: oreToKroner(-netOre),
      rule: floorRule(regime),
    });
    netOre = 0;
  }

  // 5. Does the deduction need a formal decision (B-28)?
  const shareRow = benefitNumber('DECISION_SHARE_OF_PAYMENT', regime, first);
  const divisorRow = benefitNumber('DECISION_G_DIVISOR', regime, first);
  const thresholds = decisionThresholds(grossOre, g.amount, shareRow.value, divisorRow.value);

  return {
    month: input.month,
    regime,
    baseAmount: { amount: g.amount, validFrom: g.validFrom, grade: g.grade },
    dayBasis: 'MONTHLY_AMOUNT_TIMES_DAYS_OVER_DAYS_IN_MONTH',
    daysInMonth: dim,
    paidDays,
    unpaidLeaveDays: leaveDays,
    periods,
    fractions: periods.map((p) => p.fractionOf2G).filter((f, i, all) => i === 0 || all[i - 1] !== f),
    gross: oreToKroner(grossOre),
    deductions: oreToKroner(deductionOre),
    offsets: oreToKroner(offsetOre),
    net: oreToKroner(netOre),
    decisionThreshold: {
      shareOfPayment: oreToKroner(thresholds.shareOfPaymentOre),
      minimumAmount: oreToKroner(thresholds.minimumOre),
      rule: decisionRule(shareRow, divisorRow),
    },
    flags: {
      decisionRequired: deductionsApply && isDecisionRequired(deductionOre, thresholds),
      deductionsApply,
      netFlooredAtZero: floored,
    },
    lineItems: lines,
  };
}

function noBenefitLine(description: string, rule: RuleRef): BenefitLineItem {
  return { kind: 'NO_BENEFIT_DAYS', description, amount: 0, rule };
}

/** "full sats (2G)" or "2/3 av 2G". */
function fractionLabel(fraction: number, gMultiple: number): string {
  if (fraction === 1) return `full sats (${gMultiple}G)`;
  for (const den of [2, 3, 6]) {
    const num = Math.round(fraction * den);
    if (Math.abs(num / den - fraction) < 1e-9) return `${num}/${den} av ${gMultiple}G`;
  }
  return `${formatNumber(fraction)} av ${gMultiple}G`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
