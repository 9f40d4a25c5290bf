import type { CurrentUser } from '@ankomst/contracts';
import { createContext } from 'react';

/** Why the user is no longer signed in; the sign-in page shows a notice for it. */
export type SessionEndReason = 'signedOut' | 'sessionExpired';

export interface AuthContextValue {
  /** The signed-in user; null when nobody is signed in. */
  user: CurrentUser | null;
  /** Why the last session ended, if it ended during this visit. */
  endReason: SessionEndReason | null;
  signedIn: (user: CurrentUser) => void;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
