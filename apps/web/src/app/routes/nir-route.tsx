import { can } from '@ankomst/contracts';
import { Checkbox, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';
import { NirReport, nirExportUrl, nirReportQueryOptions } from '../../features/nir';

/** NIR completeness: consultants see their own participants, managers the municipality. */
export function NirRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const incompleteOnly = params.get('mangler') !== 'nei';
  const report = useQuery(nirReportQueryOptions(incompleteOnly));
  return (
    <div className="stack">
      <PageHeading>{t('nir.title')}</PageHeading>
      <Paragraph>{user.roles.includes('MANAGER') ? t('nir.introAll') : t('nir.introOwn')}</Paragraph>
      <Checkbox
        id="nir-incomplete-only"
        label={t('nir.incompleteOnly')}
        checked={incompleteOnly}
        onChange={(e) => setParams(e.target.checked ? {} : { mangler: 'nei' }, { replace: true })}
      />
      {report.isPending && <LoadingIndicator />}
      {report.isError && <ErrorAlert error={report.error} />}
      {report.data && (
        <>
          <Paragraph role="status">{t('nir.summary', report.data.totals)}</Paragraph>
          <NirReport report={report.data} canRegister={can(user.roles, 'nir.write')} />
        </>
      )}
      <section className="stack" aria-labelledby="nir-export-heading">
        <Heading level={2} data-size="sm" id="nir-export-heading">
          {t('nir.exportHeading')}
        </Heading>
        <div className="button-row">
          <Link href={nirExportUrl('jsonl')} download>
            {t('nir.exportJsonl')}
          </Link>
          <Link href={nirExportUrl('csv')} download>
            {t('nir.exportCsv')}
          </Link>
        </div>
      </section>
    </div>
  );
}
