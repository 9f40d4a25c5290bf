import { Injectable } from '@nestjs/common';
import { NotificationErrorCode, type NotificationList, type NotificationParams } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { NotFoundError } from '../../core/errors/app-error';
import { toNotification } from './notifications.mapper';
import { NotificationsRepository } from './notifications.repository';

/** What a producer (tasks, meetings, handovers, the deadline job) sends to one user's inbox. */
export interface NotifyInput {
  municipalityId: string;
  userId: string;
  /** A stable key the web client translates, e.g. "task.assigned" (see NOTIFICATION_KINDS in contracts). */
  kind: string;
  /** Values for the translated text; no health or family details. */
  params?: NotificationParams;
  personId?: string | null;
  /** In-app path, e.g. `/meetings/<id>`; never personal data. */
  link?: string | null;
  /** Makes the producer idempotent: a second notification with the same key is silently skipped. */
  dedupeKey?: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly notifications: NotificationsRepository,
  ) {}

  /**
   * Puts a notification in a user's inbox inside the caller's transaction (so it commits with the event it tells
   * about). Returns false when the dedupe key was already used.
   */
  async notify(tx: Tx, input: NotifyInput): Promise<boolean> {
    return (await this.notifyMany(tx, [input])) === 1;
  }

  /** Several at once; rows whose dedupe key exists already are skipped (`ON CONFLICT DO NOTHING`). */
  notifyMany(tx: Tx | PrismaService, inputs: NotifyInput[]): Promise<number> {
    return this.notifications.insertMany(
      tx,
      inputs.map((n) => ({
        municipalityId: n.municipalityId,
        userId: n.userId,
        kind: n.kind,
        params: n.params ?? {},
        personId: n.personId ?? null,
        link: n.link ?? null,
        dedupeKey: n.dedupeKey ?? null,
      })),
    );
  }

  async list(actor: Actor, query: { page: number; pageSize: number; unreadOnly?: boolean }): Promise<NotificationList> {
    const { items, total, unread } = await this.notifications.list(actor, query);
    const personIds = [...new Set(items.flatMap((n) => (n.personId ? [n.personId] : [])))];
    const names = await this.notifications.visiblePersonNames(actor, personIds);
    return {
      items: items.map((n) => toNotification(n, names)),
      page: query.page,
      pageSize: query.pageSize,
      total,
      unread,
    };
  }

  async unreadCount(actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.notifications.countUnread(actor) };
  }

  async markRead(actor: Actor, notificationId: string): Promise<void> {
    if (!(await this.notifications.markRead(actor, notificationId)))
      throw new NotFoundError(NotificationErrorCode.NOT_FOUND, 'The notification');
  }

  async markAllRead(actor: Actor): Promise<void> {
    await this.notifications.markAllRead(actor);
  }
}
