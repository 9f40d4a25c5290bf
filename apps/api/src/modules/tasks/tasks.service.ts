import { Injectable } from '@nestjs/common';
import {
  PersonErrorCode,
  TaskErrorCode,
  type CompleteTaskBody,
  type CreateTaskBody,
  type Role,
  type Service,
  type Task,
  type TaskAssigneeList,
  type TaskList,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { ConflictError, NotFoundError, StaleVersionError, ValidationError } from '../../core/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { TimelineWriter } from '../timeline/timeline.writer';
import { dateColumn } from '../../core/database/date-column';
import { toTask } from './tasks.mapper';
import { TasksRepository, type TaskRow } from './tasks.repository';

/** The service a user works in by their roles; null for one who works in none of the three (a manager, an admin). */
export function serviceOfRoles(roles: readonly Role[]): Service | null {
  if (roles.includes('CONSULTANT')) return 'REFUGEE_SERVICE';
  if (roles.includes('NAV_ADVISER')) return 'NAV';
  if (roles.includes('TEACHER')) return 'ADULT_EDUCATION';
  return null;
}

/** The service an actor works for, for the timeline's source column (a manager counts as the refugee service). */
export function serviceOf(actor: Pick<Actor, 'roles'>): Service {
  return serviceOfRoles(actor.roles) ?? 'REFUGEE_SERVICE';
}

export interface NewTask {
  personId?: string | null;
  title: string;
  description?: string | null;
  assigneeId: string;
  dueDate?: string | null;
}

/** Tasks across the three services: given by anyone who works on the person, done by the assignee with a comment. */
@Injectable()
export class TasksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tasks: TasksRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly timeline: TimelineWriter,
    private readonly clock: Clock,
  ) {}

  async list(
    actor: Actor,
    query: { view: 'mine' | 'given'; status: 'OPEN' | 'DONE' | 'ALL'; page: number; pageSize: number },
  ): Promise<TaskList> {
    const { rows, total } = await this.tasks.list(actor, query);
    const today = this.clock.today();
    return { items: rows.map((r) => toTask(r, today)), page: query.page, pageSize: query.pageSize, total };
  }

  async get(actor: Actor, taskId: string): Promise<Task> {
    const row = await this.tasks.find(actor, taskId);
    if (!row) throw new NotFoundError(TaskErrorCode.NOT_FOUND, 'The task');
    if (row.personId)
      await this.audit.record(actor, {
        action: 'READ',
        operation: 'tasks.get',
        entityType: 'task',
        entityId: row.id,
        personId: row.personId,
        fields: ['title', 'description'],
      });
    return toTask(row, this.clock.today());
  }

  /**
   * Who a task about the person can be given to (the same rule `create` checks). The person must be in the actor's
   * scope (404 otherwise); the event records that the person's case was opened to pick an assignee.
   */
  async assignees(actor: Actor, personId: string): Promise<TaskAssigneeList> {
    if (!(await this.tasks.personInScope(actor, personId)))
      throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'tasks.assignees',
      entityType: 'person',
      entityId: personId,
      personId,
      fields: ['taskAssignees'],
    });
    const users = await this.tasks.assignees(actor.municipalityId, personId);
    return { items: users.map((u) => ({ ...u, service: serviceOfRoles(u.roles) })) };
  }

  async create(actor: Actor, input: CreateTaskBody): Promise<Task> {
    if (input.personId && !(await this.tasks.personInScope(actor, input.personId)))
      throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    const row = await this.prisma.$transaction((tx) => this.createInTransaction(tx, actor, input, 'assigneeId'));
    return toTask(row, this.clock.today());
  }

  /**
   * Creates a task inside the caller's transaction (a meeting decision uses this). The assignee must be an active
   * user of the municipality who may see the person (`TasksRepository.assignees`); otherwise 400 naming
   * `assigneeField`.
   */
  async createInTransaction(tx: Tx, actor: Actor, input: NewTask, assigneeField: string): Promise<TaskRow> {
    const [assignee] = await this.tasks.assignees(actor.municipalityId, input.personId ?? null, {
      userId: input.assigneeId,
      tx,
    });
    if (!assignee) {
      throw new ValidationError([
        {
          path: assigneeField,
          code: 'assignee_not_allowed',
          message: 'The assignee must be an active user of the municipality who may see the person',
        },
      ]);
    }
    const row = await this.tasks.create(tx, {
      municipalityId: actor.municipalityId,
      personId: input.personId ?? null,
      title: input.title,
      description: input.description ?? null,
      assigneeId: assignee.id,
      createdById: actor.userId,
      dueDate: input.dueDate ? dateColumn(input.dueDate) : null,
    });
    await this.audit.record(
      actor,
      {
        action: 'CREATE',
        operation: 'tasks.create',
        entityType: 'task',
        entityId: row.id,
        personId: row.personId,
        fields: ['title', 'description', 'assigneeId', 'dueDate'],
      },
      tx,
    );
    if (row.personId) {
      await this.timeline.record(tx, actor, {
        personId: row.personId,
        service: serviceOf(actor),
        kind: 'task.created',
        params: { assigneeName: assignee.name, dueDate: input.dueDate ?? null },
      });
    }
    if (assignee.id !== actor.userId) {
      await this.notifications.notify(tx, {
        municipalityId: actor.municipalityId,
        userId: assignee.id,
        kind: 'task.assigned',
        params: { title: row.title, dueDate: input.dueDate ?? null, createdByName: actor.name },
        personId: row.personId,
        link: '/oppgaver',
      });
    }
    return row;
  }

  async complete(actor: Actor, taskId: string, input: CompleteTaskBody): Promise<Task> {
    const row = await this.prisma.$transaction(async (tx) => {
      const task = await this.tasks.find(actor, taskId, tx);
      if (!task) throw new NotFoundError(TaskErrorCode.NOT_FOUND, 'The task');
      if (task.status === 'DONE') throw new ConflictError(TaskErrorCode.ALREADY_DONE, 'The task is already done');
      if (!(await this.tasks.complete(tx, actor.municipalityId, taskId, input.version, input.comment)))
        throw new StaleVersionError('The task', task.version);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'tasks.complete',
          entityType: 'task',
          entityId: taskId,
          personId: task.personId,
          fields: ['status', 'completionComment'],
        },
        tx,
      );
      if (task.personId) {
        await this.timeline.record(tx, actor, {
          personId: task.personId,
          service: serviceOf(actor),
          kind: 'task.completed',
          params: { assigneeName: task.assignee.name },
        });
      }
      if (task.createdById !== actor.userId) {
        await this.notifications.notify(tx, {
          municipalityId: actor.municipalityId,
          userId: task.createdById,
          kind: 'task.completed',
          params: { title: task.title, completedByName: actor.name },
          personId: task.personId,
          link: '/oppgaver?visning=gitt',
        });
      }
      return this.tasks.find(actor, taskId, tx);
    });
    if (!row) throw new NotFoundError(TaskErrorCode.NOT_FOUND, 'The task');
    return toTask(row, this.clock.today());
  }
}
