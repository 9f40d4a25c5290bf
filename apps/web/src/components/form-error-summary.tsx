import { ErrorSummary } from '@digdir/designsystemet-react';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId, useFieldErrorText, type FormName } from '../lib/forms';

interface FormErrorSummaryProps<T extends FieldValues> {
  form: FormName;
  /** Field names in the order they appear in the form. */
  fields: readonly (keyof T & string)[];
  errors: FieldErrors<T>;
  /** An error that belongs to the whole form (wrong credentials, a conflict). */
  formError?: string | null;
}

/**
 * Lists a form's errors with links to the fields. Render it with `key={submitCount}` so each failed submit
 * mounts it afresh: the Designsystemet element moves focus to itself when it is connected.
 */
export function FormErrorSummary<T extends FieldValues>({ form, fields, errors, formError }: FormErrorSummaryProps<T>) {
  const { t } = useTranslation();
  const fieldErrorText = useFieldErrorText(form);
  const fieldErrors = fields.flatMap((field) => {
    const error = errors[field];
    if (!error || Array.isArray(error)) return [];
    const text = fieldErrorText(field, error as Parameters<typeof fieldErrorText>[1]);
    return text ? [{ field, text }] : [];
  });
  if (fieldErrors.length === 0 && !formError) return null;

  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading level={2}>{t('forms.errorSummaryHeading')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {formError && <ErrorSummary.Item>{formError}</ErrorSummary.Item>}
        {fieldErrors.map(({ field, text }) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link href={`#${fieldId(form, field)}`}>{text}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
