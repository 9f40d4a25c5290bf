import type { DeadlineItem } from '@ankomst/contracts';
import { Details, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeadlineTag } from './deadline-tag';
import { formatDate } from './format';

/** "Frister": one row per programme with its next deadline; every deadline of the programme behind a disclosure. */
export function DeadlinesTable({
  items,
  participantLink,
}: {
  items: readonly DeadlineItem[];
  participantLink: (personId: string, name: string) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <Table border zebra>
        <caption className="visually-hidden">{t('caseload.deadlines.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('caseload.columns.nextDeadline')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.columns.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.columns.regime')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.columns.consultant')}</Table.HeaderCell>
            <Table.HeaderCell>{t('caseload.deadlines.all')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.programmeId}>
              <Table.Cell>
                <DeadlineTag deadline={item.nextDeadline} />
              </Table.Cell>
              <Table.HeaderCell scope="row">
                {participantLink(item.personId, `${item.lastName}, ${item.firstName}`)}
              </Table.HeaderCell>
              <Table.Cell>{t(`caseload.regime.${item.regime}`)}</Table.Cell>
              <Table.Cell>{item.consultant?.name ?? '–'}</Table.Cell>
              <Table.Cell>
                <Details>
                  <Details.Summary>
                    {t('caseload.deadlines.show', {
                      count: item.deadlines.length,
                      name: `${item.firstName} ${item.lastName}`,
                    })}
                  </Details.Summary>
                  <Details.Content>
                    <ul className="caseload-deadline-list">
                      {item.deadlines.map((d) => (
                        <li key={d.kind}>
                          {t(`caseload.deadlineKind.${d.kind}`)}: {formatDate(d.date, i18n.language)}
                          {d.met
                            ? ` (${t('caseload.deadlines.met', { date: formatDate(d.metOn, i18n.language) })})`
                            : d.overdue
                              ? ` (${t('caseload.overdue', { count: -d.daysLeft })})`
                              : ''}{' '}
                          – {d.rule.id}, {d.rule.source}
                        </li>
                      ))}
                    </ul>
                  </Details.Content>
                </Details>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
