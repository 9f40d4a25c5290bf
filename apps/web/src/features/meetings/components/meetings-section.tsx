import { can, type MeetingSummary, type Role } from '@ankomst/contracts';
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { RouterLink } from '../../../components/router-link';
import { meetingsListQueryOptions } from '../api/meetings';
import { formatDateTime } from './format';
import { GroupMembers } from './group-members';
import { ScheduleMeetingForm } from './schedule-meeting-form';

export const defaultMeetingPath = (meetingId: string) => `/moter/${meetingId}`;

interface MeetingsSectionProps {
  personId: string;
  /** The reader's roles: consultants manage the group; the three services schedule meetings. */
  roles: readonly Role[];
  meetingPath?: (meetingId: string) => string;
}

/** "Ansvarsgruppe og møter" on a participant's page: members, meetings, and scheduling a new one. */
export function MeetingsSection({ personId, roles, meetingPath = defaultMeetingPath }: MeetingsSectionProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const meetings = useQuery({ ...meetingsListQueryOptions(personId), enabled: can(roles, 'meetings.read') });

  return (
    <section className="stack" aria-label={t('meetings.section.label')}>
      <GroupMembers personId={personId} canManage={can(roles, 'groups.write')} />
      {can(roles, 'meetings.read') && (
        <>
          <Heading level={2} data-size="sm">
            {t('meetings.list.heading')}
          </Heading>
          {meetings.isPending && <LoadingIndicator />}
          {meetings.isError && <ErrorAlert error={meetings.error} />}
          {meetings.data && meetings.data.items.length === 0 && <Paragraph>{t('meetings.list.empty')}</Paragraph>}
          {meetings.data && meetings.data.items.length > 0 && (
            <div className="table-scroll">
              <Table zebra border>
                <caption className="visually-hidden">{t('meetings.list.caption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('meetings.fields.scheduledAt')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meetings.fields.type')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meetings.fields.location')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('meetings.fields.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {meetings.data.items.map((m: MeetingSummary) => (
                    <Table.Row key={m.id}>
                      <Table.HeaderCell scope="row">
                        <RouterLink to={meetingPath(m.id)}>{formatDateTime(m.scheduledAt, i18n.language)}</RouterLink>
                      </Table.HeaderCell>
                      <Table.Cell>{t(`meetings.types.${m.type}`)}</Table.Cell>
                      <Table.Cell>{m.location ?? '–'}</Table.Cell>
                      <Table.Cell>
                        <Tag
                          data-color={m.status === 'HELD' ? 'success' : m.status === 'CANCELLED' ? 'neutral' : 'info'}
                        >
                          {t(`meetings.statuses.${m.status}`)}
                        </Tag>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          )}
          {can(roles, 'meetings.write') && (
            <ScheduleMeetingForm personId={personId} onScheduled={(m) => void navigate(meetingPath(m.id))} />
          )}
        </>
      )}
    </section>
  );
}
