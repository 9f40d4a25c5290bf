import { Injectable } from '@nestjs/common';
import type { Role } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export const taskInclude = {
  assignee: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  person: { select: { id: true, firstName: true, lastName: true } },
  decision: { select: { meetingId: true } },
} as const;

export type TaskRow = Prisma.TaskGetPayload<{ include: typeof taskInclude }>;

/**
 * The only place with task queries. A task is visible to its assignee and its creator, and only while its person
 * (if any) is within the reader's need-to-know scope.
 */
@Injectable()
export class TasksRepository {
  constructor(private readonly prisma: PrismaService) {}

  private visibleTo(actor: Actor): Prisma.TaskWhereInput {
    return {
      municipalityId: actor.municipalityId,
      OR: [{ assigneeId: actor.userId }, { createdById: actor.userId }],
      AND: [{ OR: [{ personId: null }, { person: personScope(actor) }] }],
    };
  }

  async list(
    actor: Actor,
    query: { view: 'mine' | 'given'; status: 'OPEN' | 'DONE' | 'ALL'; page: number; pageSize: number },
  ) {
    const where: Prisma.TaskWhereInput = {
      AND: [
        this.visibleTo(actor),
        query.view === 'mine' ? { assigneeId: actor.userId } : { createdById: actor.userId },
        query.status === 'ALL' ? {} : { status: query.status },
      ],
    };
    const [rows, total] = await Promise.all([
      this.prisma.task.findMany({
        where,
        include: taskInclude,
        // Open before done; by due date (overdue ones come first, having the earliest dates), undated last.
        orderBy: [{ status: 'asc' }, { dueDate: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.task.count({ where }),
    ]);
    return { rows, total };
  }

  find(actor: Actor, taskId: string, tx?: Tx) {
    return (tx ?? this.prisma).task.findFirst({
      where: { AND: [{ id: taskId }, this.visibleTo(actor)] },
      include: taskInclude,
    });
  }

  personInScope(actor: Pick<Actor, 'userId' | 'municipalityId' | 'roles'>, personId: string, tx?: Tx) {
    return (tx ?? this.prisma).person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: { id: true },
    });
  }

  /**
   * Who a task about the person may be given to: the active users of the municipality whose need-to-know scope
   * (`personScope`, the rule every read uses) holds the person, by name; any active user when there is no person.
   * With `userId`, only that user (the check when a task is given). Users whose scope does not depend on who they
   * are (consultants, managers) share one query; a Nav adviser or teacher costs one each.
   */
  async assignees(
    municipalityId: string,
    personId: string | null,
    options: { userId?: string; tx?: Tx } = {},
  ): Promise<AssigneeUser[]> {
    const db = options.tx ?? this.prisma;
    const users = await db.user.findMany({
      where: { municipalityId, active: true, ...(options.userId ? { id: options.userId } : {}) },
      select: { id: true, name: true, roles: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    if (personId === null) return users;
    const scopes = new Map<string, { scope: Prisma.PersonWhereInput; userIds: string[] }>();
    for (const user of users) {
      const scope = personScope({ userId: user.id, municipalityId, roles: user.roles });
      const key = JSON.stringify(scope);
      const entry = scopes.get(key) ?? { scope, userIds: [] };
      entry.userIds.push(user.id);
      scopes.set(key, entry);
    }
    const seeing = new Set<string>();
    for (const { scope, userIds } of scopes.values()) {
      const person = await db.person.findFirst({ where: { AND: [{ id: personId }, scope] }, select: { id: true } });
      if (person) for (const id of userIds) seeing.add(id);
    }
    return users.filter((user) => seeing.has(user.id));
  }

  create(
    tx: Tx,
    data: {
      municipalityId: string;
      personId: string | null;
      title: string;
      description: string | null;
      assigneeId: string;
      createdById: string;
      dueDate: Date | null;
    },
  ) {
    return tx.task.create({ data, include: taskInclude });
  }

  async complete(tx: Tx, municipalityId: string, taskId: string, version: number, comment: string): Promise<boolean> {
    const { count } = await tx.task.updateMany({
      where: { id: taskId, municipalityId, version, status: 'OPEN' },
      data: { status: 'DONE', completedAt: new Date(), completionComment: comment, version: { increment: 1 } },
    });
    return count === 1;
  }
}

export type AssigneeUser = { id: string; name: string; roles: Role[] };
