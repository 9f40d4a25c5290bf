import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';

/** A failed request's text: this feature's own text for its codes, else the shared one. */
export function attendanceErrorText(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  return t([`attendance.errors.${error.code}`, `errors.${error.code}`, 'errors.unknown']);
}
