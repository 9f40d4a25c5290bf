import { can } from '@ankomst/contracts';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';
import { PaymentRunsTable, PrepareRunForm, currentMonth, paymentRunsQueryOptions } from '../../features/payments';
import { paths } from '../paths';

/** Payment runs: prepare a month (consultants), open a run to approve it or download its payroll files. */
export function PaymentRunsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const runs = useQuery(paymentRunsQueryOptions());
  const runHref = (runId: string) => generatePath(paths.paymentRun, { runId });
  return (
    <div className="stack">
      <PageHeading>{t('payments.runs.title')}</PageHeading>
      <Paragraph>{t('payments.runs.intro')}</Paragraph>
      {can(user.roles, 'payments.prepare') && (
        <section className="stack" aria-labelledby="prepare-heading">
          <Heading level={2} data-size="sm" id="prepare-heading">
            {t('payments.runs.prepareHeading')}
          </Heading>
          <PrepareRunForm defaultMonth={currentMonth()} onPrepared={(run) => navigate(runHref(run.id))} />
        </section>
      )}
      <section className="stack" aria-labelledby="runs-heading">
        <Heading level={2} data-size="sm" id="runs-heading">
          {t('payments.runs.listHeading')}
        </Heading>
        {runs.isPending && <LoadingIndicator />}
        {runs.isError && <ErrorAlert error={runs.error} />}
        {runs.data && <PaymentRunsTable runs={runs.data.items} runHref={runHref} />}
      </section>
    </div>
  );
}
