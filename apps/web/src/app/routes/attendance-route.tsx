import { Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingIndicator } from '../../components/loading-indicator';
import { PageHeading } from '../../components/page-heading';
import { AttendanceGrid, attendanceClassesQueryOptions, classDayQueryOptions } from '../../features/attendance';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());

/** The class/day attendance grid for teachers (and consultants). Class and date live in the URL. */
export function AttendanceRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('dato') ?? '') ? (params.get('dato') as string) : today();
  const classes = useQuery(attendanceClassesQueryOptions(date));
  const classId = params.get('klasse') ?? classes.data?.items[0]?.id ?? '';
  const day = useQuery({ ...classDayQueryOptions(classId, date), enabled: !!classId });
  const update = (next: { klasse?: string; dato?: string }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    setParams(p, { replace: true });
  };
  return (
    <div className="stack">
      <PageHeading>{t('attendance.title')}</PageHeading>
      <Paragraph>{t('attendance.intro')}</Paragraph>
      <div className="button-row">
        <Field>
          <Label htmlFor="attendance-class">{t('attendance.class')}</Label>
          <Select id="attendance-class" value={classId} onChange={(e) => update({ klasse: e.target.value })}>
            {!classId && <Select.Option value="">{t('attendance.chooseClass')}</Select.Option>}
            {classes.data?.items.map((c) => (
              <Select.Option key={c.id} value={c.id}>{`${c.courseName} – ${c.name} (${c.learnerCount})`}</Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id="attendance-date"
          type="date"
          label={t('attendance.date')}
          value={date}
          onChange={(e) => e.target.value && update({ dato: e.target.value })}
        />
      </div>
      {classes.isPending && <LoadingIndicator />}
      {classes.isError && <ErrorAlert error={classes.error} />}
      {classes.data && classes.data.items.length === 0 && <Paragraph>{t('attendance.noClasses')}</Paragraph>}
      {day.isError && <ErrorAlert error={day.error} />}
      {day.isFetching && !day.data && <LoadingIndicator />}
      {day.data &&
        (day.data.learners.length === 0 ? (
          <Paragraph>{t('attendance.noLearners')}</Paragraph>
        ) : (
          // A new class or day starts a fresh grid.
          <AttendanceGrid key={`${day.data.classId}-${day.data.date}`} day={day.data} />
        ))}
    </div>
  );
}
