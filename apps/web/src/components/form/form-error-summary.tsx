import type { FieldErrors, FieldValues } from 'react-hook-form';
import { fieldId, useFieldErrorText, type FormName } from '../../lib/forms';
import { FormErrorList } from './error-list';

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
  const fieldErrorText = useFieldErrorText(form);
  const fieldErrors = fields.flatMap((field) => {
    const error = errors[field];
    if (!error || Array.isArray(error)) return [];
    const text = fieldErrorText(field, error as Parameters<typeof fieldErrorText>[1]);
    return text ? [{ id: fieldId(form, field), text }] : [];
  });
  return <FormErrorList items={fieldErrors} formError={formError} />;
}
