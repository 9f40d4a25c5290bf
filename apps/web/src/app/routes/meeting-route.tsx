import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { RouterLink } from '../../components/router-link';
import { MeetingDetails, meetingQueryKeys, meetingQueryOptions } from '../../features/meetings';
import { participantMeetingsPath } from '../paths';

/** One meeting of a responsibility group: agenda, attendance, minutes, decisions; print as PDF. */
export function MeetingRoute() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const queryClient = useQueryClient();
  const meeting = useQuery(meetingQueryOptions(meetingId));

  if (meeting.isPending) return <LoadingIndicator />;
  if (meeting.isError) return <ErrorAlert error={meeting.error} />;
  const m = meeting.data;
  return (
    <div className="stack">
      <PageHeading>{t('meetings.page.title', { type: t(`meetings.types.${m.type}`), name: m.personName })}</PageHeading>
      <Paragraph>
        <RouterLink to={participantMeetingsPath(m.personId)}>{t('meetings.page.back')}</RouterLink>
      </Paragraph>
      <MeetingDetails
        meeting={m}
        onReload={() => void queryClient.invalidateQueries({ queryKey: meetingQueryKeys.one(meetingId) })}
      />
    </div>
  );
}
