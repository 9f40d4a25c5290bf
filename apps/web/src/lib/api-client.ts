import { BACKGROUND_REQUEST_HEADER, CommonErrorCode, CSRF_HEADER, CsrfTokenSchema } from '@ankomst/contracts';
import type { z } from 'zod';
import { apiErrorFromResponse, networkError } from './api-error';

export { ApiError, isApiError } from './api-error';

const API_PREFIX = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  /** Serialised as JSON. */
  body?: unknown;
  /** Query string parameters; undefined and empty values are left out. */
  query?: Record<string, string | number | undefined>;
  /** Parses the success body; leave out for 204 responses. */
  schema?: z.ZodType<T>;
  /**
   * A 401 from this call is an expected answer, not a session that ended
   * (the current-user probe, and the sign-in attempt itself).
   */
  unauthenticatedIsExpected?: boolean;
  /**
   * Made by the client on its own (a poll), not by the user: the server answers it without counting it as
   * activity, so an idle session still times out.
   */
  background?: boolean;
  signal?: AbortSignal;
}

type SessionEndedListener = () => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

/** Called whenever an API call answers 401: the session timed out or was ended elsewhere. */
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const response = await send(`${API_PREFIX}/auth/csrf`, { method: 'GET', credentials: 'same-origin' });
  if (!response.ok) throw await apiErrorFromResponse(response);
  return CsrfTokenSchema.parse(await response.json()).csrfToken;
}

/** The CSRF token for state-changing requests, fetched once and shared. */
export function ensureCsrfToken(): Promise<string> {
  if (!csrfToken) {
    csrfToken = fetchCsrfToken().catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  }
  return csrfToken;
}

/** Forget the token (the session changed: sign-in, sign-out); the next write fetches a fresh one. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
}

function buildUrl(path: string, query: RequestOptions<unknown>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

async function attempt(path: string, options: RequestOptions<unknown>): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) headers[CSRF_HEADER] = await ensureCsrfToken();
  if (options.background) headers[BACKGROUND_REQUEST_HEADER] = '1';
  return send(buildUrl(path, options.query), {
    method,
    headers,
    credentials: 'same-origin',
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

/**
 * The one way the web client talks to the API: JSON in and out, the session cookie, the CSRF header on
 * writes (refetched and retried once when the server rejects it), and an `ApiError` on any non-2xx.
 */
export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response = await attempt(path, options);
  if (!response.ok) {
    let error = await apiErrorFromResponse(response);
    if (error.status === 403 && error.code === CommonErrorCode.CSRF_TOKEN_INVALID) {
      resetCsrfToken();
      response = await attempt(path, options);
      if (!response.ok) error = await apiErrorFromResponse(response);
    }
    if (!response.ok) {
      if (error.status === 401 && !options.unauthenticatedIsExpected) {
        sessionEndedListeners.forEach((listener) => listener());
      }
      throw error;
    }
  }
  if (!options.schema || response.status === 204) return undefined as T;
  return options.schema.parse(await response.json());
}

export const apiClient = {
  get: <T>(path: string, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T = void>(path: string, body?: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T = void>(path: string, body?: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T = void>(path: string, body?: unknown, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T = void>(path: string, options: Omit<RequestOptions<T>, 'method' | 'body'> = {}) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
