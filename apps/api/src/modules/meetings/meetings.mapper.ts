import type { Meeting, MeetingSummary } from '@ankomst/contracts';
import { isoDate } from '../../core/database/date-column';
import type { MeetingRow } from './meetings.repository';

interface SummaryRow {
  id: string;
  type: MeetingSummary['type'];
  status: MeetingSummary['status'];
  scheduledAt: Date;
  location: string | null;
  interpreterNeeded: boolean;
  version: number;
}

export function toMeetingSummary(row: SummaryRow, personId: string): MeetingSummary {
  return {
    id: row.id,
    personId,
    type: row.type,
    status: row.status,
    scheduledAt: row.scheduledAt.toISOString(),
    location: row.location,
    interpreterNeeded: row.interpreterNeeded,
    version: row.version,
  };
}

/** `fullCase`: the refugee service sees restricted minutes and decisions; for everyone else they are left out. */
export function toMeeting(row: MeetingRow, options: { fullCase: boolean; createdByName: string | null }): Meeting {
  const present = new Map(row.attendance.map((a) => [a.memberId, a.present]));
  const meeting: Meeting = {
    ...toMeetingSummary(row, row.group.personId),
    personName: `${row.group.person.firstName} ${row.group.person.lastName}`,
    agenda: row.agenda,
    minutes: row.minutes,
    nextMeetingAt: row.nextMeetingAt?.toISOString() ?? null,
    createdByName: options.createdByName,
    attendance: row.group.members.map((m) => ({
      memberId: m.id,
      userId: m.userId,
      name: m.user?.name ?? m.externalName ?? '',
      organisation: m.userId ? null : m.externalOrganisation,
      role: m.role,
      present: present.get(m.id) ?? null,
    })),
    decisions: row.decisions
      .filter((d) => options.fullCase || !d.restricted)
      .map((d) => ({
        id: d.id,
        text: d.text,
        restricted: d.restricted,
        task: d.task
          ? {
              id: d.task.id,
              assigneeId: d.task.assigneeId,
              assigneeName: d.task.assignee.name,
              dueDate: d.task.dueDate ? isoDate(d.task.dueDate) : null,
              status: d.task.status,
            }
          : null,
      })),
  };
  if (options.fullCase) meeting.restrictedMinutes = row.restrictedMinutes;
  return meeting;
}
