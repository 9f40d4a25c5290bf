import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';

export function HomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div className="stack">
      <PageHeading>{t('home.title')}</PageHeading>
      <Paragraph data-size="lg">{t('home.greeting', { name: user.name })}</Paragraph>
      <Paragraph>{t('home.intro')}</Paragraph>
      <div className="card-grid">
        <Card>
          <Heading level={2} data-size="xs">
            {t('home.municipality')}
          </Heading>
          <Paragraph>
            {t('home.municipalityValue', {
              name: user.municipality.name,
              number: user.municipality.municipalityNumber,
            })}
          </Paragraph>
        </Card>
        <Card>
          <Heading level={2} data-size="xs">
            {t('home.roles')}
          </Heading>
          <ul className="tag-list">
            {user.roles.map((role) => (
              <li key={role}>
                <Tag data-color="brand1">{t(`roles.${role}`)}</Tag>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
