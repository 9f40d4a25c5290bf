import { useCallback } from 'react';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A field's error text: `meetings.validation.<field>.<code>`, then the shared texts per code. */
export function useFieldError() {
  const { t } = useTranslation();
  return useCallback(
    (field: string, error: FieldError | undefined) =>
      error
        ? t([
            `meetings.validation.${field}.${String(error.type)}`,
            `meetings.validation.${field}.any`,
            `errors.${String(error.type)}`,
            `validation.generic.${String(error.type)}`,
            'validation.generic.custom',
          ])
        : undefined,
    [t],
  );
}
