import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { CreateUserForm } from '../../features/users';
import { paths } from '../paths';
import type { UsersLocationState } from './users-route';

export function CreateUserRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack narrow">
      <Paragraph>
        <RouterLink to={paths.users}>{t('createUser.backToList')}</RouterLink>
      </Paragraph>
      <PageHeading>{t('createUser.title')}</PageHeading>
      <CreateUserForm
        onCreated={(user) => {
          const state: UsersLocationState = { notice: t('createUser.success', { name: user.name }) };
          void navigate(paths.users, { state });
        }}
        onCancel={() => void navigate(paths.users)}
      />
    </div>
  );
}
