import { CommonErrorCode } from '@ankomst/contracts';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from './api-error';

/** Names the validation texts of one form in the locale files: `validation.<form>.<field>.<code>`. */
export type FormName = 'signIn' | 'changePassword' | 'createUser' | 'editUser' | 'resetPassword' | 'userSearch';

/**
 * Translates a field error. The error's `type` is the zod issue code (client-side) or the API issue code
 * (server-side); the contract's own Norwegian message is never shown, so English works too.
 */
export function fieldErrorText(t: TFunction, form: FormName, field: string, error: FieldError | undefined) {
  if (!error) return undefined;
  const code = String(error.type);
  return t([
    `validation.${form}.${field}.${code}`,
    `errors.${code}`,
    `validation.generic.${code}`,
    'validation.generic.custom',
  ]);
}

/** `fieldError('email')` → the translated message for that field, or undefined. */
export function useFieldErrorText(form: FormName) {
  const { t } = useTranslation();
  return useCallback(
    (field: string, error: FieldError | undefined) => fieldErrorText(t, form, field, error),
    [t, form],
  );
}

/** The DOM id of a form field, used by the error summary links and the field itself. */
export function fieldId(form: FormName, field: string): string {
  return `${form}-${field}`;
}

interface ApplyApiErrorOptions<T extends FieldValues> {
  /** The form's field names; API issues on other paths are not mapped. */
  fields: readonly Path<T>[];
  /** Error codes that belong to one field, e.g. `{ USER_EMAIL_TAKEN: 'email' }`. */
  codeToField?: Partial<Record<string, Path<T>>>;
}

/**
 * Puts an API error on the form's fields: validation issues by path, domain codes by the given map.
 * Returns true when the error was shown on fields, false when the caller should show it for the form.
 */
export function applyApiErrorToForm<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  { fields, codeToField = {} }: ApplyApiErrorOptions<T>,
): boolean {
  if (!isApiError(error)) return false;
  const field = codeToField[error.code];
  if (field) {
    setError(field, { type: error.code, message: error.code });
    return true;
  }
  if (error.code !== CommonErrorCode.VALIDATION_FAILED || error.issues.length === 0) return false;
  let mappedAll = true;
  for (const issue of error.issues) {
    const name = issue.path.split('.')[0] as Path<T> | undefined;
    if (name && fields.includes(name)) {
      setError(name, { type: issue.code, message: issue.message });
    } else {
      mappedAll = false;
    }
  }
  return mappedAll;
}
