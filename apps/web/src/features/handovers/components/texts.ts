import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { isApiError } from '../../../lib/api-error';

/** A field's error text: `handovers.validation.<field>.<code>`, then the shared texts per code. */
export function handoverFieldError(t: TFunction, field: string, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const code = String(error.type);
  return t([
    `handovers.validation.${field}.${code}`,
    `handovers.validation.${field}.any`,
    `errors.${code}`,
    `validation.generic.${code}`,
    'validation.generic.custom',
  ]);
}

/** A failed request's text by error code: this feature's codes first, then the shared ones. */
export function handoverErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  return t([`handovers.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown']);
}

export const formatDate = (iso: string | null, language: string) =>
  iso
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium' }).format(
        new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
      )
    : '';
export const formatDateTime = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
