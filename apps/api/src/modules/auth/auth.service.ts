import { Inject, Injectable } from '@nestjs/common';
import { AuthErrorCode, type CurrentUser, type Role } from '@ankomst/contracts';
import type { Request } from 'express';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { LoginThrottleService } from '../../core/auth/login-throttle.service';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/passwords';
import { ENV } from '../../core/config/config.module';
import type { Env } from '../../core/config/env';
import { PrismaService } from '../../core/database/prisma.service';
import { AppError, NotFoundError, UnauthenticatedError } from '../../core/errors/app-error';
import { toCurrentUser } from '../users/users.mapper';
import { UsersRepository } from '../users/users.repository';

export interface SignedInUser {
  id: string;
  municipalityId: string;
  roles: Role[];
  name: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * Checks e-mail and password. Unknown user, inactive user and wrong password give the same answer and take
   * the same time, so the response never tells whether an account exists.
   */
  async verifyCredentials(email: string, password: string, clientAddress: string): Promise<SignedInUser> {
    const { accountKey, clientKey } = this.throttle.keysFor(email, clientAddress);
    await this.throttle.assertAllowed(accountKey, clientKey);
    const user = await this.users.findForSignIn(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !user.active || !user.passwordHash || !ok) {
      await this.throttle.recordFailure(accountKey, clientKey, user?.municipalityId ?? null);
      throw new UnauthenticatedError(AuthErrorCode.INVALID_CREDENTIALS, 'The e-mail address or password is wrong');
    }
    await this.throttle.clearAccount(accountKey);
    return { id: user.id, municipalityId: user.municipalityId, roles: user.roles, name: user.name };
  }

  /** Starts a fresh session (a new id: no session fixation) for a user any sign-in method has verified. */
  async establishSession(req: Request, user: SignedInUser): Promise<CurrentUser> {
    await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
    req.session.auth = {
      userId: user.id,
      municipalityId: user.municipalityId,
      roles: user.roles,
      name: user.name,
      absoluteExpiresAt: Date.now() + this.env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    };
    await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
    const actor = { userId: user.id, municipalityId: user.municipalityId };
    await this.audit.record(actor, { action: 'LOGIN', operation: 'auth.login', entityType: 'user', entityId: user.id });
    return this.me({ ...actor, roles: user.roles, name: user.name });
  }

  async endSession(req: Request, actor: Actor): Promise<void> {
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    await this.audit.record(actor, {
      action: 'LOGOUT',
      operation: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
    });
  }

  async me(actor: Actor): Promise<CurrentUser> {
    const row = await this.users.findWithMunicipality(actor.municipalityId, actor.userId);
    if (!row || !row.active) throw new UnauthenticatedError();
    return toCurrentUser(row);
  }

  /** Changes the signed-in user's password; their other sessions end, this one continues. */
  async changePassword(actor: Actor, sessionId: string, currentPassword: string, newPassword: string): Promise<void> {
    const row = await this.users.find(actor.municipalityId, actor.userId);
    if (!row) throw new NotFoundError();
    if (!row.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
      throw new AppError(AuthErrorCode.WRONG_CURRENT_PASSWORD, 'The current password is wrong', 400, [
        { path: 'currentPassword', code: 'invalid', message: 'The current password is wrong' },
      ]);
    }
    const passwordHash = await hashPassword(newPassword);
    await this.prisma.$transaction(async (tx) => {
      await this.users.setPassword(tx, actor.municipalityId, actor.userId, passwordHash);
      await this.users.endSessions(tx, actor.municipalityId, actor.userId, sessionId);
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'auth.changePassword',
          entityType: 'user',
          entityId: actor.userId,
          fields: ['password'],
        },
        tx,
      );
    });
  }
}
