import { Injectable } from '@nestjs/common';
import {
  MeetingErrorCode,
  PersonErrorCode,
  type Meeting,
  type MeetingSummary,
  type UpdateMeetingBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import type { AddDecisionBodySchema, ScheduleMeetingBodySchema } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { seesFullCase } from '../../core/access/person-scope';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '../../core/errors/app-error';
import { GroupsRepository } from '../groups/groups.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { TasksService, serviceOf } from '../tasks/tasks.service';
import { TimelineWriter } from '../timeline/timeline.writer';
import { renderMinutesPdf } from './minutes-document';
import { toMeeting, toMeetingSummary } from './meetings.mapper';
import { MeetingsRepository, type MeetingChanges, type MeetingRow } from './meetings.repository';

const restrictedForbidden = () =>
  new ForbiddenError(
    MeetingErrorCode.RESTRICTED_MINUTES_FORBIDDEN,
    'Only the refugee service records restricted minutes and decisions',
  );

/**
 * Meetings of a participant's responsibility group. Everyone in the group (who may see the person) can read and
 * write agenda, attendance, minutes and decisions; restricted minutes and decisions (health, family) are for the
 * refugee service only and never reach anyone else, in JSON or in the PDF.
 */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly meetings: MeetingsRepository,
    private readonly groups: GroupsRepository,
    private readonly tasks: TasksService,
    private readonly notifications: NotificationsService,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, personId: string): Promise<{ items: MeetingSummary[] }> {
    if (!(await this.groups.personInScope(actor, personId)))
      throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    const rows = await this.meetings.listForPerson(actor.municipalityId, personId);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'meetings.list',
      entityType: 'meeting',
      personId,
      fields: ['scheduledAt', 'type', 'location'],
    });
    return { items: rows.map((r) => toMeetingSummary(r, personId)) };
  }

  async schedule(actor: Actor, personId: string, input: z.output<typeof ScheduleMeetingBodySchema>): Promise<Meeting> {
    if (!(await this.groups.personInScope(actor, personId)))
      throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    const meetingId = await this.prisma.$transaction(async (tx) => {
      const group = await this.groups.ensureGroup(tx, actor.municipalityId, personId);
      const row = await this.meetings.create(tx, {
        municipalityId: actor.municipalityId,
        groupId: group.id,
        type: input.type,
        scheduledAt: new Date(input.scheduledAt),
        location: input.location || null,
        agenda: input.agenda || null,
        interpreterNeeded: input.interpreterNeeded,
        createdById: actor.userId,
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'meetings.schedule',
          entityType: 'meeting',
          entityId: row.id,
          personId,
          fields: ['type', 'scheduledAt', 'location', 'agenda', 'interpreterNeeded'],
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId,
        service: serviceOf(actor),
        kind: 'meeting.scheduled',
        params: { meetingId: row.id, type: row.type, scheduledAt: row.scheduledAt.toISOString() },
      });
      const members = await this.groups.findGroup(actor.municipalityId, personId, tx);
      const recipients = (members?.members ?? []).flatMap((m) =>
        m.userId && m.userId !== actor.userId ? [m.userId] : [],
      );
      await this.notifications.notifyMany(
        tx,
        recipients.map((userId) => ({
          municipalityId: actor.municipalityId,
          userId,
          kind: 'meeting.scheduled',
          params: { type: row.type, scheduledAt: row.scheduledAt.toISOString(), scheduledByName: actor.name },
          personId,
          link: `/moter/${row.id}`,
        })),
      );
      return row.id;
    });
    return this.get(actor, meetingId, { audit: false });
  }

  async get(actor: Actor, meetingId: string, options: { audit: boolean } = { audit: true }): Promise<Meeting> {
    const row = await this.findOr404(actor, meetingId);
    if (options.audit)
      await this.audit.record(actor, {
        action: 'READ',
        operation: 'meetings.get',
        entityType: 'meeting',
        entityId: row.id,
        personId: row.group.personId,
        fields: this.readFields(actor),
      });
    return toMeeting(row, {
      fullCase: seesFullCase(actor),
      createdByName: await this.meetings.createdByName(actor.municipalityId, row.createdById),
    });
  }

  async update(actor: Actor, meetingId: string, input: UpdateMeetingBody): Promise<Meeting> {
    const { version, attendance, scheduledAt, nextMeetingAt, ...rest } = input;
    if (rest.restrictedMinutes !== undefined && !seesFullCase(actor)) throw restrictedForbidden();
    await this.prisma.$transaction(async (tx) => {
      const row = await this.findOr404(actor, meetingId, tx);
      const changes: MeetingChanges = {
        ...rest,
        ...(scheduledAt !== undefined ? { scheduledAt: new Date(scheduledAt) } : {}),
        ...(nextMeetingAt !== undefined
          ? { nextMeetingAt: nextMeetingAt === null ? null : new Date(nextMeetingAt) }
          : {}),
      };
      if (!(await this.meetings.updateVersioned(tx, actor.municipalityId, meetingId, version, changes)))
        throw new StaleVersionError('The meeting', row.version);
      if (attendance) {
        const memberIds = new Set(row.group.members.map((m) => m.id));
        const unknown = attendance.findIndex((a) => !memberIds.has(a.memberId));
        if (unknown >= 0)
          throw new ValidationError([
            { path: `attendance.${unknown}.memberId`, code: 'not_a_member', message: 'Not a member of the group' },
          ]);
        await this.meetings.recordAttendance(tx, actor.municipalityId, meetingId, attendance);
      }
      const fields = [...Object.keys(changes), ...(attendance ? ['attendance'] : [])];
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'meetings.update',
          entityType: 'meeting',
          entityId: meetingId,
          personId: row.group.personId,
          fields,
        },
        tx,
      );
      if (rest.status && rest.status !== row.status) {
        await this.timeline.record(tx, actor, {
          personId: row.group.personId,
          service: serviceOf(actor),
          kind: `meeting.${rest.status === 'HELD' ? 'held' : rest.status === 'CANCELLED' ? 'cancelled' : 'planned'}`,
          params: { meetingId, type: changes.type ?? row.type },
        });
      }
    });
    return this.get(actor, meetingId, { audit: false });
  }

  /** A decision; with a task, the task is created for a group member in the same transaction. */
  async addDecision(actor: Actor, meetingId: string, input: z.output<typeof AddDecisionBodySchema>): Promise<Meeting> {
    if (input.restricted && !seesFullCase(actor)) throw restrictedForbidden();
    await this.prisma.$transaction(async (tx) => {
      const row = await this.findOr404(actor, meetingId, tx);
      let taskId: string | null = null;
      if (input.task) {
        const member = row.group.members.find((m) => m.userId === input.task?.assigneeId);
        if (!member || !member.user)
          throw new ValidationError([
            { path: 'task.assigneeId', code: 'not_a_member', message: 'The task owner must be a user in the group' },
          ]);
        if (input.restricted && member.role !== 'CONSULTANT') {
          throw new ValidationError([
            {
              path: 'task.assigneeId',
              code: 'restricted_owner',
              message: 'A restricted decision can only be given to the refugee service',
            },
          ]);
        }
        const task = await this.tasks.createInTransaction(
          tx,
          actor,
          {
            personId: row.group.personId,
            title: input.task.title ?? input.text,
            assigneeId: member.user.id,
            dueDate: input.task.dueDate,
          },
          'task.assigneeId',
        );
        taskId = task.id;
      }
      const decision = await this.meetings.createDecision(tx, {
        municipalityId: actor.municipalityId,
        meetingId,
        text: input.text,
        restricted: input.restricted,
        taskId,
      });
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'meetings.addDecision',
          entityType: 'meetingDecision',
          entityId: decision.id,
          personId: row.group.personId,
          fields: ['text', 'restricted', ...(taskId ? ['task'] : [])],
        },
        tx,
      );
      await this.timeline.record(tx, actor, {
        personId: row.group.personId,
        service: serviceOf(actor),
        kind: 'meeting.decision',
        params: { meetingId, withTask: taskId !== null },
        restricted: input.restricted,
      });
    });
    return this.get(actor, meetingId, { audit: false });
  }

  async minutesPdf(actor: Actor, meetingId: string): Promise<Buffer> {
    const row = await this.findOr404(actor, meetingId);
    await this.audit.record(actor, {
      action: 'EXPORT',
      operation: 'meetings.minutesPdf',
      entityType: 'meeting',
      entityId: row.id,
      personId: row.group.personId,
      fields: this.readFields(actor),
    });
    const meeting = toMeeting(row, { fullCase: seesFullCase(actor), createdByName: null });
    return renderMinutesPdf(meeting);
  }

  private readFields(actor: Actor): string[] {
    return ['agenda', 'attendance', 'minutes', 'decisions', ...(seesFullCase(actor) ? ['restrictedMinutes'] : [])];
  }

  private async findOr404(
    actor: Actor,
    meetingId: string,
    tx?: Parameters<MeetingsRepository['find']>[2],
  ): Promise<MeetingRow> {
    const row = await this.meetings.find(actor, meetingId, tx);
    if (!row) throw new NotFoundError(MeetingErrorCode.NOT_FOUND, 'The meeting');
    return row;
  }
}
