import { AuthErrorCode } from '@ankomst/contracts';
import type { TFunction } from 'i18next';
import { isApiError } from './api-error';

/** The user-facing text for any thrown error: by API error code, never the server's English message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  if (error.code === AuthErrorCode.LOGIN_THROTTLED) {
    return error.retryAfterSeconds === null
      ? t('errors.AUTH_LOGIN_THROTTLED_unknown')
      : t('errors.AUTH_LOGIN_THROTTLED', { count: error.retryAfterSeconds });
  }
  return t([`errors.${error.code}`, 'errors.unknown']);
}
