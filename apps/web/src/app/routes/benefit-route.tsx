import { Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import {
  BenefitCalculation,
  ExternalBenefits,
  externalBenefitsQueryOptions,
  programmeBenefitQueryOptions,
} from '../../features/payments';
import { paths } from '../paths';

const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** One participant's benefit for a month: the decision flag, every line item with its rule, other benefits. */
export function BenefitRoute() {
  const { t } = useTranslation();
  const { programmeId = '', month = '' } = useParams();
  const benefit = useQuery(programmeBenefitQueryOptions(programmeId, month));
  const personId = benefit.data?.personId ?? '';
  const external = useQuery({ ...externalBenefitsQueryOptions(personId, month), enabled: !!personId });
  const name = benefit.data ? `${benefit.data.firstName} ${benefit.data.lastName}` : '';
  return (
    <div className="stack">
      <RouterLink to={`${paths.benefits}?maned=${month}`}>{t('payments.benefits.title')}</RouterLink>
      <PageHeading>
        {benefit.data ? t('payments.benefit.title', { name, month }) : t('payments.benefits.title')}
      </PageHeading>
      <nav aria-label={t('payments.benefits.month')} className="button-row">
        <RouterLink to={generatePath(paths.benefit, { programmeId, month: shiftMonth(month, -1) })}>
          {t('payments.benefit.previous')}
        </RouterLink>
        <RouterLink to={generatePath(paths.benefit, { programmeId, month: shiftMonth(month, 1) })}>
          {t('payments.benefit.next')}
        </RouterLink>
        {personId && (
          <RouterLink to={generatePath(paths.participantAttendance, { personId, month })}>
            {t('payments.benefit.attendance')}
          </RouterLink>
        )}
      </nav>
      {benefit.isPending && <LoadingIndicator />}
      {benefit.isError && <ErrorAlert error={benefit.error} />}
      {benefit.data && <BenefitCalculation benefit={benefit.data} />}
      {benefit.data && external.data && (
        <section className="stack" aria-labelledby="external-heading">
          <Heading level={2} data-size="sm" id="external-heading">
            {t('payments.benefit.externalHeading')}
          </Heading>
          <ExternalBenefits personId={personId} month={month} items={external.data.items} />
        </section>
      )}
    </div>
  );
}
