import type { CurrentUser } from '@ankomst/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LoadingIndicator } from '../../../components/loading-indicator';
import { apiClient, onSessionEnded, resetCsrfToken } from '../../../lib/api-client';
import { changeLanguage, storedLanguage } from '../../../lib/i18n';
import { currentUserQueryKey, currentUserQueryOptions } from '../api/current-user';
import { AuthContext, type AuthContextValue, type SessionEndReason } from '../hooks/auth-context';

/**
 * Knows who is signed in (`GET /auth/me`) and ends the session everywhere at once: on sign-out, and when
 * any API call answers 401 (idle or absolute timeout), after which the protected layout sends the user to
 * the sign-in page with a notice.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const currentUser = useQuery(currentUserQueryOptions());
  const [endReason, setEndReason] = useState<SessionEndReason | null>(null);
  // A user seen during this visit who is now gone (a refetch of /auth/me answered 401) timed out.
  const [seenUser, setSeenUser] = useState(false);
  if (currentUser.data && !seenUser) setSeenUser(true);
  const effectiveEndReason = endReason ?? (seenUser && !currentUser.data ? 'sessionExpired' : null);

  const endSession = useCallback(
    (reason: SessionEndReason) => {
      resetCsrfToken();
      setEndReason(reason);
      queryClient.setQueryData(currentUserQueryKey, null);
      // Drop every other cached answer: the next user on this device must not see the last one's data.
      // (Not `clear()`, which would detach the current-user observer from the cache.)
      void queryClient.cancelQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
    },
    [queryClient],
  );

  useEffect(() => onSessionEnded(() => endSession('sessionExpired')), [endSession]);

  const signedIn = useCallback(
    (user: CurrentUser) => {
      setEndReason(null);
      queryClient.setQueryData(currentUserQueryKey, user);
      if (!storedLanguage() && user.locale) void changeLanguage(user.locale);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await apiClient.post('/auth/logout', undefined, { unauthenticatedIsExpected: true });
    } catch {
      // The session may already be gone, or the server unreachable: sign out locally all the same.
    }
    endSession('signedOut');
  }, [endSession]);

  const value = useMemo<AuthContextValue>(
    () => ({ user: currentUser.data ?? null, endReason: effectiveEndReason, signedIn, signOut }),
    [currentUser.data, effectiveEndReason, signedIn, signOut],
  );

  if (currentUser.isPending) return <LoadingIndicator />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
