import { CreateUserBodySchema, UserErrorCode, type CreateUserBody, type User } from '@ankomst/contracts';
import { Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormActions, FormErrorSummary } from '../../../components/form';
import { errorMessage } from '../../../lib/error-messages';
import { applyApiErrorToForm, fieldId, useFieldErrorText } from '../../../lib/forms';
import { useCreateUser } from '../api/create-user';
import { RoleCheckboxes } from './role-checkboxes';

const FIELDS = ['name', 'email', 'roles', 'password'] as const;

interface CreateUserFormProps {
  onCreated: (user: User) => void;
  onCancel: () => void;
}

export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText('createUser');
  const createUser = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<CreateUserBody>({
    resolver: zodResolver(CreateUserBodySchema),
    defaultValues: { name: '', email: '', roles: [], password: '' },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      onCreated(await createUser.mutateAsync(body));
    } catch (error) {
      const onFields = applyApiErrorToForm(error, setError, {
        fields: FIELDS,
        codeToField: { [UserErrorCode.EMAIL_TAKEN]: 'email' },
      });
      if (!onFields) setFormError(errorMessage(t, error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormErrorSummary key={submitCount} form="createUser" fields={FIELDS} errors={errors} formError={formError} />
      <Textfield
        id={fieldId('createUser', 'name')}
        label={t('createUser.name')}
        autoComplete="off"
        error={fieldError('name', errors.name)}
        {...register('name')}
      />
      <Textfield
        id={fieldId('createUser', 'email')}
        label={t('createUser.email')}
        type="email"
        autoComplete="off"
        error={fieldError('email', errors.email)}
        {...register('email')}
      />
      <RoleCheckboxes
        form="createUser"
        legend={t('createUser.roles')}
        description={t('createUser.rolesDescription')}
        error={fieldError('roles', errors.roles as Parameters<typeof fieldError>[1])}
        registration={register('roles')}
      />
      <Textfield
        id={fieldId('createUser', 'password')}
        label={t('createUser.password')}
        description={t('createUser.passwordDescription')}
        type="password"
        autoComplete="new-password"
        error={fieldError('password', errors.password)}
        {...register('password')}
      />
      <FormActions submitLabel={t('createUser.submit')} pending={createUser.isPending} onCancel={onCancel} />
    </form>
  );
}
