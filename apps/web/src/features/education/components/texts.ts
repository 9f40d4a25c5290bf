import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { isApiError } from '../../../lib/api-error';

export function educationFieldError(t: TFunction, field: string, error: FieldError | undefined): string | undefined {
  if (!error) return undefined;
  const code = String(error.type);
  return t([
    `education.validation.${field}.${code}`,
    `education.validation.${field}.any`,
    `errors.${code}`,
    `validation.generic.${code}`,
    'validation.generic.custom',
  ]);
}

export function educationErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  return t([`education.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown']);
}

export const formatDate = (iso: string | null, language: string) =>
  iso
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium' }).format(
        new Date(`${iso}T12:00:00Z`),
      )
    : '–';
export const formatHours = (hours: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }).format(hours);
