import type { User } from '@ankomst/contracts';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { LiveAlert } from '../../components/form';
import { ErrorAlert } from '../../components/error-alert';
import { FormDialog } from '../../components/form-dialog';
import { ListPagination } from '../../components/list-pagination';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';
import {
  EditUserForm,
  ResetPasswordForm,
  USERS_PAGE_SIZE,
  UserSearchForm,
  UsersTable,
  usersListQueryOptions,
  usersQueryKeys,
} from '../../features/users';
import { paths } from '../paths';

export interface UsersLocationState {
  /** A confirmation to show once, e.g. after creating a user. */
  notice?: string;
}

type OpenDialog = { kind: 'edit' | 'resetPassword'; userId: string } | null;

/** Page and search live in the URL (`?side=2&sok=kari`), so Back and shared links keep them. */
function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('side') ?? '1', 10) || 1);
  const search = searchParams.get('sok') ?? '';
  const update = (next: { page?: number; search?: string }) => {
    const params = new URLSearchParams();
    const nextSearch = next.search ?? search;
    const nextPage = next.page ?? page;
    if (nextSearch) params.set('sok', nextSearch);
    if (nextPage > 1) params.set('side', String(nextPage));
    setSearchParams(params);
  };
  return { page, search, update };
}

export function UsersRoute() {
  const { t } = useTranslation();
  const currentUser = useCurrentUser();
  const queryClient = useQueryClient();
  const location = useLocation();
  const { page, search, update } = useListParams();
  const users = useQuery(usersListQueryOptions({ page, search }));
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(
    () => (location.state as UsersLocationState | null)?.notice ?? null,
  );

  const dialogUser: User | undefined = dialog ? users.data?.items.find((u) => u.id === dialog.userId) : undefined;
  const totalPages = users.data ? Math.max(1, Math.ceil(users.data.total / USERS_PAGE_SIZE)) : 1;
  const closeDialog = () => setDialog(null);

  return (
    <div className="stack">
      <PageHeading
        actions={
          <Button asChild>
            <Link to={paths.newUser}>{t('users.create')}</Link>
          </Button>
        }
      >
        {t('users.title')}
      </PageHeading>
      <Paragraph>{t('users.intro', { municipality: currentUser.municipality.name })}</Paragraph>

      <LiveAlert text={notice} color="success" />

      <UserSearchForm initialSearch={search} onSearch={(next) => update({ search: next, page: 1 })} />

      {users.isPending && <LoadingIndicator />}
      {users.isError && <ErrorAlert error={users.error} />}
      {users.data && (
        <>
          <Paragraph role="status">{t('users.resultCount', { count: users.data.total })}</Paragraph>
          {users.data.items.length === 0 ? (
            <Paragraph>{t('users.empty')}</Paragraph>
          ) : (
            <UsersTable
              users={users.data.items}
              onEdit={(user) => {
                setNotice(null);
                setDialog({ kind: 'edit', userId: user.id });
              }}
              onResetPassword={(user) => {
                setNotice(null);
                setDialog({ kind: 'resetPassword', userId: user.id });
              }}
            />
          )}
          <ListPagination page={page} totalPages={totalPages} onPageChange={(next) => update({ page: next })} />
        </>
      )}

      <FormDialog
        open={dialog?.kind === 'edit' && !!dialogUser}
        heading={dialogUser ? t('editUser.heading', { name: dialogUser.name }) : ''}
        onClose={closeDialog}
      >
        {dialogUser && (
          <EditUserForm
            // A fresh version after "reload" re-creates the form with the fresh values.
            key={`${dialogUser.id}-${dialogUser.version}`}
            user={dialogUser}
            onSaved={(saved) => {
              closeDialog();
              setNotice(t('editUser.success', { name: saved.name }));
            }}
            onCancel={closeDialog}
            onReload={() => void queryClient.invalidateQueries({ queryKey: usersQueryKeys.all })}
          />
        )}
      </FormDialog>

      <FormDialog
        open={dialog?.kind === 'resetPassword' && !!dialogUser}
        heading={dialogUser ? t('resetPassword.heading', { name: dialogUser.name }) : ''}
        onClose={closeDialog}
      >
        {dialogUser && (
          <ResetPasswordForm
            user={dialogUser}
            onDone={() => {
              closeDialog();
              setNotice(t('resetPassword.success', { name: dialogUser.name }));
            }}
            onCancel={closeDialog}
          />
        )}
      </FormDialog>
    </div>
  );
}
