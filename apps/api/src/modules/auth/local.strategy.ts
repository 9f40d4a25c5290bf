import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { AuthService, type SignedInUser } from './auth.service';

/**
 * Sign-in with e-mail and password (passport-local). An OpenID Connect strategy for the municipality's identity
 * provider would sit beside this one and end in the same AuthService.establishSession; feature modules only
 * ever see the session's Actor.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(req: Request, email: string, password: string): Promise<SignedInUser> {
    return this.auth.verifyCredentials(email, password, req.ip ?? 'unknown');
  }
}
