import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Per-request context (request id), available to the logger and the audit trail without threading it through. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

const VALID_INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accepts a sane incoming `x-request-id` (from a proxy) or makes one; echoes it in the response. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && VALID_INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  (req as Request & { requestId: string }).requestId = requestId;
  storage.run({ requestId }, next);
}
