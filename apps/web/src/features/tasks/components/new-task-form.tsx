import { CreateTaskBodySchema, type Task, type TaskAssignee } from '@ankomst/contracts';
import { Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  fieldDomId,
  FormActions,
  FormErrorList,
  SelectField,
  useFeatureErrorMessage,
  useFeatureFieldError,
  type SummaryItem,
} from '../../../components/form';
import { undefinedIfEmpty } from '../../../lib/form-values';
import { applyApiErrorToForm } from '../../../lib/forms';
import { taskAssigneesQueryOptions, useCreateTask } from '../api/tasks';

const FORM = 'new-task';
/** The contract's body without the person, which the page gives. */
const NewTaskFormSchema = CreateTaskBodySchema.omit({ personId: true });
type NewTaskInput = z.input<typeof NewTaskFormSchema>;
type NewTaskBody = z.output<typeof NewTaskFormSchema>;
/** The fields in the order they appear (the error summary follows it). */
const FIELDS = ['assigneeId', 'title', 'description', 'dueDate'] as const satisfies readonly (keyof NewTaskInput)[];

interface NewTaskFormProps {
  personId: string;
  /** The signed-in user, marked in the list of assignees (a task for oneself is allowed). */
  currentUserId: string;
  onCreated: (task: Task) => void;
  onCancel: () => void;
}

/**
 * "Ny oppgave" about a participant: to whom (among those who may see the participant), what, and by when. The
 * first field has `autofocus`, which the dialog honours when it opens; each failed submit focuses the error summary.
 */
export function NewTaskForm({ personId, currentUserId, onCreated, onCancel }: NewTaskFormProps) {
  const { t } = useTranslation();
  const fieldError = useFeatureFieldError('tasks');
  const errorMessage = useFeatureErrorMessage('tasks');
  const assignees = useQuery(taskAssigneesQueryOptions(personId));
  const createTask = useCreateTask();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<NewTaskInput, unknown, NewTaskBody>({
    resolver: zodResolver(NewTaskFormSchema),
    defaultValues: { assigneeId: '', title: '', description: undefined, dueDate: undefined },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      onCreated(await createTask.mutateAsync({ ...body, personId }));
    } catch (error) {
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS })) setFormError(errorMessage(error));
    }
  });

  const err = (field: (typeof FIELDS)[number]) => fieldError(field, errors[field] as FieldError | undefined);
  const summary: SummaryItem[] = FIELDS.flatMap((field) => {
    const text = err(field);
    return text ? [{ id: fieldDomId(FORM, field), text }] : [];
  });
  const optionLabel = (a: TaskAssignee) =>
    t(a.id === currentUserId ? 'tasks.newTask.assigneeSelf' : 'tasks.newTask.assigneeOption', {
      name: a.name,
      service: a.service ? t(`tasks.services.${a.service}`) : a.roles.map((r) => t(`roles.${r}`)).join(', '),
    });
  const { ref: assigneeRef, ...assigneeField } = register('assigneeId');

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormErrorList
        key={submitCount}
        items={summary}
        formError={formError ?? (assignees.isError ? errorMessage(assignees.error) : null)}
        headingLevel={3}
      />
      <SelectField
        id={fieldDomId(FORM, 'assigneeId')}
        label={t('tasks.newTask.assignee')}
        options={[
          { value: '', label: t('tasks.newTask.chooseAssignee') },
          ...(assignees.data?.items.map((a) => ({ value: a.id, label: optionLabel(a) })) ?? []),
        ]}
        error={err('assigneeId')}
        aria-busy={assignees.isPending}
        ref={(element) => {
          // The dialog focuses the element with the autofocus attribute when it opens (React's autoFocus sets none).
          element?.setAttribute('autofocus', '');
          assigneeRef(element);
        }}
        {...assigneeField}
      />
      <Textfield
        id={fieldDomId(FORM, 'title')}
        label={t('tasks.newTask.title')}
        autoComplete="off"
        error={err('title')}
        {...register('title')}
      />
      <Textfield
        id={fieldDomId(FORM, 'description')}
        multiline
        rows={4}
        label={t('tasks.newTask.description')}
        description={t('tasks.newTask.optional')}
        error={err('description')}
        {...register('description', { setValueAs: undefinedIfEmpty })}
      />
      <Textfield
        id={fieldDomId(FORM, 'dueDate')}
        type="date"
        label={t('tasks.newTask.dueDate')}
        description={t('tasks.newTask.optional')}
        error={err('dueDate')}
        {...register('dueDate', { setValueAs: undefinedIfEmpty })}
      />
      <FormActions
        submitLabel={t('tasks.newTask.submit')}
        pending={createTask.isPending}
        disabled={createTask.isPending || assignees.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
