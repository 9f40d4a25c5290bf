import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@ankomst/contracts';
import type { Request } from 'express';
import { UnauthenticatedError } from '../errors/app-error';
import type { Actor } from './actor';

export const PUBLIC_ROUTE = 'ankomst:public';
export const REQUIRED_PERMISSION = 'ankomst:permission';

/** The route needs no signed-in user (sign-in, CSRF token, health). Everything else does. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The route needs this permission from the shared matrix in @ankomst/contracts, or one of several: then the
 * service decides what each may do there (e.g. PATCH /programmes/:id: programmes.write, or programmes.reassign
 * for the consultant alone).
 */
export const RequirePermission = (...permissions: [Permission, ...Permission[]]) =>
  SetMetadata(REQUIRED_PERMISSION, permissions);

export function actorFrom(req: Request): Actor {
  const auth = req.session?.auth;
  if (!auth) throw new UnauthenticatedError();
  return { ...auth, requestId: (req as Request & { requestId?: string }).requestId };
}

/** The signed-in actor, for the service call. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorFrom(ctx.switchToHttp().getRequest<Request>()),
);
