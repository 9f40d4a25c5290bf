import type { Person } from '@ankomst/contracts';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList } from './fact-list';
import { formatDate } from './format';

interface Props {
  person: Person;
  /** Renders a link to the household page (routes own the URLs). */
  householdLink: (householdId: string, name: string) => ReactNode;
}

/** The households the person belongs to, with their role in each. */
export function ParticipantHouseholds({ person, householdLink }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="participant-household-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-household-heading">
        {t('participants.household.heading')}
      </Heading>
      {person.households.length === 0 ? (
        <Paragraph>
          {t(
            person.withheldFields.includes('households')
              ? 'participants.household.withheld'
              : 'participants.household.none',
          )}
        </Paragraph>
      ) : (
        <ul className="plain-list">
          {person.households.map((h) => (
            <li key={h.householdId}>
              {householdLink(h.householdId, h.name)} – {t(`participants.relation.${h.relation}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where the person is in settlement: the household's status and dates, and the person's own settlement date. */
export function ParticipantSettlement({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => formatDate(d, i18n.language);
  const current = person.households[0];
  const facts: Array<readonly [string, ReactNode]> = [];
  if (current) {
    facts.push(
      [
        t('participants.settlement.status'),
        <Tag key="status" data-color={current.settlementStatus === 'SETTLED' ? 'success' : 'info'}>
          {t(`participants.settlementStatus.${current.settlementStatus}`)}
        </Tag>,
      ],
      [t('participants.settlement.householdArrival'), date(current.arrivalDate)],
      [t('participants.settlement.householdSettlement'), date(current.settlementDate)],
      [
        t('participants.settlement.housing'),
        current.housingType ? t(`participants.housing.${current.housingType}`) : '–',
      ],
    );
  }
  if (!person.withheldFields.includes('settlementDate'))
    facts.push([t('participants.settlement.personSettlement'), date(person.settlementDate)]);
  return (
    <section aria-labelledby="participant-settlement-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-settlement-heading">
        {t('participants.settlement.heading')}
      </Heading>
      {facts.length > 0 ? <FactList facts={facts} /> : <Paragraph>{t('participants.settlement.none')}</Paragraph>}
    </section>
  );
}
