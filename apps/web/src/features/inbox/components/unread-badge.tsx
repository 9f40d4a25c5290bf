import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unreadCountQueryOptions } from '../api/notifications';

/**
 * The unread count after the inbox link's label, " (3 uleste)", polled every minute. A polite live region that is
 * always there (empty when nothing is unread), so a screen reader hears the count change without losing its place.
 */
export function UnreadBadge() {
  const { t } = useTranslation();
  const unread = useQuery(unreadCountQueryOptions()).data?.unread ?? 0;
  return (
    <span aria-live="polite" aria-atomic="true">
      {unread > 0 ? ` (${t('inbox.navUnread', { count: unread })})` : ''}
    </span>
  );
}
