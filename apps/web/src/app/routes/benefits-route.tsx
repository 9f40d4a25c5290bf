import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { generatePath, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { BenefitMonthTable, benefitMonthQueryOptions, currentMonth } from '../../features/payments';
import { paths } from '../paths';

/** The municipality's benefit month: everyone in the programme, with the decision flag in the list. */
export function BenefitsRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get('maned') ?? '') ? (params.get('maned') as string) : currentMonth();
  const data = useQuery(benefitMonthQueryOptions(month));
  return (
    <div className="stack">
      <PageHeading>{t('payments.benefits.title')}</PageHeading>
      <Paragraph>{t('payments.benefits.intro')}</Paragraph>
      <Textfield
        id="benefits-month"
        type="month"
        label={t('payments.benefits.month')}
        value={month}
        onChange={(e) => e.target.value && setParams({ maned: e.target.value }, { replace: true })}
      />
      {data.isPending && <LoadingIndicator />}
      {data.isError && <ErrorAlert error={data.error} />}
      {data.data && (
        <BenefitMonthTable
          data={data.data}
          benefitHref={(programmeId) => generatePath(paths.benefit, { programmeId, month })}
        />
      )}
    </div>
  );
}
