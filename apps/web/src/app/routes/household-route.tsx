import { can } from '@ankomst/contracts';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { useCurrentUser } from '../../features/auth';
import {
  HouseholdDetails,
  householdQueryOptions,
  householdsQueryKeys,
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
      <div aria-live="polite">
        {notice && (
          <Alert data-color="success">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <HouseholdDetails
        household={data}
        memberLink={(personId, name) => <RouterLink to={participantPath(personId)}>{name}</RouterLink>}
      />
      {mayWrite && (
        <SettlementSteps
          household={data}
          onMoved={(_saved, to) => setNotice(t('households.page.moved', { status: t(`households.status.${to}`) }))}
          onReload={() => void queryClient.invalidateQueries({ queryKey: householdsQueryKeys.detail(householdId) })}
        />
      )}
      <SettlementHistory history={data.history} />
    </div>
  );
}
