import { ApiErrorBodySchema, CommonErrorCode, type ErrorIssue } from '@ankomst/contracts';

/** The one error type the client throws for a failed API call. `code` is the contract's stable code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ErrorIssue[];
  readonly requestId: string | null;
  /** Seconds from a `Retry-After` header (throttled logins), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    issues?: ErrorIssue[];
    requestId?: string | null;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Reads a non-2xx response into an ApiError; a body that does not match the contract becomes INTERNAL. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, an empty body): fall through to the generic error below.
  }
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const parsed = ApiErrorBodySchema.safeParse(body);
  if (parsed.success) {
    return new ApiError({ status: response.status, ...parsed.data, retryAfterSeconds });
  }
  return new ApiError({
    status: response.status,
    code: fallbackCode(response.status),
    message: `HTTP ${response.status}`,
    retryAfterSeconds,
  });
}

function fallbackCode(status: number): string {
  switch (status) {
    case 401:
      return CommonErrorCode.UNAUTHENTICATED;
    case 403:
      return CommonErrorCode.FORBIDDEN;
    case 404:
      return CommonErrorCode.NOT_FOUND;
    case 409:
      return CommonErrorCode.CONFLICT;
    case 429:
      return CommonErrorCode.TOO_MANY_REQUESTS;
    default:
      return CommonErrorCode.INTERNAL;
  }
}

/** A network failure (server down, offline) reported in the same shape as API errors. */
export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network request failed' });
}
