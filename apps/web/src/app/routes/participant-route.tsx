import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import {
  ParticipantHouseholds,
  ParticipantSettlement,
  ParticipantTimeline,
  PersonalDetails,
  personQueryOptions,
} from '../../features/participants';
import { can } from '@ankomst/contracts';
import { useCurrentUser } from '../../features/auth';
import { HandoverSection } from '../../features/handovers';
import { MeetingsSection } from '../../features/meetings';
import { PlanSection, ProgrammeSection } from '../../features/programmes';
import { ProgrammeEndSection } from '../../features/programme-end';
import { householdPath, meetingPath } from '../paths';

/**
 * The participant page (`/deltakere/:personId`): personal details as the reader's service may see them,
 * household, settlement and the shared timeline.
 *
 * ── Slice B (programmes, plans, the engine's conclusions) ─────────────────────────────────────────────────────
 * Add your sections in the marked spot below, composed from `features/programmes` (features never import each
 * other; routes compose them), e.g. `<ProgrammeSection personId={person.id} />`. Keep the timeline last.
 */
export function ParticipantRoute() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const person = useQuery(personQueryOptions(personId));
  const user = useCurrentUser();

  if (person.isPending) return <LoadingIndicator />;
  if (person.isError) {
    return (
      <div className="stack">
        <PageHeading>{t('participants.details.heading')}</PageHeading>
        <ErrorAlert error={person.error} />
      </div>
    );
  }
  const data = person.data;
  return (
    <div className="stack participant-page">
      <PageHeading>{`${data.firstName} ${data.lastName}`}</PageHeading>
      <PersonalDetails person={data} />
      <ParticipantHouseholds
        person={data}
        householdLink={(id, name) => <RouterLink to={householdPath(id)}>{name}</RouterLink>}
      />
      <ParticipantSettlement person={data} />
      {/* ── Slice B: programme, integration plan and the engine's conclusions go here. ── */}
      <ProgrammeSection personId={data.id} roles={user.roles} />
      <PlanSection personId={data.id} roles={user.roles} />
      <ProgrammeEndSection personId={data.id} roles={user.roles} />
      <MeetingsSection personId={data.id} roles={user.roles} meetingPath={meetingPath} />
      {can(user.roles, 'handovers.read') && <HandoverSection personId={data.id} />}
      <ParticipantTimeline personId={data.id} />
    </div>
  );
}
