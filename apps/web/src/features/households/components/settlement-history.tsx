import type { SettlementStatusChange } from '@ankomst/contracts';
import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';

/** Every step the household has taken, oldest first: from, to, the legal date, who recorded it and when. */
export function SettlementHistory({ history }: { history: readonly SettlementStatusChange[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="household-history-heading" className="stack">
      <Heading level={2} data-size="sm" id="household-history-heading">
        {t('households.history.heading')}
      </Heading>
      <div className="table-scroll">
        <Table zebra border>
          <caption className="visually-hidden">{t('households.history.heading')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('households.history.step')}</Table.HeaderCell>
              <Table.HeaderCell>{t('households.history.date')}</Table.HeaderCell>
              <Table.HeaderCell>{t('households.history.by')}</Table.HeaderCell>
              <Table.HeaderCell>{t('households.history.recorded')}</Table.HeaderCell>
              <Table.HeaderCell>{t('households.history.note')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {history.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  {c.fromStatus
                    ? t('households.history.fromTo', {
                        from: t(`households.status.${c.fromStatus}`),
                        to: t(`households.status.${c.toStatus}`),
                      })
                    : t(`households.status.${c.toStatus}`)}
                </Table.Cell>
                <Table.Cell>{formatDate(c.effectiveDate, i18n.language)}</Table.Cell>
                <Table.Cell>{c.actorName ?? '–'}</Table.Cell>
                <Table.Cell>
                  {new Date(c.occurredAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO')}
                </Table.Cell>
                <Table.Cell>{c.note ?? ''}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
