import type { AttendanceRecord } from '@ankomst/contracts';
import type { RecordRow } from './attendance.repository';
import { isoDate as isoDay } from '../../core/database/date-column';

/** A `@db.Date` column as `YYYY-MM-DD`. */

export function toAttendanceRecord(row: RecordRow): AttendanceRecord {
  return {
    id: row.id,
    personId: row.personId,
    date: isoDay(row.date),
    activityKey: row.activityKey,
    classId: row.classId,
    plannedHours: Number(row.plannedHours),
    presentHours: Number(row.presentHours),
    absenceKind: row.absenceKind,
    note: row.note,
    version: row.version,
  };
}

/** Ledger rows for the rules engine. */
export function toLedgerRow(row: {
  date: Date;
  plannedHours: unknown;
  presentHours: unknown;
  absenceKind: AttendanceRecord['absenceKind'];
}) {
  return {
    date: isoDay(row.date),
    plannedHours: Number(row.plannedHours),
    presentHours: Number(row.presentHours),
    absenceKind: row.absenceKind,
  };
}
