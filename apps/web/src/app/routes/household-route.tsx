import { can } from '@ankomst/contracts';
import type { HouseholdMember } from '@ankomst/contracts';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { useCurrentUser } from '../../features/auth';
import { EditPersonDialog } from '../../features/participants';
import {
  AddMemberSection,
  HouseholdDetails,
  householdQueryOptions,
  householdsQueryKeys,
  RemoveMemberDialog,
  SettlementHistory,
  SettlementSteps,
} from '../../features/households';
import { participantPath, paths } from '../paths';

export interface HouseholdLocationState {
  /** A confirmation to show once, e.g. after registering the household. */
  notice?: string;
}

/** A household: settlement facts, members (links to their participant pages), the next steps and the history. */
export function HouseholdRoute() {
  const { t } = useTranslation();
  const { householdId = '' } = useParams();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const location = useLocation();
  const household = useQuery(householdQueryOptions(householdId));
  const [notice, setNotice] = useState<string | null>(
    () => (location.state as HouseholdLocationState | null)?.notice ?? null,
  );
  const mayWrite = can(user.roles, 'households.write');
  const mayEditPersons = can(user.roles, 'participants.write');
  const [editing, setEditing] = useState<HouseholdMember | null>(null);
  const [removing, setRemoving] = useState<HouseholdMember | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusNoticeWhenClosed = useRef(false);
  useEffect(() => {
    // After a removal the button that opened the dialog is gone: once the dialog has closed (its own effect runs
    // first), focus goes to the confirmation instead of the top of the page.
    if (removing === null && focusNoticeWhenClosed.current) {
      focusNoticeWhenClosed.current = false;
      noticeRef.current?.focus();
    }
  }, [removing]);
  const reload = () => void queryClient.invalidateQueries({ queryKey: householdsQueryKeys.detail(householdId) });

  if (household.isPending) return <LoadingIndicator />;
  if (household.isError) {
    return (
      <div className="stack">
        <PageHeading>{t('households.list.title')}</PageHeading>
        <ErrorAlert error={household.error} />
      </div>
    );
  }
  const data = household.data;
  return (
    <div className="stack">
      {mayWrite && (
        <Paragraph>
          <RouterLink to={paths.households}>{t('households.page.backToList')}</RouterLink>
        </Paragraph>
      )}
      <PageHeading>{data.name}</PageHeading>
      <div aria-live="polite" ref={noticeRef} tabIndex={-1}>
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <HouseholdDetails
        household={data}
        memberLink={(personId, name) => <RouterLink to={participantPath(personId)}>{name}</RouterLink>}
        memberActions={
          mayWrite || mayEditPersons
            ? (member) => {
                const name = `${member.firstName} ${member.lastName}`;
                return (
                  <>
                    {mayEditPersons && (
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('households.page.editMember', { name })}
                        onClick={() => setEditing(member)}
                      >
                        {t('households.page.edit')}
                      </Button>
                    )}
                    {mayWrite && (
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        aria-label={t('households.page.removeMember', { name })}
                        onClick={() => setRemoving(member)}
                      >
                        {t('households.page.remove')}
                      </Button>
                    )}
                  </>
                );
              }
            : undefined
        }
      />
      {mayWrite && (
        <AddMemberSection
          household={data}
          canAddRegistered={can(user.roles, 'persons.search')}
          onAdded={(_saved, member) =>
            setNotice(t('households.page.memberAdded', { name: `${member.firstName} ${member.lastName}` }))
          }
          onReload={reload}
        />
      )}
      <EditPersonDialog
        personId={editing?.personId ?? null}
        name={editing ? `${editing.firstName} ${editing.lastName}` : ''}
        onSaved={(person) => {
          setEditing(null);
          setNotice(t('households.page.memberSaved', { name: `${person.firstName} ${person.lastName}` }));
        }}
        onClose={() => setEditing(null)}
      />
      {mayWrite && (
        <RemoveMemberDialog
          household={data}
          member={removing}
          onRemoved={(_saved, member) => {
            focusNoticeWhenClosed.current = true;
            setRemoving(null);
            setNotice(t('households.page.memberRemoved', { name: `${member.firstName} ${member.lastName}` }));
          }}
          onClose={() => setRemoving(null)}
        />
      )}
      {mayWrite && (
        <SettlementSteps
          household={data}
          onMoved={(_saved, to) => setNotice(t('households.page.moved', { status: t(`households.status.${to}`) }))}
          onReload={reload}
        />
      )}
      <SettlementHistory history={data.history} />
    </div>
  );
}
