import type { HandoverListItem } from '@ankomst/contracts';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../components/router-link';
import { HandoverStatusTag } from './handover-status-tag';
import { formatDate } from './texts';

/** Handovers as a table; each name links to the handover page. */
export function HandoverList({ items, caption }: { items: HandoverListItem[]; caption: string }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Paragraph>{t('handovers.list.empty')}</Paragraph>;
  return (
    <Table>
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('handovers.list.participant')}</Table.HeaderCell>
          <Table.HeaderCell>{t('handovers.list.status')}</Table.HeaderCell>
          <Table.HeaderCell>{t('handovers.list.office')}</Table.HeaderCell>
          <Table.HeaderCell>{t('handovers.list.from')}</Table.HeaderCell>
          <Table.HeaderCell>{t('handovers.list.submitted')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {items.map((h) => (
          <Table.Row key={h.id}>
            <Table.Cell>
              <RouterLink to={`/overforinger/${h.id}`}>{`${h.person.firstName} ${h.person.lastName}`}</RouterLink>
            </Table.Cell>
            <Table.Cell>
              <HandoverStatusTag status={h.status} />
            </Table.Cell>
            <Table.Cell>{h.navOffice?.name ?? '–'}</Table.Cell>
            <Table.Cell>{h.createdBy.name}</Table.Cell>
            <Table.Cell>{h.submittedAt ? formatDate(h.submittedAt, i18n.language) : '–'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
