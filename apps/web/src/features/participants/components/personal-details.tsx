import type { Person } from '@ankomst/contracts';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FactList } from './fact-list';
import { formatDate } from './format';

type Field = keyof Person;

/**
 * The person's details as the reader may see them. Withheld fields (need-to-know, or a protected address) are
 * left out and explained, never shown as empty values that could be mistaken for "not registered". `actions` (e.g.
 * the edit button, for those who may change the person) go under the heading.
 */
export function PersonalDetails({ person, actions }: { person: Person; actions?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const withheld = new Set<string>(person.withheldFields);
  const date = (d: string | null) => formatDate(d, i18n.language);
  const yesNo = (v: boolean | null) => (v === null ? '–' : t(v ? 'participants.yes' : 'participants.no'));
  const rows: Array<[Field, ReactNode]> = [
    ['birthDate', date(person.birthDate)],
    ['sex', person.sex ? t(`participants.sex.${person.sex}`) : '–'],
    ['countryOfBirth', person.countryOfBirth ?? '–'],
    ['languages', person.languages.length ? person.languages.join(', ') : '–'],
    [
      'interpreterNeeded',
      person.interpreterNeeded
        ? t('participants.interpreterYes', { language: person.interpreterLanguage ?? '–' })
        : t('participants.no'),
    ],
    ['nusLevel', person.nusLevel === null ? t('participants.nusUnknown') : String(person.nusLevel)],
    ['arrivalCategory', person.arrivalCategory ? t(`participants.arrivalCategory.${person.arrivalCategory}`) : '–'],
    ['permitBasis', person.permitBasis ? t(`participants.permitBasis.${person.permitBasis}`) : '–'],
    ['permitGrantedDate', date(person.permitGrantedDate)],
    ['permitGrantedAbroad', yesNo(person.permitGrantedAbroad)],
    ['protectionApplicationDate', date(person.protectionApplicationDate)],
    ['arrivalDate', date(person.arrivalDate)],
    ['settledByAgreement', yesNo(person.settledByAgreement)],
    [
      'address',
      [person.address, [person.postalCode, person.postalTown].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
        '–',
    ],
    ['phone', person.phone ?? '–'],
    ['email', person.email ?? '–'],
    ['caseworker', person.caseworker?.name ?? '–'],
  ];
  const facts = rows
    .filter(([field]) => !withheld.has(field))
    .map(([field, value]) => [t(`participants.fields.${field}`), value] as const);
  const needToKnow = person.withheldFields.filter(
    (f) => !['address', 'postalCode', 'postalTown', 'phone', 'email'].includes(f) || !person.addressHidden,
  );

  return (
    <section aria-labelledby="participant-details-heading" className="stack">
      <Heading level={2} data-size="sm" id="participant-details-heading">
        {t('participants.details.heading')}
      </Heading>
      {actions}
      {person.addressHidden && (
        <Alert data-color="info">
          <Paragraph>{t('participants.details.addressHidden')}</Paragraph>
        </Alert>
      )}
      <FactList facts={facts} />
      {needToKnow.length > 0 && (
        <Paragraph data-size="sm">
          {t('participants.details.withheld', { view: t(`participants.view.${person.view}`) })}
        </Paragraph>
      )}
    </section>
  );
}
