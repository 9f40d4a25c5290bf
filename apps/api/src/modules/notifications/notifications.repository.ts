import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export interface NotificationRow {
  municipalityId: string;
  userId: string;
  kind: string;
  params: Prisma.InputJsonValue;
  personId: string | null;
  link: string | null;
  dedupeKey: string | null;
}

/** The only place with notification queries: a user reads only their own inbox, within their municipality. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** `INSERT ... ON CONFLICT DO NOTHING`: a row whose dedupe key exists already is skipped. Returns rows inserted. */
  async insertMany(db: Tx | PrismaService, rows: NotificationRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const { count } = await db.notification.createMany({ data: rows, skipDuplicates: true });
    return count;
  }

  async list(actor: Actor, query: { page: number; pageSize: number; unreadOnly?: boolean }) {
    const where: Prisma.NotificationWhereInput = {
      municipalityId: actor.municipalityId,
      userId: actor.userId,
      ...(query.unreadOnly ? { readAt: null } : {}),
    };
    const [items, total, unread] = await Promise.all([
      this.prisma.notification.findMany({
        where,
        // Unread (readAt null) first, newest first within each.
        orderBy: [{ readAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.notification.count({ where }),
      this.countUnread(actor),
    ]);
    return { items, total, unread };
  }

  countUnread(actor: Actor) {
    return this.prisma.notification.count({
      where: { municipalityId: actor.municipalityId, userId: actor.userId, readAt: null },
    });
  }

  /** Names of the persons the reader may still see (need-to-know can change after a notification was made). */
  async visiblePersonNames(actor: Actor, personIds: string[]): Promise<Map<string, string>> {
    if (personIds.length === 0) return new Map();
    const persons = await this.prisma.person.findMany({
      where: { AND: [{ id: { in: personIds } }, personScope(actor)] },
      select: { id: true, firstName: true, lastName: true },
    });
    return new Map(persons.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  }

  async markRead(actor: Actor, notificationId: string): Promise<boolean> {
    const own = { id: notificationId, municipalityId: actor.municipalityId, userId: actor.userId };
    const { count } = await this.prisma.notification.updateMany({
      where: { ...own, readAt: null },
      data: { readAt: new Date() },
    });
    if (count === 1) return true;
    return (await this.prisma.notification.count({ where: own })) === 1;
  }

  async markAllRead(actor: Actor): Promise<number> {
    const { count } = await this.prisma.notification.updateMany({
      where: { municipalityId: actor.municipalityId, userId: actor.userId, readAt: null },
      data: { readAt: new Date() },
    });
    return count;
  }
}
