import { z } from 'zod';

/**
 * Every error the API returns has this body. `code` is stable and machine-readable; `message` is English for
 * logs and developers (the web client shows its own Norwegian text per code); `issues` lists field problems.
 */
export const ErrorIssueSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

export const ApiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(ErrorIssueSchema).optional(),
  requestId: z.string(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** Error codes shared by every module. Feature modules add their own, prefixed by their domain. */
export const CommonErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  STALE_VERSION: 'STALE_VERSION',
  DUPLICATE: 'DUPLICATE',
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL',
} as const;

export const AuthErrorCode = {
  INVALID_CREDENTIALS: 'AUTH_INVALID_CREDENTIALS',
  LOGIN_THROTTLED: 'AUTH_LOGIN_THROTTLED',
  WRONG_CURRENT_PASSWORD: 'AUTH_WRONG_CURRENT_PASSWORD',
  SESSION_EXPIRED: 'AUTH_SESSION_EXPIRED',
} as const;

export const UserErrorCode = {
  NOT_FOUND: 'USER_NOT_FOUND',
  EMAIL_TAKEN: 'USER_EMAIL_TAKEN',
  CANNOT_DEACTIVATE_SELF: 'USER_CANNOT_DEACTIVATE_SELF',
} as const;
