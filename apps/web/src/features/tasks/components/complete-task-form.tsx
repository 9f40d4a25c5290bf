import { CommonErrorCode, CompleteTaskBodySchema, TaskErrorCode, type Task } from '@ankomst/contracts';
import { Alert, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions } from '../../../components/form';
import { ErrorAlert } from '../../../components/error-alert';
import { isApiError } from '../../../lib/api-error';
import { applyApiErrorToForm } from '../../../lib/forms';
import { useCompleteTask } from '../api/tasks';

const CompleteFormSchema = CompleteTaskBodySchema.omit({ version: true });
type CompleteFormValues = z.infer<typeof CompleteFormSchema>;

export function CompleteTaskForm({
  task,
  onDone,
  onCancel,
}: {
  task: Task;
  onDone: (task: Task) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  const [formError, setFormError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CompleteFormValues>({ resolver: zodResolver(CompleteFormSchema), defaultValues: { comment: '' } });

  const onSubmit = handleSubmit(async ({ comment }) => {
    setFormError(null);
    try {
      onDone(await complete.mutateAsync({ taskId: task.id, body: { comment, version: task.version } }));
    } catch (error) {
      if (
        isApiError(error) &&
        (error.code === CommonErrorCode.STALE_VERSION || error.code === TaskErrorCode.ALREADY_DONE)
      )
        return setConflict(true);
      if (!applyApiErrorToForm(error, setError, { fields: ['comment'] })) setFormError(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {conflict && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('tasks.completeForm.conflict')}</Paragraph>
        </Alert>
      )}
      {formError !== null && <ErrorAlert error={formError} />}
      <Paragraph>{task.title}</Paragraph>
      <Textfield
        id="completeTask-comment"
        multiline
        rows={4}
        label={t('tasks.completeForm.comment')}
        error={errors.comment ? t('tasks.completeForm.commentRequired') : undefined}
        {...register('comment')}
      />
      <FormActions
        submitLabel={t('tasks.completeForm.submit')}
        pending={complete.isPending}
        disabled={conflict}
        onCancel={onCancel}
      />
    </form>
  );
}
