import type { EvaluationNotUpdated, Programme, ProgrammeEvaluation } from '@ankomst/contracts';
import {
  programmeDeadlines,
  type Evaluation,
  type IsoDate,
  type ProgrammeDeadlineFacts,
  type ProgrammeDeadlines,
} from '@ankomst/regimes';
import type { ProgrammeRow } from './programmes.repository';
import { isoDate } from '../../core/database/date-column';
import { regimeInForce } from './regime-in-force';

/** YYYY-MM-DD as the Date Prisma writes to a `date` column. */
export function dbDate(value: IsoDate): Date;
export function dbDate(value: IsoDate | null | undefined): Date | null;
export function dbDate(value: IsoDate | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

/**
 * The derivation log kept in `programme.evaluation`: the engine's whole result (regime, conclusions, rules) with
 * the facts it was given (`facts.asOf` is the evaluation date), and the planned end the consultant chose
 * (absent/null = the maximum). The seed writes the same flat shape.
 */
export interface StoredEvaluation {
  asOf: IsoDate;
  facts: Record<string, unknown>;
  result: Evaluation & ProgrammeEvaluation['result'];
  plannedEndChosen: IsoDate | null;
  /** Set when the person's facts changed but the engine could not run on them: the conclusions are older. */
  notUpdated?: EvaluationNotUpdated | null;
}

type StoredJson = Evaluation & {
  facts: Record<string, unknown>;
  plannedEndChosen?: IsoDate | null;
  notUpdated?: EvaluationNotUpdated | null;
};

export function storedEvaluation(row: Pick<ProgrammeRow, 'evaluation'>): StoredEvaluation {
  const { facts, plannedEndChosen, notUpdated, ...result } = row.evaluation as unknown as StoredJson;
  return {
    asOf: String(facts.asOf),
    facts,
    result,
    plannedEndChosen: plannedEndChosen ?? null,
    notUpdated: notUpdated ?? null,
  };
}

/** The JSON stored in `programme.evaluation`. */
export function evaluationJson(e: StoredEvaluation): Record<string, unknown> {
  return {
    ...e.result,
    facts: e.facts,
    plannedEndChosen: e.plannedEndChosen,
    ...(e.notUpdated ? { notUpdated: e.notUpdated } : {}),
  };
}

/** The deadline function's inputs from a stored programme. */
export function deadlineFacts(
  row: ProgrammeRow,
  plannedEndChosen: IsoDate | null,
  settlementDate: IsoDate,
): ProgrammeDeadlineFacts {
  const nir = row.nirRegistrations[0];
  return {
    settlementDate,
    claimDate: isoDate(row.claimDate),
    decisionDate: isoDate(row.decisionDate),
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
    nirRegisteredOn: nir ? nir.registeredAt.toISOString().slice(0, 10) : null,
    extensions: row.extensions.map((e) => ({ months: e.months })),
    leaves: row.leaves.map((l) => ({ from: isoDate(l.fromDate), to: isoDate(l.toDate) })),
    plannedEndDate: plannedEndChosen,
  };
}

/** The deadlines of a stored programme on `today`. */
export function deadlinesOf(row: ProgrammeRow, today: IsoDate): ProgrammeDeadlines {
  const log = storedEvaluation(row);
  return programmeDeadlines(
    log.result,
    deadlineFacts(row, log.plannedEndChosen, String(log.facts.settlementDate)),
    today,
  );
}

export function toProgramme(row: ProgrammeRow, today: IsoDate): Programme {
  const log = storedEvaluation(row);
  const d = deadlinesOf(row, today);
  return {
    id: row.id,
    personId: row.personId,
    regime: regimeInForce(row),
    derivedRegime: row.derivedRegime,
    regimeOverride: row.regimeOverride,
    regimeOverrideReason: row.regimeOverrideReason,
    evaluation: { asOf: log.asOf, facts: log.facts, result: log.result, notUpdated: log.notUpdated ?? null },
    evaluatedOn: isoDate(row.evaluatedOn),
    status: row.status,
    claimDate: isoDate(row.claimDate),
    settledByAgreement: log.facts.settledByAgreement === true,
    competenceMappingDate: isoDate(row.competenceMappingDate),
    careerGuidanceDate: isoDate(row.careerGuidanceDate),
    decisionDate: isoDate(row.decisionDate),
    startDate: isoDate(row.startDate),
    endGoal: row.endGoal,
    plannedEndDate: isoDate(row.plannedEndDate),
    maxEndDate: d.maxEnd,
    absoluteMaxEndDate: d.absoluteMaxEnd,
    endDate: isoDate(row.endDate),
    livesWithParents: row.livesWithParents,
    childlessCoupleBothParticipating: row.childlessCoupleBothParticipating,
    participationPercent: row.participationPercent,
    extensions: row.extensions.map((e) => ({
      id: e.id,
      months: e.months,
      decisionDate: isoDate(e.decisionDate),
      reason: e.reason,
      createdAt: e.createdAt.toISOString(),
    })),
    leaves: row.leaves.map((l) => ({
      id: l.id,
      fromDate: isoDate(l.fromDate),
      toDate: isoDate(l.toDate),
      withBenefit: l.withBenefit,
      reason: l.reason,
      createdAt: l.createdAt.toISOString(),
    })),
    deadlines: d.deadlines,
    nextDeadline:
      row.nextDeadlineDate && row.nextDeadlineKind
        ? { kind: row.nextDeadlineKind as Programme['deadlines'][number]['kind'], date: isoDate(row.nextDeadlineDate) }
        : null,
    consultant: row.consultant,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
