import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, type Permission } from '@ankomst/contracts';
import type { Request } from 'express';
import { ForbiddenError } from '../errors/app-error';
import { actorFrom, PUBLIC_ROUTE, REQUIRED_PERMISSION } from './access.decorators';

/**
 * The one global guard: every route needs a signed-in session unless marked @Public(), and the role permission
 * named by @RequirePermission() (any one of them when it names several). Record-level need-to-know is the repositories' job (they answer 404).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const actor = actorFrom(context.switchToHttp().getRequest<Request>());
    const permissions = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSION, targets);
    if (permissions && !permissions.some((p) => can(actor.roles, p))) throw new ForbiddenError();
    return true;
  }
}
