import { benefitRate } from './benefit/rate';
import type { CaseFacts } from './case-facts';
import { contentRules } from './evaluation/content-rules';
import { evaluateNorwegianTraining, type NorwegianTrainingConclusion } from './evaluation/norwegian-training';
import { evaluateParentalGuidance } from './evaluation/parental-guidance';
import { evaluateProgramme, type ProgrammeConclusion } from './evaluation/programme';
import { regimeInForce } from './evaluation/regime-override';
import { selectRegime } from './evaluation/select-regime';
import type { Regime, RuleRef } from './rule-types';

/** The engine's conclusions for one case, each resting on a rule in `rules`. */
export interface Evaluation {
  /** The regime every conclusion below follows: the override when one is given, else the derived regime. */
  regime: Regime;
  /** The regime the engine derived from permit basis, permit date and arrival (SEL rules), override or not. */
  derivedRegime: Regime;
  programme: ProgrammeConclusion;
  norwegianTraining: NorwegianTrainingConclusion;
  parentalGuidanceRequired: boolean;
  benefit: { fractionOf2G: number };
  rules: RuleRef[];
}

/**
 * Evaluates one case on `facts.asOf`. Pure: no clock, no I/O. Expects facts that passed parseCaseFacts.
 * `facts.regimeOverride` (the municipality's decision) replaces the derived regime for every conclusion; the
 * selection rules then give way to one rule saying so.
 * Order of `rules`: regime, programme, Norwegian training, parental guidance, content, benefit.
 */
export function evaluate(facts: CaseFacts): Evaluation {
  const derived = selectRegime(facts);
  const selection = regimeInForce(derived, facts.regimeOverride);
  const { regime } = selection;
  const programme = evaluateProgramme(facts, regime);
  const inProgramme = programme.programme.right || programme.programme.municipalityMayOffer;
  const norwegian = evaluateNorwegianTraining(facts, regime);
  const guidance = evaluateParentalGuidance(facts, regime, inProgramme);
  const benefit = benefitRate(
    {
      regime,
      birthDate: facts.birthDate,
      livesWithParents: facts.livesWithParents,
      childlessCoupleBothParticipating: facts.childlessCoupleBothParticipating ?? null,
    },
    facts.asOf,
  );
  return {
    regime,
    derivedRegime: derived.regime,
    programme: programme.programme,
    norwegianTraining: norwegian.norwegianTraining,
    parentalGuidanceRequired: guidance.parentalGuidanceRequired,
    benefit: { fractionOf2G: benefit.fractionOf2G },
    rules: [
      ...selection.rules,
      ...programme.rules,
      ...norwegian.rules,
      ...guidance.rules,
      ...(inProgramme ? contentRules(facts, regime) : []),
      benefit.rule,
    ],
  };
}
