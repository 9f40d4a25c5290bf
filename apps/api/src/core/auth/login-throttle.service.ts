import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuthErrorCode } from '@ankomst/contracts';
import { ENV } from '../config/config.module';
import type { Env } from '../config/env';
import { PrismaService } from '../database/prisma.service';
import { AppError } from '../errors/app-error';

/**
 * Slows down password guessing: after N failed sign-ins for one account, or M from one client address, within
 * the window, further attempts are refused (429 with Retry-After) until the oldest failure leaves the window.
 * Counted in PostgreSQL so every instance shares the count. Stores keyed hashes, never e-mails or addresses.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  keysFor(email: string, clientAddress: string): { accountKey: string; clientKey: string } {
    const h = (kind: string, v: string) =>
      createHmac('sha256', this.env.SESSION_SECRET).update(`${kind}:${v}`).digest('hex');
    return { accountKey: h('account', email.trim().toLowerCase()), clientKey: h('client', clientAddress) };
  }

  async assertAllowed(accountKey: string, clientKey: string, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - this.env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000);
    const [byAccount, byClient] = await Promise.all([
      this.failures({ accountKey }, since),
      this.failures({ clientKey }, since),
    ]);
    const blocking = [
      byAccount.count >= this.env.LOGIN_MAX_FAILURES_PER_ACCOUNT ? byAccount : null,
      byClient.count >= this.env.LOGIN_MAX_FAILURES_PER_CLIENT ? byClient : null,
    ].filter((x): x is { count: number; oldest: Date } => x !== null);
    if (blocking.length === 0) return;
    const freeAt = Math.max(
      ...blocking.map((b) => b.oldest.getTime() + this.env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000),
    );
    const retryAfter = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
    throw new AppError(
      AuthErrorCode.LOGIN_THROTTLED,
      `Too many failed sign-in attempts; try again in ${retryAfter} seconds`,
      429,
      undefined,
      { 'Retry-After': String(retryAfter) },
    );
  }

  async recordFailure(accountKey: string, clientKey: string, municipalityId: string | null): Promise<void> {
    await this.prisma.loginAttempt.create({ data: { accountKey, clientKey, municipalityId } });
  }

  async clearAccount(accountKey: string): Promise<void> {
    await this.prisma.loginAttempt.deleteMany({ where: { accountKey } });
  }

  private async failures(where: { accountKey: string } | { clientKey: string }, since: Date) {
    const result = await this.prisma.loginAttempt.aggregate({
      where: { ...where, attemptedAt: { gt: since } },
      _count: { _all: true },
      _min: { attemptedAt: true },
    });
    return { count: result._count._all, oldest: result._min.attemptedAt ?? since };
  }
}
