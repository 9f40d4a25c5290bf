import type { User } from '@ankomst/contracts';
import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface UsersTableProps {
  users: readonly User[];
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({ users, onEdit, onResetPassword }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <Table zebra border>
        <caption className="visually-hidden">{t('users.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('users.columns.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.columns.email')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.columns.roles')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.columns.status')}</Table.HeaderCell>
            <Table.HeaderCell>{t('users.columns.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.HeaderCell scope="row">{user.name}</Table.HeaderCell>
              <Table.Cell>{user.email}</Table.Cell>
              <Table.Cell>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</Table.Cell>
              <Table.Cell>
                <Tag data-color={user.active ? 'success' : 'neutral'}>
                  {user.active ? t('users.status.active') : t('users.status.inactive')}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                <div className="button-row">
                  <Button
                    type="button"
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('users.editLabel', { name: user.name })}
                    onClick={() => onEdit(user)}
                  >
                    {t('users.edit')}
                  </Button>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('users.resetPasswordLabel', { name: user.name })}
                    onClick={() => onResetPassword(user)}
                  >
                    {t('users.resetPassword')}
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
