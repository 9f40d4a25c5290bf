import { IsoDateSchema, MeetingTypeSchema, ScheduleMeetingBodySchema, type Meeting } from '@ankomst/contracts';
import { Button, Checkbox, Field, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useFeatureFieldError } from '../../../components/form';
import { ErrorAlert } from '../../../components/error-alert';
import { applyApiErrorToForm } from '../../../lib/forms';
import { useScheduleMeeting } from '../api/meetings';
import { toInstant } from './format';

/** The contract's body, with the instant typed as a local date and time. */
const ScheduleFormSchema = ScheduleMeetingBodySchema.omit({ scheduledAt: true }).extend({
  date: IsoDateSchema,
  time: z.string().regex(/^\d{2}:\d{2}$/),
});
type ScheduleFormValues = z.input<typeof ScheduleFormSchema>;
const FIELDS = ['type', 'date', 'time', 'location', 'agenda', 'interpreterNeeded'] as const;

export function ScheduleMeetingForm({
  personId,
  onScheduled,
}: {
  personId: string;
  onScheduled: (meeting: Meeting) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('meetings');
  const schedule = useScheduleMeeting(personId);
  const [formError, setFormError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ScheduleFormValues>({
    resolver: zodResolver(ScheduleFormSchema),
    defaultValues: {
      type: 'RESPONSIBILITY_GROUP',
      date: '',
      time: '09:00',
      location: '',
      agenda: '',
      interpreterNeeded: false,
    },
  });

  const onSubmit = handleSubmit(async ({ date, time, ...rest }) => {
    setFormError(null);
    try {
      onScheduled(await schedule.mutateAsync({ ...rest, scheduledAt: toInstant(date, time) }));
    } catch (error) {
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS })) setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-labelledby="schedule-meeting-heading">
      <Heading level={3} data-size="xs" id="schedule-meeting-heading">
        {t('meetings.schedule.heading')}
      </Heading>
      {formError !== null && <ErrorAlert error={formError} />}
      <Field>
        <Label htmlFor="schedule-type">{t('meetings.fields.type')}</Label>
        <Select id="schedule-type" {...register('type')}>
          {MeetingTypeSchema.options.map((type) => (
            <option key={type} value={type}>
              {t(`meetings.types.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="button-row">
        <Textfield
          id="schedule-date"
          type="date"
          label={t('meetings.fields.date')}
          error={fieldError('date', errors.date)}
          {...register('date')}
        />
        <Textfield
          id="schedule-time"
          type="time"
          label={t('meetings.fields.time')}
          error={fieldError('time', errors.time)}
          {...register('time')}
        />
      </div>
      <Textfield
        id="schedule-location"
        label={t('meetings.fields.location')}
        error={fieldError('location', errors.location)}
        {...register('location')}
      />
      <Textfield
        id="schedule-agenda"
        multiline
        rows={4}
        label={t('meetings.fields.agenda')}
        error={fieldError('agenda', errors.agenda)}
        {...register('agenda')}
      />
      <Checkbox
        id="schedule-interpreter"
        label={t('meetings.fields.interpreterNeeded')}
        {...register('interpreterNeeded')}
      />
      <div className="button-row">
        <Button type="submit" loading={schedule.isPending}>
          {t('meetings.schedule.submit')}
        </Button>
      </div>
    </form>
  );
}
