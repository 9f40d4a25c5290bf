import type { Task } from '@ankomst/contracts';
import { isoDate } from '../../core/database/date-column';
import type { TaskRow } from './tasks.repository';

export function toTask(row: TaskRow, today: string): Task {
  const dueDate = row.dueDate ? isoDate(row.dueDate) : null;
  return {
    id: row.id,
    personId: row.personId,
    personName: row.person ? `${row.person.firstName} ${row.person.lastName}` : null,
    title: row.title,
    description: row.description,
    assignee: row.assignee,
    createdBy: row.createdBy,
    dueDate,
    status: row.status,
    overdue: row.status === 'OPEN' && dueDate !== null && dueDate < today,
    completedAt: row.completedAt?.toISOString() ?? null,
    completionComment: row.completionComment,
    meetingId: row.decision?.meetingId ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
