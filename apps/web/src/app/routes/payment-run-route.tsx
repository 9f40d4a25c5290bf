import { can } from '@ankomst/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { useCurrentUser } from '../../features/auth';
import { PaymentRunView, paymentRunQueryOptions } from '../../features/payments';
import { paths } from '../paths';

export function PaymentRunRoute() {
  const { t } = useTranslation();
  const { runId = '' } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const run = useQuery(paymentRunQueryOptions(runId));
  return (
    <div className="stack">
      <RouterLink to={paths.paymentRuns}>{t('payments.run.back')}</RouterLink>
      <PageHeading>
        {run.data
          ? t('payments.run.title', { month: run.data.month, sequence: run.data.sequence })
          : t('payments.runs.title')}
      </PageHeading>
      {run.isPending && <LoadingIndicator />}
      {run.isError && <ErrorAlert error={run.error} />}
      {run.data && (
        <PaymentRunView
          run={run.data}
          currentUserId={user.id}
          canApprove={can(user.roles, 'payments.approve')}
          canPrepare={can(user.roles, 'payments.prepare')}
          onDiscarded={() => navigate(paths.paymentRuns)}
        />
      )}
    </div>
  );
}
