/** @ankomst/regimes: the legal rules engine. Pure TypeScript; the evaluation date is an input. */
export { evaluate, type Evaluation } from './evaluate';
export type { ProgrammeConclusion } from './evaluation/programme';
export type { NorwegianTrainingConclusion } from './evaluation/norwegian-training';
export { parseCaseFacts, formatFieldErrors, type CaseFacts, type FieldError, type ParseResult } from './case-facts';
export * from './rule-types';
export * from './dates';
export * from './parameters';
export { benefitRate, type BenefitRate, type BenefitRateFacts } from './benefit/rate';
export * from './benefit';
export * from './absence';
export {
  programmeDeadlines,
  periodEnd,
  extendByLeave,
  DEADLINE_KINDS,
  type DeadlineKind,
  type ProgrammeDeadline,
  type ProgrammeDeadlineFacts,
  type ProgrammeDeadlines,
} from './deadlines';
export * from './outcomes';
export * from './nir';
