import { Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { PersonMonth, personMonthQueryOptions } from '../../features/attendance';
import { paths } from '../paths';

/** A participant's attendance month for the consultant, with reclassification. */
export function ParticipantAttendanceRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId = '', month = '' } = useParams();
  const data = useQuery(personMonthQueryOptions(personId, month));
  const name = data.data ? `${data.data.firstName} ${data.data.lastName}` : '';
  return (
    <div className="stack">
      <PageHeading>
        {data.data ? t('attendance.month.title', { name }) + `, ${month}` : t('attendance.title')}
      </PageHeading>
      <Textfield
        id="attendance-month"
        type="month"
        label={t('attendance.month.month')}
        value={month}
        onChange={(e) =>
          e.target.value &&
          navigate(generatePath(paths.participantAttendance, { personId, month: e.target.value }), { replace: true })
        }
      />
      {data.isPending && <LoadingIndicator />}
      {data.isError && <ErrorAlert error={data.error} />}
      {data.data && <PersonMonth month={data.data} />}
    </div>
  );
}
