import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { LoginBodySchema } from '@ankomst/contracts';
import type { Request } from 'express';
import { fromZodError } from '../../core/errors/zod-issues';

/** Validates the sign-in body before passport sees it, so a missing field is a 400 that names it. */
@Injectable()
export class LoginBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const parsed = LoginBodySchema.safeParse(req.body ?? {});
    if (!parsed.success) throw fromZodError(parsed.error);
    return true;
  }
}
