import type { Role } from '@ankomst/contracts';

/** What a signed-in session holds. Enough to authorise a request without a database round trip. */
export interface SessionAuth {
  userId: string;
  municipalityId: string;
  roles: Role[];
  name: string;
  /** Epoch ms after which the session ends however active it is. */
  absoluteExpiresAt: number;
}

declare module 'express-session' {
  interface SessionData {
    auth?: SessionAuth;
  }
}
