import { Controller, Get, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiTags } from '@nestjs/swagger';
import {
  ChangePasswordBodySchema,
  CsrfTokenSchema,
  CurrentUserSchema,
  LoginBodySchema,
  type ChangePasswordBody,
} from '@ankomst/contracts';
import type { Request, Response } from 'express';
import { CurrentActor, Public } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { CSRF_COOKIE, issueCsrfToken } from '../../core/auth/csrf';
import { SESSION_COOKIE, cookieSecure } from '../../core/auth/session-cookie';
import { ENV } from '../../core/config/config.module';
import type { Env } from '../../core/config/env';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody } from '../../core/http/zod-validation';
import { AuthService, type SignedInUser } from './auth.service';
import { LoginBodyGuard } from './login-body.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Get('csrf')
  @ApiContract({
    summary: 'Get a CSRF token to send in x-csrf-token on state-changing requests',
    response: CsrfTokenSchema,
  })
  csrf(@Res({ passthrough: true }) res: Response) {
    const csrfToken = issueCsrfToken(this.env.SESSION_SECRET);
    res.cookie(CSRF_COOKIE, csrfToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: cookieSecure(this.env),
      path: '/',
    });
    return { csrfToken };
  }

  @Public()
  @Post('login')
  @UseGuards(LoginBodyGuard, AuthGuard('local'))
  @ApiContract({ summary: 'Sign in with e-mail and password', body: LoginBodySchema, response: CurrentUserSchema })
  login(@Req() req: Request & { user: SignedInUser }) {
    return this.auth.establishSession(req, req.user);
  }

  @Post('logout')
  @ApiContract({ summary: 'Sign out: the session ends on the server', status: 204 })
  async logout(@CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.auth.endSession(req, actor);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiContract({ summary: 'The signed-in user', response: CurrentUserSchema })
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  @Post('password')
  @ApiContract({ summary: 'Change my password (my other sessions end)', body: ChangePasswordBodySchema, status: 204 })
  changePassword(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @ZodBody(ChangePasswordBodySchema) body: ChangePasswordBody,
  ) {
    return this.auth.changePassword(actor, req.sessionID, body.currentPassword, body.newPassword);
  }
}
