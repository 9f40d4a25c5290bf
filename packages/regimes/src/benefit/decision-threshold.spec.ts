import { decisionThresholds, isDecisionRequired } from './decision-threshold';

describe('isDecisionRequired (B-28: ≥ 50 % of the payment AND ≥ G/12)', () => {
  // G 120 000 → G/12 = 10 000,00 kr = 1 000 000 øre.
  it.each([
    ['both met exactly', 2_000_000, 1_000_000, true],
    ['one øre under G/12, over half', 1_999_998, 999_999, false],
    ['over G/12, one øre under half the payment', 2_000_004, 1_000_001, false],
    ['half the payment rounds up to the next øre (gross odd)', 2_000_001, 1_000_001, true],
    ['half the payment rounds up: one øre under', 2_000_001, 1_000_000, false],
    ['no deduction never needs a decision', 0, 0, false],
  ])('%s', (_name, grossOre, deductionOre, expected) => {
    const t = decisionThresholds(grossOre, 120_000, 0.5, 12);
    expect(isDecisionRequired(deductionOre, t)).toBe(expected);
  });

  it('rounds a non-whole G/12 up to the next øre', () => {
    expect(decisionThresholds(2_169_333, 130_160, 0.5, 12)).toEqual({
      shareOfPaymentOre: 1_084_667,
      minimumOre: 1_084_667,
    });
  });
});
