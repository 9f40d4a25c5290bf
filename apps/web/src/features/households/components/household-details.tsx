import './households.css';
import type { Household, HouseholdMember } from '@ankomst/contracts';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format';
import { SettlementStatusTag } from './settlement-status-tag';

interface HouseholdDetailsProps {
  household: Household;
  /** Renders a member's name as a link to their participant page (routes own the URLs). */
  memberLink: (personId: string, name: string) => ReactNode;
  /** Buttons for one member (edit, remove), for those who may change the household; no column when left out. */
  memberActions?: (member: HouseholdMember) => ReactNode;
}

/** The household's settlement facts and its members (children's ages on the household's `asOf`). */
export function HouseholdDetails({ household, memberLink, memberActions }: HouseholdDetailsProps) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => formatDate(d, i18n.language);
  const facts: Array<[string, ReactNode]> = [
    [t('households.fields.settlementStatus'), <SettlementStatusTag key="s" status={household.settlementStatus} />],
    [t('households.fields.imdiReference'), household.imdiReference ?? '–'],
    [t('households.fields.imdiRequestDate'), date(household.imdiRequestDate)],
    [t('households.fields.decisionDate'), date(household.decisionDate)],
    [t('households.fields.expectedArrivalDate'), date(household.expectedArrivalDate)],
    [t('households.fields.householdArrivalDate'), date(household.arrivalDate)],
    [t('households.fields.settlementDate'), date(household.settlementDate)],
    [
      t('households.fields.housingType'),
      household.housingType ? t(`households.housing.${household.housingType}`) : '–',
    ],
    [t('households.fields.schoolPlaces'), String(household.schoolPlaces)],
    [t('households.fields.kindergartenPlaces'), String(household.kindergartenPlaces)],
  ];
  return (
    <>
      <section aria-labelledby="household-settlement-heading" className="stack">
        <Heading level={2} data-size="sm" id="household-settlement-heading">
          {t('households.detail.settlementHeading')}
        </Heading>
        <dl className="fact-list">
          {facts.map(([label, value]) => (
            <div key={label} className="fact-list__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {household.notes && <Paragraph>{household.notes}</Paragraph>}
      </section>

      <section aria-labelledby="household-members-heading" className="stack">
        <Heading level={2} data-size="sm" id="household-members-heading">
          {t('households.detail.membersHeading')}
        </Heading>
        <div className="table-scroll">
          <Table zebra border>
            <caption className="visually-hidden">
              {t('households.detail.membersCaption', { date: date(household.asOf) })}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('households.columns.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('households.columns.relation')}</Table.HeaderCell>
                <Table.HeaderCell>{t('households.columns.birthDate')}</Table.HeaderCell>
                <Table.HeaderCell>{t('households.columns.age')}</Table.HeaderCell>
                <Table.HeaderCell>{t('households.columns.settlementDate')}</Table.HeaderCell>
                {memberActions && <Table.HeaderCell>{t('households.columns.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {household.members.map((m) => (
                <Table.Row key={m.personId}>
                  <Table.HeaderCell scope="row">
                    {memberLink(m.personId, `${m.firstName} ${m.lastName}`)}
                  </Table.HeaderCell>
                  <Table.Cell>{t(`households.relation.${m.relation}`)}</Table.Cell>
                  <Table.Cell>{date(m.birthDate)}</Table.Cell>
                  <Table.Cell>
                    {t(m.adult ? 'households.detail.ageAdult' : 'households.detail.ageChild', { count: m.age })}
                  </Table.Cell>
                  <Table.Cell>{date(m.settlementDate)}</Table.Cell>
                  {memberActions && (
                    <Table.Cell>
                      <div className="button-row">{memberActions(m)}</div>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
        {household.hiddenMemberCount > 0 && (
          <Paragraph>{t('households.detail.hiddenMembers', { count: household.hiddenMemberCount })}</Paragraph>
        )}
      </section>
    </>
  );
}
