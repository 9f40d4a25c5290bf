import type { AlternativeGoal, ProgrammeOutcome } from '@ankomst/contracts';
import type { AlternativeGoalRow, OutcomeRow } from './programme-end.repository';
import { isoDate } from '../../core/database/date-column';

/** `YYYY-MM-DD` as the UTC midnight Prisma stores in a `@db.Date` column. */
export function dbDate(value: string | null | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00.000Z`) : null;
}

export function toOutcome(row: OutcomeRow): ProgrammeOutcome {
  return {
    programmeId: row.programmeId,
    endStatus: row.endStatus,
    endGoalReached: row.endGoalReached,
    followUp6Status: row.followUp6Status,
    followUp12Status: row.followUp12Status,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export function toAlternativeGoal(row: AlternativeGoalRow): AlternativeGoal {
  return {
    id: row.id,
    programmeId: row.programmeId,
    kind: row.kind,
    status: row.status,
    statusDate: isoDate(row.statusDate),
    narrative: row.narrative,
  };
}
