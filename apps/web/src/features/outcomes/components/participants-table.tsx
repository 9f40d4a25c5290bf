import type { OutcomeParticipant } from '@ankomst/contracts';
import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The persons behind a KPI (drill-down); only those the user may see arrive from the API. */
export function OutcomeParticipantsTable({
  items,
  caption,
}: {
  items: readonly OutcomeParticipant[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table border zebra data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('outcomes.participants.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outcomes.kpis.regime')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outcomes.participants.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outcomes.participants.date')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('outcomes.participants.detail')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((p) => (
            <Table.Row key={p.programmeId}>
              <Table.HeaderCell scope="row">{p.name}</Table.HeaderCell>
              <Table.Cell>{t(`outcomes.groups.regime.${p.regime}`)}</Table.Cell>
              <Table.Cell>{t(`outcomes.programmeStatus.${p.status}`, { defaultValue: p.status })}</Table.Cell>
              <Table.Cell>{p.date ?? '–'}</Table.Cell>
              <Table.Cell>{p.detail ? t(`outcomes.detail.${p.detail}`, { defaultValue: p.detail }) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
