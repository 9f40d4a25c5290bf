import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** `POST /users/:userId/password`: an admin sets a new password for a user. */
export function useResetUserPassword() {
  return useMutation({
    mutationFn: ({ userId, newPassword }: { userId: string; newPassword: string }) =>
      apiClient.post(`/users/${encodeURIComponent(userId)}/password`, { newPassword }),
  });
}
