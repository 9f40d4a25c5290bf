import type { ErrorIssue } from '@ankomst/contracts';
import { ageOn, type CaseFacts, type EndGoal, type IsoDate, type PermitBasis, type Regime } from '@ankomst/regimes';

/** The person's facts the engine reads (dates as YYYY-MM-DD), and the household around them. */
export interface PersonFactsForProgramme {
  birthDate: IsoDate;
  permitBasis: PermitBasis | null;
  permitGrantedDate: IsoDate | null;
  arrivalDate: IsoDate | null;
  settlementDate: IsoDate | null;
  settledByAgreement: boolean;
  /** NUS level 0–8, null = unknown. */
  nusLevel: number | null;
  referencePersonSettledDate: IsoDate | null;
  familyApplicationDate: IsoDate | null;
  /** Birth dates of the children in the households where the person is the head or spouse/partner. */
  childrenBirthDates: IsoDate[];
}

/**
 * The person's own fields behind `PersonFactsForProgramme` (the children come from the household): a write that
 * changes one of them re-derives the person's open programmes. A record, so a new fact cannot be left out.
 */
const PERSON_FIELDS_READ: Record<Exclude<keyof PersonFactsForProgramme, 'childrenBirthDates'>, true> = {
  birthDate: true,
  permitBasis: true,
  permitGrantedDate: true,
  arrivalDate: true,
  settlementDate: true,
  settledByAgreement: true,
  nusLevel: true,
  referencePersonSettledDate: true,
  familyApplicationDate: true,
};

/** Whether a change to the person (its changed fields) touches a fact the engine reads. */
export function changesEngineFacts(changes: object): boolean {
  return Object.keys(changes).some((field) => field in PERSON_FIELDS_READ);
}

/** The programme's own inputs. */
export interface ProgrammeFactsInput {
  claimDate: IsoDate | null;
  endGoal: EndGoal | null;
  livesWithParents: boolean;
  childlessCoupleBothParticipating: boolean;
  decisionDate: IsoDate | null;
  /** The consultant's override of the derived regime: every conclusion of the engine then follows it. */
  regimeOverride: Regime | null;
}

/** NUS 4 is completed upper secondary (videregående, avsluttende nivå); unknown counts as not completed. */
export const UPPER_SECONDARY_NUS_LEVEL = 4;

const REQUIRED = ['permitBasis', 'permitGrantedDate', 'arrivalDate', 'settlementDate'] as const;

/**
 * The case facts for the engine on `asOf`: from the person and household plus the programme inputs. Facts the
 * engine cannot do without are reported as issues naming the person's field.
 */
export function buildCaseFacts(
  person: PersonFactsForProgramme,
  programme: ProgrammeFactsInput,
  asOf: IsoDate,
): { ok: true; facts: CaseFacts } | { ok: false; issues: ErrorIssue[] } {
  const issues: ErrorIssue[] = REQUIRED.filter((field) => person[field] === null).map((field) => ({
    path: `person.${field}`,
    code: 'required',
    message: `The person's ${field} is needed to decide the regime and deadlines`,
  }));
  if (
    issues.length > 0 ||
    !person.permitBasis ||
    !person.permitGrantedDate ||
    !person.arrivalDate ||
    !person.settlementDate
  )
    return { ok: false, issues };
  return {
    ok: true,
    facts: {
      asOf,
      birthDate: person.birthDate,
      permitBasis: person.permitBasis,
      permitGrantedDate: person.permitGrantedDate,
      arrivalDate: person.arrivalDate,
      settlementDate: person.settlementDate,
      settledByAgreement: person.settledByAgreement,
      claimDate: programme.claimDate,
      hasUpperSecondaryEducation: person.nusLevel !== null && person.nusLevel >= UPPER_SECONDARY_NUS_LEVEL,
      endGoal: programme.endGoal,
      livesWithParents: programme.livesWithParents,
      childlessCoupleBothParticipating: programme.childlessCoupleBothParticipating,
      hasChildrenUnder18: person.childrenBirthDates.some((b) => b <= asOf && ageOn(b, asOf) < 18),
      referencePersonSettledDate: person.referencePersonSettledDate,
      familyApplicationDate: person.familyApplicationDate,
      programmeDecisionDate: programme.decisionDate,
      regimeOverride: programme.regimeOverride,
    },
  };
}
