import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { INBOX_PAGE_SIZE, NotificationList, notificationsQueryOptions, useMarkAllRead } from '../../features/inbox';

/** "Innboks": my notifications, unread first. */
export function InboxRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('side') ?? '1', 10) || 1);
  const inbox = useQuery(notificationsQueryOptions(page));
  const markAll = useMarkAllRead();
  const totalPages = inbox.data ? Math.max(1, Math.ceil(inbox.data.total / INBOX_PAGE_SIZE)) : 1;

  return (
    <div className="stack">
      <PageHeading
        actions={
          inbox.data && inbox.data.unread > 0 ? (
            <Button type="button" variant="secondary" loading={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('inbox.markAllRead')}
            </Button>
          ) : undefined
        }
      >
        {t('inbox.title')}
      </PageHeading>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      {inbox.isPending && <LoadingIndicator />}
      {inbox.isError && <ErrorAlert error={inbox.error} />}
      {markAll.isError && <ErrorAlert error={markAll.error} />}
      {inbox.data && (
        <>
          <Paragraph role="status">{t('inbox.unreadCount', { count: inbox.data.unread })}</Paragraph>
          {inbox.data.items.length === 0 ? (
            <Paragraph>{t('inbox.empty')}</Paragraph>
          ) : (
            <NotificationList items={inbox.data.items} />
          )}
          <ListPagination
            page={page}
            totalPages={totalPages}
            onPageChange={(next) =>
              setSearchParams(next > 1 ? new URLSearchParams({ side: String(next) }) : new URLSearchParams())
            }
          />
        </>
      )}
    </div>
  );
}
