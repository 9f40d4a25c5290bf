import './households.css';
import type { HouseholdListItem } from '@ankomst/contracts';
import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';
import { SettlementStatusTag } from './settlement-status-tag';

interface HouseholdsTableProps {
  households: readonly HouseholdListItem[];
  householdLink: (householdId: string, name: string) => ReactNode;
}

export function HouseholdsTable({ households, householdLink }: HouseholdsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <Table zebra border>
        <caption className="visually-hidden">{t('households.list.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('households.columns.household')}</Table.HeaderCell>
            <Table.HeaderCell>{t('households.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('households.columns.members')}</Table.HeaderCell>
            <Table.HeaderCell>{t('households.columns.expectedArrival')}</Table.HeaderCell>
            <Table.HeaderCell>{t('households.columns.settlementDate')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {households.map((h) => (
            <Table.Row key={h.id}>
              <Table.HeaderCell scope="row">{householdLink(h.id, h.name)}</Table.HeaderCell>
              <Table.Cell>
                <SettlementStatusTag status={h.settlementStatus} />
              </Table.Cell>
              <Table.Cell>{h.memberCount}</Table.Cell>
              <Table.Cell>{formatDate(h.expectedArrivalDate, i18n.language)}</Table.Cell>
              <Table.Cell>{formatDate(h.settlementDate, i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
