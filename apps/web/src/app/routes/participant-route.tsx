import { Button } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LiveAlert } from '../../components/form';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import {
  CareFactsSection,
  CaseworkerSection,
  EditPersonDialog,
  ParticipantHouseholds,
  ParticipantSettlement,
  ParticipantTimeline,
  PersonalDetails,
  personQueryOptions,
  personsQueryKeys,
} from '../../features/participants';
import { can } from '@ankomst/contracts';
import { useCurrentUser } from '../../features/auth';
import { HandoverSection } from '../../features/handovers';
import { MeetingsSection } from '../../features/meetings';
import { PlanSection, ProgrammeSection } from '../../features/programmes';
import { ProgrammeEndSection } from '../../features/programme-end';
import { NewTaskSection } from '../../features/tasks';
import { householdPath, meetingPath } from '../paths';

/**
 * The participant page (`/deltakere/:personId`): personal details as the reader's service may see them,
 * household, settlement, "Ny oppgave" (a task about the participant) and the shared timeline.
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
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayWrite = can(user.roles, 'participants.write');

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
      <LiveAlert text={notice} color="success" />
      <PersonalDetails
        person={data}
        actions={
          mayWrite && (
            <div className="button-row">
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                {t('participants.edit.open')}
              </Button>
            </div>
          )
        }
      />
      {mayWrite && (
        <CaseworkerSection
          person={data}
          onReload={() => void queryClient.invalidateQueries({ queryKey: personsQueryKeys.detail(data.id) })}
        />
      )}
      <EditPersonDialog
        personId={editing ? data.id : null}
        name={`${data.firstName} ${data.lastName}`}
        onSaved={() => {
          setEditing(false);
          setNotice(t('participants.edit.saved'));
        }}
        onClose={() => setEditing(false)}
      />
      <ParticipantHouseholds
        person={data}
        householdLink={(id, name) => <RouterLink to={householdPath(id)}>{name}</RouterLink>}
      />
      <ParticipantSettlement person={data} />
      {/* Family matters (special category): consultants only, as the API decides (ADR 0004). */}
      {mayWrite && <CareFactsSection personId={data.id} />}
      {/* ── Slice B: programme, integration plan and the engine's conclusions go here. ── */}
      <ProgrammeSection personId={data.id} roles={user.roles} />
      <PlanSection personId={data.id} roles={user.roles} />
      <ProgrammeEndSection personId={data.id} roles={user.roles} />
      <MeetingsSection personId={data.id} roles={user.roles} meetingPath={meetingPath} />
      {can(user.roles, 'handovers.read') && <HandoverSection personId={data.id} />}
      {can(user.roles, 'tasks.write') && (
        <NewTaskSection
          personId={data.id}
          personName={`${data.firstName} ${data.lastName}`}
          currentUserId={user.id}
          // The timeline tells of the new task.
          onCreated={() => void queryClient.invalidateQueries({ queryKey: personsQueryKeys.timeline(data.id) })}
        />
      )}
      <ParticipantTimeline personId={data.id} />
    </div>
  );
}
