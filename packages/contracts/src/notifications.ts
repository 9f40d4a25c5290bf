import { z } from 'zod';
import { pageOf, PageQuerySchema } from './common';

/**
 * The in-app inbox. `kind` is a stable key the web client translates; `params` fills in the text. Kinds produced
 * today are listed in NOTIFICATION_KINDS; producers in other modules may add their own (the client falls back to a
 * generic text for an unknown kind).
 */
export const NOTIFICATION_KINDS = [
  'task.assigned',
  'task.completed',
  'meeting.scheduled',
  'deadline.approaching',
  'deadline.overdue',
  'handover.submitted',
  'handover.received',
  'handover.infoRequested',
  'handover.message',
  'handover.accepted',
  'programme.consultantAssigned',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type NotificationParams = z.infer<typeof NotificationParamsSchema>;

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  params: NotificationParamsSchema,
  personId: z.uuid().nullable(),
  /** The person's name, when the reader may still see the person. */
  personName: z.string().nullable(),
  /** An in-app path to open, e.g. `/meetings/<id>`. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const ListNotificationsQuerySchema = PageQuerySchema.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const NotificationListSchema = pageOf(NotificationSchema).extend({ unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const UnreadCountSchema = z.object({ unread: z.number().int() });

export const NotificationErrorCode = { NOT_FOUND: 'NOTIFICATION_NOT_FOUND' } as const;
