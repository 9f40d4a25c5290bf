// The inbox feature's public surface, for routes in src/app.
export {
  INBOX_PAGE_SIZE,
  inboxQueryKeys,
  notificationsQueryOptions,
  unreadCountQueryOptions,
  useMarkAllRead,
} from './api/notifications';
export { NotificationList } from './components/notification-list';
export { UnreadBadge } from './components/unread-badge';
