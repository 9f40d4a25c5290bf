import type { NirCompletenessReport, NirFactItem, NirProgrammeCompleteness } from '@ankomst/contracts';
import { Alert, Button, Details, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/list-pagination';
import { isApiError } from '../../../lib/api-error';
import { useRegisterNirFact } from '../api/nir';

const COLORS: Record<NirFactItem['status'], 'success' | 'warning' | 'danger' | 'info' | 'neutral'> = {
  REGISTERED: 'success',
  REGISTERED_LATE: 'neutral',
  DUE: 'info',
  OVERDUE: 'danger',
  MISSING_DATA: 'warning',
};

/** Per participant: what NIR still needs, what is overdue, and (for consultants) recording a registration. */
const PAGE_SIZE = 25;

export function NirReport({ report, canRegister }: { report: NirCompletenessReport; canRegister: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  if (report.items.length === 0) return <Paragraph>{t('nir.empty')}</Paragraph>;
  const totalPages = Math.ceil(report.items.length / PAGE_SIZE);
  const current = Math.min(page, totalPages);
  const items = report.items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  return (
    <div className="stack">
      <div className="table-scroll">
        <Table border zebra>
          <caption className="visually-hidden">{t('nir.caption', { asOf: report.asOf })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('nir.columns.participant')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nir.columns.regime')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('nir.columns.overdue')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('nir.columns.missingData')}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t('nir.columns.due')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nir.columns.facts')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.programmeId}>
                <Table.HeaderCell scope="row">{`${item.lastName}, ${item.firstName}`}</Table.HeaderCell>
                <Table.Cell>{t(`nir.regimes.${item.regime}`)}</Table.Cell>
                <Table.Cell className="numeric">{item.counts.overdue}</Table.Cell>
                <Table.Cell className="numeric">{item.counts.missingData}</Table.Cell>
                <Table.Cell className="numeric">{item.counts.due}</Table.Cell>
                <Table.Cell>
                  <Facts item={item} canRegister={canRegister} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <ListPagination page={current} totalPages={totalPages} onPageChange={setPage} />
    </div>
  );
}

function Facts({ item, canRegister }: { item: NirProgrammeCompleteness; canRegister: boolean }) {
  const { t } = useTranslation();
  const register = useRegisterNirFact();
  const [error, setError] = useState<string | null>(null);
  const name = `${item.firstName} ${item.lastName}`;
  const onRegister = async (fact: string) => {
    setError(null);
    try {
      await register.mutateAsync({ programmeId: item.programmeId, fact });
    } catch (e) {
      setError(isApiError(e) ? t([`nir.errors.${e.code}`, `errors.${e.code}`, 'errors.unknown']) : t('errors.unknown'));
    }
  };
  return (
    <Details>
      <Details.Summary>{t('nir.showFacts', { count: item.facts.length, name })}</Details.Summary>
      <Details.Content>
        {error && (
          <Alert data-color="danger">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        <ul className="nir-facts">
          {item.facts.map((f) => (
            <li key={f.key}>
              <strong>{t(`nir.facts.${f.fact}`)}</strong>{' '}
              <Tag data-color={COLORS[f.status]}>{t(`nir.statuses.${f.status}`)}</Tag>{' '}
              {f.dueDate && t('nir.dueDate', { date: f.dueDate })}
              {f.registeredAt && ` ${t('nir.registeredOn', { date: f.registeredAt.slice(0, 10) })}`}
              {canRegister && !f.registeredAt && f.status !== 'MISSING_DATA' && (
                <>
                  {' '}
                  <Button
                    type="button"
                    data-size="sm"
                    variant="secondary"
                    disabled={register.isPending}
                    onClick={() => void onRegister(f.key)}
                  >
                    {t('nir.markRegistered')}
                    <span className="visually-hidden">{`: ${t(`nir.facts.${f.fact}`)}, ${name}`}</span>
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}
