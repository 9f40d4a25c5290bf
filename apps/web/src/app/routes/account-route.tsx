import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { ChangePasswordForm, useCurrentUser } from '../../features/auth';

export function AccountRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div className="stack narrow">
      <PageHeading>{t('account.title')}</PageHeading>
      <section aria-labelledby="account-details-heading" className="stack">
        <Heading level={2} data-size="md" id="account-details-heading">
          {t('account.details')}
        </Heading>
        <dl className="details-list">
          <dt>{t('account.name')}</dt>
          <dd>{user.name}</dd>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('home.municipality')}</dt>
          <dd>{user.municipality.name}</dd>
          <dt>{t('home.roles')}</dt>
          <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
        </dl>
      </section>
      <ChangePasswordForm />
    </div>
  );
}
