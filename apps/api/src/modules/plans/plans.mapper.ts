import type { IntegrationPlan, PlanLanguageLevel, PlanRevision, PlanWarning } from '@ankomst/contracts';
import { isoDate } from '../../core/database/date-column';
import type { PlanRow } from './plans.repository';

type RevisionRow = PlanRow['revisions'][number];

const PLAN_LEVELS: readonly string[] = ['A1', 'A2', 'B1', 'B2', 'C1'];

export function toRevision(row: RevisionRow, names: ReadonlyMap<string, string>): PlanRevision {
  const elements = row.elements.map((e) => ({
    id: e.id,
    kind: e.kind,
    hoursPerWeek: Number(e.hoursPerWeek),
    description: e.description,
    provider: e.provider,
    fromDate: isoDate(e.fromDate),
    toDate: isoDate(e.toDate),
  }));
  return {
    id: row.id,
    revisionNumber: row.revisionNumber,
    endGoal: row.endGoal,
    languageTargetLevel:
      row.languageTargetLevel && PLAN_LEVELS.includes(row.languageTargetLevel)
        ? (row.languageTargetLevel as PlanLanguageLevel)
        : null,
    participantWishes: row.participantWishes,
    reason: row.reason,
    validFrom: isoDate(row.validFrom),
    elements,
    totalHoursPerWeek: elements.reduce((sum, e) => sum + e.hoursPerWeek, 0),
    createdBy: row.createdById ? { id: row.createdById, name: names.get(row.createdById) ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toPlan(
  programmeId: string,
  plan: PlanRow | null,
  names: ReadonlyMap<string, string>,
  warnings: PlanWarning[],
): IntegrationPlan {
  const revisions = (plan?.revisions ?? []).map((r) => toRevision(r, names));
  return {
    programmeId,
    planId: plan?.id ?? null,
    version: plan?.version ?? 0,
    current: revisions[0] ?? null,
    revisions,
    warnings,
  };
}
