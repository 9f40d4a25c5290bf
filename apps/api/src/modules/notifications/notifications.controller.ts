import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ListNotificationsQuerySchema,
  NotificationListSchema,
  UnreadCountSchema,
  UuidSchema,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { NotificationsService } from './notifications.service';

/** My inbox: every signed-in user has one, whatever the role. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiContract({
    summary: 'My notifications, unread first',
    query: ListNotificationsQuerySchema,
    response: NotificationListSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListNotificationsQuerySchema) query: z.output<typeof ListNotificationsQuerySchema>,
  ) {
    return this.notifications.list(actor, query);
  }

  @Get('unread-count')
  @ApiContract({ summary: 'How many of my notifications are unread', response: UnreadCountSchema })
  unreadCount(@CurrentActor() actor: Actor) {
    return this.notifications.unreadCount(actor);
  }

  @Post('read-all')
  @ApiContract({ summary: 'Mark all my notifications read', status: 204 })
  markAllRead(@CurrentActor() actor: Actor) {
    return this.notifications.markAllRead(actor);
  }

  @Post(':notificationId/read')
  @ApiContract({ summary: 'Mark one of my notifications read', status: 204 })
  markRead(@CurrentActor() actor: Actor, @ZodParam('notificationId', UuidSchema) notificationId: string) {
    return this.notifications.markRead(actor, notificationId);
  }
}
