import { can } from '@ankomst/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';
import { HandoverList, handoverListQueryOptions } from '../../features/handovers';

/** "Overføringer": the Nav adviser's inbox of incoming handovers; the consultant's own handovers; a manager's overview. */
export function HandoversRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const box = user.roles.includes('NAV_ADVISER') ? 'incoming' : can(user.roles, 'handovers.write') ? 'mine' : undefined;
  const list = useQuery(handoverListQueryOptions({ box }));
  const caption = t(
    box === 'incoming' ? 'handovers.incomingTitle' : box === 'mine' ? 'handovers.mineTitle' : 'handovers.allTitle',
  );
  return (
    <div className="stack">
      <PageHeading>{t('handovers.title')}</PageHeading>
      {list.isPending && <LoadingIndicator />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && <HandoverList items={list.data.items} caption={caption} />}
    </div>
  );
}
