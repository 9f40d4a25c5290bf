import type { CaseloadItem, DeadlineItem, DeadlineKind } from '@ankomst/contracts';
import { daysBetween, type IsoDate } from '@ankomst/regimes';
import { deadlinesOf } from '../programmes/programmes.mapper';
import { regimeInForce } from '../programmes/regime-in-force';
import type { CaseloadRow, DeadlineRow } from './caseload.repository';
import { isoDate } from '../../core/database/date-column';

function next(
  row: Pick<CaseloadRow, 'nextDeadlineDate' | 'nextDeadlineKind'>,
  today: IsoDate,
): CaseloadItem['nextDeadline'] {
  if (!row.nextDeadlineDate || !row.nextDeadlineKind) return null;
  const date = isoDate(row.nextDeadlineDate);
  return {
    kind: row.nextDeadlineKind as DeadlineKind,
    date,
    overdue: date < today,
    daysLeft: daysBetween(today, date),
  };
}

export function toCaseloadItem(row: CaseloadRow | DeadlineRow, actorId: string, today: IsoDate): CaseloadItem {
  return {
    programmeId: row.id,
    personId: row.personId,
    firstName: row.person.firstName,
    lastName: row.person.lastName,
    birthDate: isoDate(row.person.birthDate),
    regime: regimeInForce(row),
    regimeOverridden: row.regimeOverride !== null,
    status: row.status,
    startDate: isoDate(row.startDate),
    plannedEndDate: isoDate(row.plannedEndDate),
    nextDeadline: next(row, today),
    consultant: row.consultant,
    mine: row.consultantId === actorId,
  };
}

export function toDeadlineItem(row: DeadlineRow, actorId: string, today: IsoDate): DeadlineItem | null {
  const item = toCaseloadItem(row, actorId, today);
  if (!item.nextDeadline) return null;
  return { ...item, nextDeadline: item.nextDeadline, deadlines: deadlinesOf(row, today).deadlines };
}
