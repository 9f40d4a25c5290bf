import type { Notification, NotificationParams } from '@ankomst/contracts';

interface NotificationRowRead {
  id: string;
  kind: string;
  params: unknown;
  personId: string | null;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export function toNotification(row: NotificationRowRead, personNames: Map<string, string>): Notification {
  const params =
    row.params && typeof row.params === 'object' && !Array.isArray(row.params)
      ? (row.params as NotificationParams)
      : {};
  return {
    id: row.id,
    kind: row.kind,
    params,
    personId: row.personId,
    personName: row.personId ? (personNames.get(row.personId) ?? null) : null,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
