import type { PaymentRun } from '@ankomst/contracts';
import { Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/router-link';
import { formatKroner } from './texts';

export function PaymentRunsTable({ runs, runHref }: { runs: PaymentRun[]; runHref: (runId: string) => string }) {
  const { t } = useTranslation();
  if (runs.length === 0) return <Paragraph>{t('payments.runs.empty')}</Paragraph>;
  return (
    <div className="table-scroll">
      <Table border zebra>
        <caption className="visually-hidden">{t('payments.runs.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('payments.runs.run')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.runs.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.runs.preparedBy')}</Table.HeaderCell>
            <Table.HeaderCell>{t('payments.runs.approvedBy')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('payments.runs.lines')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('payments.columns.net')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {runs.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">
                <RouterLink to={runHref(r.id)}>
                  {t('payments.runs.name', { month: r.month, sequence: r.sequence })}
                </RouterLink>
              </Table.HeaderCell>
              <Table.Cell>
                <Tag data-color={r.status === 'APPROVED' ? 'success' : 'warning'}>
                  {t(`payments.runs.statuses.${r.status}`)}
                </Tag>
              </Table.Cell>
              <Table.Cell>{r.preparedBy.name}</Table.Cell>
              <Table.Cell>{r.approvedBy?.name ?? '–'}</Table.Cell>
              <Table.Cell className="numeric">{r.totals.lines}</Table.Cell>
              <Table.Cell className="numeric">{formatKroner(r.totals.net)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
