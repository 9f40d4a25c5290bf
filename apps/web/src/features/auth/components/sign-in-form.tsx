import { LoginBodySchema, type LoginBody } from '@ankomst/contracts';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/form';
import { errorMessage } from '../../../lib/error-messages';
import { applyApiErrorToForm, fieldId, useFieldErrorText } from '../../../lib/forms';
import { useSignIn } from '../api/sign-in';

const FIELDS = ['email', 'password'] as const;

/**
 * E-mail and password. Wrong e-mail and wrong password give the same message (the API does not tell them
 * apart either), so the form never reveals whether an account exists.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const fieldError = useFieldErrorText('signIn');
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    resetField,
    formState: { errors, submitCount },
  } = useForm<LoginBody>({
    resolver: zodResolver(LoginBodySchema),
    defaultValues: { email: '', password: '' },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (body) => {
    setFormError(null);
    try {
      await signIn.mutateAsync(body);
    } catch (error) {
      resetField('password');
      if (!applyApiErrorToForm(error, setError, { fields: FIELDS })) setFormError(errorMessage(t, error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormErrorSummary key={submitCount} form="signIn" fields={FIELDS} errors={errors} formError={formError} />
      <Textfield
        id={fieldId('signIn', 'email')}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        error={fieldError('email', errors.email)}
        {...register('email')}
      />
      <Textfield
        id={fieldId('signIn', 'password')}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        error={fieldError('password', errors.password)}
        {...register('password')}
      />
      <div>
        <Button type="submit" loading={signIn.isPending} disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
      </div>
    </form>
  );
}
