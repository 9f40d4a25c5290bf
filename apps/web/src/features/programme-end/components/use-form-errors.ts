import { useState } from 'react';
import type { FieldError, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { fieldDomId, useFeatureErrorMessage, useFeatureFieldError, type SummaryItem } from '../../../components/form';
import { applyApiErrorToForm } from '../../../lib/forms';

/** One form's field errors, error summary items, and API errors put on its fields (or shown for the whole form). */
export function useFormErrors<T extends FieldValues>(
  form: string,
  methods: UseFormReturn<T, unknown, FieldValues> | UseFormReturn<T, unknown, never>,
  fields: readonly Path<T>[],
) {
  const fieldError = useFeatureFieldError('programmeEnd', { featureErrorCodes: true });
  const formText = useFeatureErrorMessage('programmeEnd');
  const [formError, setFormError] = useState<string | null>(null);
  const errors = methods.formState.errors as Record<string, FieldError | undefined>;
  const error = (field: string) => fieldError(field, errors[field]);
  const summary: SummaryItem[] = fields.flatMap((f) => {
    const text = error(f);
    return text ? [{ id: fieldDomId(form, f), text }] : [];
  });
  const fail = (e: unknown) => {
    const onFields = applyApiErrorToForm<T>(e, methods.setError, { fields });
    setFormError(onFields ? null : formText(e));
  };
  return { error, summary, formError, fail, clear: () => setFormError(null), id: (f: string) => fieldDomId(form, f) };
}

/** `''` from an empty select or date field is "no value". */
export const emptyToNull = (value: unknown) => (value === '' ? null : value);
