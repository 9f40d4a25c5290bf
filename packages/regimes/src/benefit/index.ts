export { calculateMonthlyBenefit } from './monthly-benefit';
export * from './types';
export {
  parseMonthlyBenefitInput,
  assertMonthlyBenefitInput,
  BenefitInputError,
  type BenefitInputIssue,
  type BenefitInputParseResult,
} from './validate-input';
export { decisionThresholds, isDecisionRequired, type DecisionThresholds } from './decision-threshold';
export {
  BENEFIT_PARAMETERS,
  regimeParameterOn,
  MissingRegimeParameterError,
  type BenefitParameterName,
  type RegimeParameterRow,
} from './parameters';
