import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useCurrentUser } from '../../features/auth';
import { MeetingsSection } from '../../features/meetings';
import { meetingPath } from '../paths';

/** A participant's responsibility group and meetings on a page of their own (also shown on the participant page). */
export function ParticipantMeetingsRoute() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const user = useCurrentUser();
  return (
    <div className="stack">
      <PageHeading>{t('meetings.section.title')}</PageHeading>
      <MeetingsSection personId={personId} roles={user.roles} meetingPath={meetingPath} />
    </div>
  );
}
