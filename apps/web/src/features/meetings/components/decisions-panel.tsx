import { AddDecisionBodySchema, IsoDateSchema, type Meeting } from '@ankomst/contracts';
import { Button, Checkbox, Heading, List, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, useFeatureFieldError } from '../../../components/form';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-error';
import { applyApiErrorToForm } from '../../../lib/forms';
import { useAddDecision } from '../api/meetings';
import { formatDate } from './format';

/** The decision form: the contract's text and restricted flag, and an optional task (owner and due date). */
const DecisionFormSchema = AddDecisionBodySchema.omit({ task: true })
  .extend({ makeTask: z.boolean(), assigneeId: z.string(), dueDate: IsoDateSchema.or(z.literal('')) })
  .superRefine((v, ctx) => {
    if (!v.makeTask) return;
    if (!v.assigneeId) ctx.addIssue({ code: 'custom', path: ['assigneeId'], message: 'required' });
    if (!v.dueDate) ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'required' });
  });
type DecisionFormValues = z.input<typeof DecisionFormSchema>;
const FIELDS = ['text', 'restricted', 'assigneeId', 'dueDate'] as const;

export function DecisionsPanel({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const fieldError = useFeatureFieldError('meetings');
  const addDecision = useAddDecision(meeting.id);
  const [formError, setFormError] = useState<unknown>(null);
  const fullCase = meeting.restrictedMinutes !== undefined;
  const owners = meeting.attendance.filter((a) => a.userId !== null);
  const {
    register,
    handleSubmit,
    watch,
    reset,
    setError,
    formState: { errors },
  } = useForm<DecisionFormValues>({
    resolver: zodResolver(DecisionFormSchema),
    defaultValues: { text: '', restricted: false, makeTask: false, assigneeId: '', dueDate: '' },
  });
  const makeTask = watch('makeTask');

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await addDecision.mutateAsync({
        text: values.text,
        restricted: values.restricted ?? false,
        ...(values.makeTask ? { task: { assigneeId: values.assigneeId, dueDate: values.dueDate } } : {}),
      });
      reset();
    } catch (error) {
      // The API names the task's owner `task.assigneeId`; on this form it is the owner field.
      const ownerIssue = isApiError(error) ? error.issues.find((i) => i.path === 'task.assigneeId') : undefined;
      if (ownerIssue) return setError('assigneeId', { type: ownerIssue.code });
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS })) setFormError(error);
    }
  });

  return (
    <div className="stack">
      <Heading level={2} data-size="sm">
        {t('meetings.decisions.heading')}
      </Heading>
      {meeting.decisions.length === 0 ? (
        <Paragraph>{t('meetings.decisions.empty')}</Paragraph>
      ) : (
        <List.Ordered>
          {meeting.decisions.map((d) => (
            <List.Item key={d.id}>
              {d.text} {d.restricted && <Tag data-color="warning">{t('meetings.decisions.restricted')}</Tag>}
              {d.task && (
                <Paragraph data-size="sm">
                  {t('meetings.decisions.task', {
                    name: d.task.assigneeName,
                    due: d.task.dueDate ? formatDate(d.task.dueDate, i18n.language) : '–',
                    status: t(`meetings.taskStatuses.${d.task.status}`),
                  })}
                </Paragraph>
              )}
            </List.Item>
          ))}
        </List.Ordered>
      )}
      <form onSubmit={onSubmit} noValidate className="stack" aria-labelledby="decision-heading">
        <Heading level={3} data-size="xs" id="decision-heading">
          {t('meetings.decisions.addHeading')}
        </Heading>
        {formError !== null && <ErrorAlert error={formError} />}
        <Textfield
          id="decision-text"
          multiline
          rows={3}
          label={t('meetings.decisions.text')}
          error={fieldError('text', errors.text)}
          {...register('text')}
        />
        {fullCase && (
          <Checkbox
            id="decision-restricted"
            label={t('meetings.decisions.restrictedLabel')}
            {...register('restricted')}
          />
        )}
        <Checkbox id="decision-makeTask" label={t('meetings.decisions.makeTask')} {...register('makeTask')} />
        {makeTask && (
          <>
            <SelectField
              id="decision-assigneeId"
              label={t('meetings.decisions.owner')}
              options={[
                { value: '', label: t('meetings.decisions.chooseOwner') },
                ...owners.map((o) => ({
                  value: o.userId ?? '',
                  label: `${o.name} (${t(`meetings.memberRoles.${o.role}`)})`,
                })),
              ]}
              error={fieldError('assigneeId', errors.assigneeId)}
              aria-invalid={!!errors.assigneeId}
              {...register('assigneeId')}
            />
            <Textfield
              id="decision-dueDate"
              type="date"
              label={t('meetings.decisions.dueDate')}
              error={fieldError('dueDate', errors.dueDate)}
              {...register('dueDate')}
            />
          </>
        )}
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={addDecision.isPending}>
            {t('meetings.decisions.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
