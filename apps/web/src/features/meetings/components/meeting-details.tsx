import './meetings.css';
import {
  CommonErrorCode,
  IsoDateSchema,
  MeetingStatusSchema,
  UpdateMeetingBodySchema,
  type Meeting,
} from '@ankomst/contracts';
import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { StaleVersionAlert, useFeatureFieldError } from '../../../components/form';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-error';
import { applyApiErrorToForm } from '../../../lib/forms';
import { minutesPdfUrl, useUpdateMeeting } from '../api/meetings';
import { DecisionsPanel } from './decisions-panel';
import { formatDateTime, toInstant, toLocalFields } from './format';

interface MeetingDetailsProps {
  meeting: Meeting;
  onReload: () => void;
}

interface MinutesFormProps extends MeetingDetailsProps {
  onSaving: () => void;
  onSaved: () => void;
}

/** A meeting: facts, the printable minutes, the minutes form (attendance, minutes, next meeting) and decisions. */
export function MeetingDetails({ meeting, onReload }: MeetingDetailsProps) {
  const { t, i18n } = useTranslation();
  // Lives here: the minutes form is re-created with each new version, the confirmation must survive that.
  const [saved, setSaved] = useState(false);
  return (
    <div className="stack">
      <dl className="meeting-facts">
        <dt>{t('meetings.fields.scheduledAt')}</dt>
        <dd>{formatDateTime(meeting.scheduledAt, i18n.language)}</dd>
        <dt>{t('meetings.fields.location')}</dt>
        <dd>{meeting.location ?? '–'}</dd>
        <dt>{t('meetings.fields.status')}</dt>
        <dd>{t(`meetings.statuses.${meeting.status}`)}</dd>
        <dt>{t('meetings.fields.interpreterNeeded')}</dt>
        <dd>{meeting.interpreterNeeded ? t('meetings.yes') : t('meetings.no')}</dd>
        {meeting.createdByName && (
          <>
            <dt>{t('meetings.fields.createdBy')}</dt>
            <dd>{meeting.createdByName}</dd>
          </>
        )}
      </dl>
      <Paragraph>
        <Link href={minutesPdfUrl(meeting.id)} target="_blank" rel="noopener">
          {t('meetings.print')}
        </Link>
      </Paragraph>
      <Heading level={2} data-size="sm">
        {t('meetings.fields.agenda')}
      </Heading>
      <Paragraph className="preserve-lines">{meeting.agenda ?? t('meetings.noAgenda')}</Paragraph>
      <div aria-live="polite">{saved && <Paragraph>{t('meetings.minutes.saved')}</Paragraph>}</div>
      <MinutesForm
        key={meeting.version}
        meeting={meeting}
        onReload={onReload}
        onSaving={() => setSaved(false)}
        onSaved={() => setSaved(true)}
      />
      <DecisionsPanel meeting={meeting} />
    </div>
  );
}

const MinutesFormSchema = UpdateMeetingBodySchema.pick({ status: true }).extend({
  minutes: z.string().max(50000),
  restrictedMinutes: z.string().max(50000),
  nextDate: IsoDateSchema.or(z.literal('')),
  nextTime: z.string().regex(/^(\d{2}:\d{2})?$/),
});
type MinutesFormValues = z.infer<typeof MinutesFormSchema>;
const FIELDS = ['status', 'minutes', 'restrictedMinutes', 'nextDate', 'nextTime'] as const;

function MinutesForm({ meeting, onReload, onSaving, onSaved }: MinutesFormProps) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('meetings');
  const update = useUpdateMeeting(meeting.id);
  const [formError, setFormError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [present, setPresent] = useState(
    () => new Set(meeting.attendance.filter((a) => a.present).map((a) => a.memberId)),
  );
  const seesRestricted = meeting.restrictedMinutes !== undefined;
  const next = toLocalFields(meeting.nextMeetingAt);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<MinutesFormValues>({
    resolver: zodResolver(MinutesFormSchema),
    defaultValues: {
      status: meeting.status,
      minutes: meeting.minutes ?? '',
      restrictedMinutes: meeting.restrictedMinutes ?? '',
      nextDate: next.date,
      nextTime: next.time || '09:00',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setStale(false);
    onSaving();
    try {
      await update.mutateAsync({
        version: meeting.version,
        status: values.status,
        minutes: values.minutes.trim() || null,
        ...(seesRestricted ? { restrictedMinutes: values.restrictedMinutes.trim() || null } : {}),
        attendance: meeting.attendance.map((a) => ({ memberId: a.memberId, present: present.has(a.memberId) })),
        nextMeetingAt: values.nextDate ? toInstant(values.nextDate, values.nextTime || '09:00') : null,
      });
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) return setStale(true);
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS })) setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-labelledby="minutes-heading">
      <Heading level={2} data-size="sm" id="minutes-heading">
        {t('meetings.minutes.heading')}
      </Heading>
      {stale && (
        <StaleVersionAlert
          message={t('meetings.minutes.stale')}
          reloadLabel={t('meetings.minutes.reload')}
          onReload={onReload}
        />
      )}
      {formError !== null && <ErrorAlert error={formError} />}
      <Field>
        <Label htmlFor="minutes-status">{t('meetings.fields.status')}</Label>
        <Select id="minutes-status" {...register('status')}>
          {MeetingStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {t(`meetings.statuses.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {meeting.attendance.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('meetings.minutes.attendance')}</Fieldset.Legend>
          {meeting.attendance.map((a) => (
            <Checkbox
              key={a.memberId}
              id={`minutes-present-${a.memberId}`}
              value={a.memberId}
              label={`${a.name} (${a.organisation ?? t(`meetings.memberRoles.${a.role}`)})`}
              checked={present.has(a.memberId)}
              onChange={(e) => {
                const next = new Set(present);
                if (e.target.checked) next.add(a.memberId);
                else next.delete(a.memberId);
                setPresent(next);
              }}
            />
          ))}
        </Fieldset>
      )}
      <Textfield
        id="minutes-minutes"
        multiline
        rows={8}
        label={t('meetings.fields.minutes')}
        error={fieldError('minutes', errors.minutes)}
        {...register('minutes')}
      />
      {seesRestricted && (
        <Textfield
          id="minutes-restricted"
          multiline
          rows={5}
          label={t('meetings.fields.restrictedMinutes')}
          description={t('meetings.minutes.restrictedHelp')}
          error={fieldError('restrictedMinutes', errors.restrictedMinutes)}
          {...register('restrictedMinutes')}
        />
      )}
      <Fieldset>
        <Fieldset.Legend>{t('meetings.minutes.nextMeeting')}</Fieldset.Legend>
        <div className="button-row">
          <Textfield
            id="minutes-nextDate"
            type="date"
            label={t('meetings.fields.date')}
            error={fieldError('nextDate', errors.nextDate)}
            {...register('nextDate')}
          />
          <Textfield
            id="minutes-nextTime"
            type="time"
            label={t('meetings.fields.time')}
            error={fieldError('nextTime', errors.nextTime)}
            {...register('nextTime')}
          />
        </div>
      </Fieldset>
      <div className="button-row">
        <Button type="submit" loading={update.isPending} disabled={stale}>
          {t('meetings.minutes.submit')}
        </Button>
      </div>
    </form>
  );
}
