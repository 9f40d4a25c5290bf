import { CommonErrorCode, UpdateUserBodySchema, UserErrorCode, type User } from '@ankomst/contracts';
import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions, FormErrorSummary, StaleVersionAlert } from '../../../components/form';
import { isApiError } from '../../../lib/api-error';
import { errorMessage } from '../../../lib/error-messages';
import { applyApiErrorToForm, fieldId, useFieldErrorText } from '../../../lib/forms';
import { useUpdateUser } from '../api/update-user';
import { RoleCheckboxes } from './role-checkboxes';

/** The editable part of a user; the version comes from the user the form was opened with. */
const EditUserFormSchema = UpdateUserBodySchema.required().omit({ version: true });
type EditUserValues = z.infer<typeof EditUserFormSchema>;

const FIELDS = ['name', 'roles', 'active'] as const;

interface EditUserFormProps {
  user: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
  /** Fetches the user list again; the form is re-created with the fresh version. */
  onReload: () => void;
}

export function EditUserForm({ user, onSaved, onCancel, onReload }: EditUserFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText('editUser');
  const updateUser = useUpdateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<EditUserValues>({
    resolver: zodResolver(EditUserFormSchema),
    defaultValues: { name: user.name, roles: user.roles, active: user.active },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setStale(false);
    try {
      onSaved(await updateUser.mutateAsync({ userId: user.id, body: { ...values, version: user.version } }));
    } catch (error) {
      if (isApiError(error) && error.code === CommonErrorCode.STALE_VERSION) {
        setStale(true);
        return;
      }
      const onFields = applyApiErrorToForm(error, setError, {
        fields: FIELDS,
        codeToField: { [UserErrorCode.CANNOT_DEACTIVATE_SELF]: 'active' },
      });
      if (!onFields) setFormError(errorMessage(t, error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      {stale && (
        <StaleVersionAlert message={t('editUser.stale')} reloadLabel={t('editUser.reload')} onReload={onReload} />
      )}
      <FormErrorSummary key={submitCount} form="editUser" fields={FIELDS} errors={errors} formError={formError} />
      <Textfield
        id={fieldId('editUser', 'name')}
        label={t('editUser.name')}
        autoComplete="off"
        error={fieldError('name', errors.name)}
        {...register('name')}
      />
      <RoleCheckboxes
        form="editUser"
        legend={t('editUser.roles')}
        error={fieldError('roles', errors.roles as Parameters<typeof fieldError>[1])}
        registration={register('roles')}
      />
      <Checkbox
        id={fieldId('editUser', 'active')}
        label={t('editUser.active')}
        error={fieldError('active', errors.active)}
        {...register('active')}
      />
      <FormActions
        submitLabel={t('editUser.submit')}
        pending={updateUser.isPending}
        disabled={updateUser.isPending || stale}
        onCancel={onCancel}
      />
    </form>
  );
}
