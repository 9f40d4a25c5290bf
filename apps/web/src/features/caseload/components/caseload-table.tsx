import type { CaseloadItem, CaseloadSort } from '@ankomst/contracts';
import { Table, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineTag } from './deadline-tag';

type SortKey = 'name' | 'nextDeadline' | 'status';

interface CaseloadTableProps {
  items: readonly CaseloadItem[];
  sort: CaseloadSort;
  onSort: (sort: CaseloadSort) => void;
  /** Renders the link to the participant page (the route knows the path). */
  participantLink: (personId: string, name: string) => ReactNode;
}

/** The caseload: sortable by name, next deadline and status (buttons in the headers, state in aria-sort). */
export function CaseloadTable({ items, sort, onSort, participantLink }: CaseloadTableProps) {
  const { t } = useTranslation();
  const key = sort.replace(/^-/, '') as SortKey;
  const descending = sort.startsWith('-');
  const header = (k: SortKey, label: string) => {
    const active = key === k;
    const next = (active && !descending ? `-${k}` : k) as CaseloadSort;
    return (
      <Table.HeaderCell aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="caseload-sort-button" onClick={() => onSort(next)}>
          {label}
          {active ? (descending ? ' ▼' : ' ▲') : ''}
          <span className="visually-hidden">{t('caseload.sortBy', { column: label })}</span>
        </button>
      </Table.HeaderCell>
    );
  };
  return (
    <div className="table-scroll">
      <Table border zebra>
        <caption className="visually-hidden">{t('caseload.caption')}</caption>
        <Table.Head>
          <Table.Row>
            {header('name', t('caseload.columns.name'))}
            <Table.HeaderCell>{t('caseload.columns.regime')}</Table.HeaderCell>
            {header('status', t('caseload.columns.status'))}
            {header('nextDeadline', t('caseload.columns.nextDeadline'))}
            <Table.HeaderCell>{t('caseload.columns.consultant')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.programmeId}>
              <Table.HeaderCell scope="row">
                {participantLink(item.personId, `${item.lastName}, ${item.firstName}`)}
              </Table.HeaderCell>
              <Table.Cell>
                {t(`caseload.regime.${item.regime}`)}
                {item.regimeOverridden && (
                  <>
                    {' '}
                    <Tag data-color="warning" data-size="sm">
                      {t('caseload.overridden')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell>{t(`caseload.status.${item.status}`)}</Table.Cell>
              <Table.Cell>
                <DeadlineTag deadline={item.nextDeadline} />
              </Table.Cell>
              <Table.Cell>
                {item.consultant?.name ?? '–'}
                {item.mine && <span className="visually-hidden"> {t('caseload.mine')}</span>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
