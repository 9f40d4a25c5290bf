import { Store, type SessionData } from 'express-session';
import type { PrismaService } from '../database/prisma.service';

/**
 * express-session store in PostgreSQL (table user_session), so every API instance behind a load balancer sees
 * the same sessions. Only signed-in sessions are stored (each row carries its user and municipality). Idle
 * expiry moves forward on activity but never past the absolute expiry set at sign-in.
 */
export class PrismaSessionStore extends Store {
  /** Skip the write when the idle expiry would move less than this (saves a write per request). */
  private static readonly TOUCH_GRANULARITY_MS = 60_000;
  /** When this process last moved each session's idle expiry: no database round trip within the granularity. */
  private readonly lastTouched = new Map<string, number>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly idleMs: number,
  ) {
    super();
  }

  get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    this.prisma.userSession
      .findUnique({ where: { sid } })
      .then(async (row) => {
        if (!row) return callback(null, null);
        if (row.expiresAt.getTime() <= Date.now()) {
          await this.prisma.userSession.deleteMany({ where: { sid } });
          return callback(null, null);
        }
        callback(null, row.data as unknown as SessionData);
      })
      .catch((err: unknown) => callback(err));
  }

  set(sid: string, session: SessionData, callback?: (err?: unknown) => void): void {
    const auth = session.auth;
    if (!auth) {
      // An anonymous session is never stored; make sure no stale row survives a sign-out race.
      this.destroy(sid, callback);
      return;
    }
    const absolute = new Date(auth.absoluteExpiresAt);
    const expiresAt = this.idleExpiry(absolute);
    const data = JSON.parse(JSON.stringify(session)) as object;
    this.prisma.userSession
      .upsert({
        where: { sid },
        create: {
          sid,
          userId: auth.userId,
          municipalityId: auth.municipalityId,
          data,
          expiresAt,
          absoluteExpiresAt: absolute,
        },
        update: { data, expiresAt },
      })
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  override touch(sid: string, session: SessionData, callback?: (err?: unknown) => void): void {
    const auth = session.auth;
    if (!auth) return callback?.();
    const now = Date.now();
    const last = this.lastTouched.get(sid);
    if (last !== undefined && now - last < PrismaSessionStore.TOUCH_GRANULARITY_MS) return callback?.();
    if (this.lastTouched.size > 50_000) this.lastTouched.clear(); // bounded: forgetting only costs one extra write
    this.lastTouched.set(sid, now);
    const expiresAt = this.idleExpiry(new Date(auth.absoluteExpiresAt));
    this.prisma.userSession
      .updateMany({
        where: { sid, expiresAt: { lt: new Date(expiresAt.getTime() - PrismaSessionStore.TOUCH_GRANULARITY_MS) } },
        data: { expiresAt },
      })
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.lastTouched.delete(sid);
    this.prisma.userSession
      .deleteMany({ where: { sid } })
      .then(() => callback?.())
      .catch((err: unknown) => callback?.(err));
  }

  /**
   * The same sessions for requests that are not user activity (a background poll): read, saved and ended as usual,
   * but never touched, so the idle expiry stays where the user's last real request put it.
   */
  withoutActivity(): Store {
    return new UntouchedSessionStore(this);
  }

  /** Removes expired rows; run now and then (cheap, indexed on expires_at). */
  async prune(): Promise<number> {
    const { count } = await this.prisma.userSession.deleteMany({ where: { expiresAt: { lte: new Date() } } });
    return count;
  }

  private idleExpiry(absolute: Date): Date {
    return new Date(Math.min(Date.now() + this.idleMs, absolute.getTime()));
  }
}

/** A view of the session store that never touches (see `PrismaSessionStore.withoutActivity`). */
class UntouchedSessionStore extends Store {
  constructor(private readonly sessions: PrismaSessionStore) {
    super();
  }

  get(sid: string, callback: (err: unknown, session?: SessionData | null) => void): void {
    this.sessions.get(sid, callback);
  }

  set(sid: string, session: SessionData, callback?: (err?: unknown) => void): void {
    this.sessions.set(sid, session, callback);
  }

  destroy(sid: string, callback?: (err?: unknown) => void): void {
    this.sessions.destroy(sid, callback);
  }

  override touch(_sid: string, _session: SessionData, callback?: (err?: unknown) => void): void {
    callback?.();
  }
}
