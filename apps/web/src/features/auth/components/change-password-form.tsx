import { AuthErrorCode, ChangePasswordBodySchema, type ChangePasswordBody } from '@ankomst/contracts';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form';
import { errorMessage } from '../../../lib/error-messages';
import { applyApiErrorToForm, fieldId, useFieldErrorText } from '../../../lib/forms';
import { useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText('changePassword');
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, submitCount },
  } = useForm<ChangePasswordBody>({
    resolver: zodResolver(ChangePasswordBodySchema),
    defaultValues: { currentPassword: '', newPassword: '' },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    setChanged(false);
    try {
      await changePassword.mutateAsync(body);
      reset();
      setChanged(true);
    } catch (error) {
      const onFields = applyApiErrorToForm(error, setError, {
        fields: FIELDS,
        codeToField: { [AuthErrorCode.WRONG_CURRENT_PASSWORD]: 'currentPassword' },
      });
      if (!onFields) setFormError(errorMessage(t, error));
    }
  });

  return (
    <section aria-labelledby="change-password-heading" className="stack">
      <Heading level={2} data-size="md" id="change-password-heading">
        {t('account.changePassword.heading')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormErrorSummary
          key={submitCount}
          form="changePassword"
          fields={FIELDS}
          errors={errors}
          formError={formError}
        />
        {changed && (
          <Alert data-color="success" role="status">
            <Paragraph>{t('account.changePassword.success')}</Paragraph>
          </Alert>
        )}
        <Textfield
          id={fieldId('changePassword', 'currentPassword')}
          label={t('account.changePassword.currentPassword')}
          type="password"
          autoComplete="current-password"
          error={fieldError('currentPassword', errors.currentPassword)}
          {...register('currentPassword')}
        />
        <Textfield
          id={fieldId('changePassword', 'newPassword')}
          label={t('account.changePassword.newPassword')}
          description={t('account.changePassword.newPasswordDescription')}
          type="password"
          autoComplete="new-password"
          error={fieldError('newPassword', errors.newPassword)}
          {...register('newPassword')}
        />
        <div>
          <Button type="submit" loading={changePassword.isPending} disabled={changePassword.isPending}>
            {t('account.changePassword.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
