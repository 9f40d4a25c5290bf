import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { HandoverView, handoverQueryOptions } from '../../features/handovers';
import { paths } from '../paths';

/** One handover: the note, the thread and the steps (receive, ask, answer, accept). */
export function HandoverRoute() {
  const { t } = useTranslation();
  const { handoverId = '' } = useParams();
  const handover = useQuery(handoverQueryOptions(handoverId));
  return (
    <div className="stack">
      <RouterLink to={paths.handovers}>{t('handovers.title')}</RouterLink>
      {handover.isPending && <LoadingIndicator />}
      {handover.isError && (
        <>
          <PageHeading>{t('handovers.title')}</PageHeading>
          <ErrorAlert error={handover.error} />
        </>
      )}
      {handover.data && (
        <>
          <PageHeading>
            {t('handovers.pageTitle', { name: `${handover.data.person.firstName} ${handover.data.person.lastName}` })}
          </PageHeading>
          <HandoverView handover={handover.data} />
        </>
      )}
    </div>
  );
}
