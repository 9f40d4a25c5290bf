import { ResetPasswordBodySchema, type User } from '@ankomst/contracts';
import { Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions, FormErrorSummary } from '../../../components/form';
import { errorMessage } from '../../../lib/error-messages';
import { applyApiErrorToForm, fieldId, useFieldErrorText } from '../../../lib/forms';
import { useResetUserPassword } from '../api/reset-user-password';

type ResetPasswordValues = z.infer<typeof ResetPasswordBodySchema>;
const FIELDS = ['newPassword'] as const;

interface ResetPasswordFormProps {
  user: User;
  onDone: () => void;
  onCancel: () => void;
}

export function ResetPasswordForm({ user, onDone, onCancel }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText('resetPassword');
  const resetPassword = useResetUserPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount },
  } = useForm<ResetPasswordValues>({
    resolver: zodResolver(ResetPasswordBodySchema),
    defaultValues: { newPassword: '' },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async ({ newPassword }) => {
    setFormError(null);
    try {
      await resetPassword.mutateAsync({ userId: user.id, newPassword });
      onDone();
    } catch (error) {
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS })) setFormError(errorMessage(t, error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormErrorSummary key={submitCount} form="resetPassword" fields={FIELDS} errors={errors} formError={formError} />
      <Textfield
        id={fieldId('resetPassword', 'newPassword')}
        label={t('resetPassword.newPassword')}
        description={t('resetPassword.newPasswordDescription')}
        type="password"
        autoComplete="new-password"
        error={fieldError('newPassword', errors.newPassword)}
        {...register('newPassword')}
      />
      <FormActions submitLabel={t('resetPassword.submit')} pending={resetPassword.isPending} onCancel={onCancel} />
    </form>
  );
}
