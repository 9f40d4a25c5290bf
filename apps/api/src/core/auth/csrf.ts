import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CommonErrorCode, CSRF_HEADER } from '@ankomst/contracts';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

/**
 * CSRF protection by signed double submit: `GET /auth/csrf` sets an httpOnly, SameSite=Strict cookie holding a
 * random value with its HMAC and returns the same token; every state-changing request must echo it in the
 * `x-csrf-token` header. Another site can neither read the token nor set the header.
 */
export const CSRF_COOKIE = 'ankomst.csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function issueCsrfToken(secret: string): string {
  const value = randomBytes(24).toString('base64url');
  return `${value}.${sign(secret, value)}`;
}

function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
}

function isValid(secret: string, token: string): boolean {
  const [value, mac] = token.split('.');
  if (!value || !mac) return false;
  const expected = Buffer.from(sign(secret, value));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function csrfMiddleware(secret: string) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method)) return next();
    const header = req.header(CSRF_HEADER);
    const cookie = readCookie(req, CSRF_COOKIE);
    if (!header || !cookie || header !== cookie || !isValid(secret, header)) {
      return next(
        new AppError(
          CommonErrorCode.CSRF_TOKEN_INVALID,
          'Missing or invalid CSRF token; fetch /api/v1/auth/csrf and send it in x-csrf-token',
          403,
        ),
      );
    }
    next();
  };
}
