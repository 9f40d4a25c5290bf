import { CurrentUserSchema, type LoginBody } from '@ankomst/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient, resetCsrfToken } from '../../../lib/api-client';
import { useAuth } from '../hooks/use-auth';

/** `POST /auth/login`. A 401 here is wrong credentials, not an ended session. */
export function useSignIn() {
  const { signedIn } = useAuth();
  return useMutation({
    mutationFn: (body: LoginBody) =>
      apiClient.post('/auth/login', body, { schema: CurrentUserSchema, unauthenticatedIsExpected: true }),
    onSuccess: (user) => {
      resetCsrfToken(); // The session was renewed on sign-in; so is its token.
      signedIn(user);
    },
  });
}
