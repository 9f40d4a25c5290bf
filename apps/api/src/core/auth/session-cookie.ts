import type { Env } from '../config/env';

export const SESSION_COOKIE = 'ankomst.sid';

/** Cookies are `secure` when configured so, or when the app runs behind a TLS-terminating proxy. */
export function cookieSecure(env: Env): boolean {
  return env.COOKIE_SECURE ?? env.TRUST_PROXY;
}
