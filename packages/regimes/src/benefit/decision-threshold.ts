import type { Ore } from './money';

/**
 * B-28: a deduction needs a formal decision (enkeltvedtak) when it is at least `share` (50 %) of the payment
 * before deduction AND at least G / `gDivisor` (G/12). "The payment before deduction" is read as the month's
 * gross benefit after pro rata, before deductions and samordning.
 *
 * Both thresholds are expressed as the smallest whole-øre deduction that meets them (rounded up), so the
 * comparison is exact integer arithmetic: with G = 130 160, G/12 = 10 846,666… and the threshold is 10 846,67.
 */
export interface DecisionThresholds {
  shareOfPaymentOre: Ore;
  minimumOre: Ore;
}

export function decisionThresholds(
  grossOre: Ore,
  baseAmount: number,
  share: number,
  gDivisor: number,
): DecisionThresholds {
  return {
    shareOfPaymentOre: Math.ceil(Number((grossOre * share).toPrecision(12))),
    minimumOre: Math.ceil(Number(((baseAmount * 100) / gDivisor).toPrecision(12))),
  };
}

export function isDecisionRequired(deductionOre: Ore, t: DecisionThresholds): boolean {
  return deductionOre > 0 && deductionOre >= t.shareOfPaymentOre && deductionOre >= t.minimumOre;
}
