import type { ChangePasswordBody } from '@ankomst/contracts';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** `POST /auth/password`: 204, or 400 AUTH_WRONG_CURRENT_PASSWORD. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => apiClient.post('/auth/password', body),
  });
}
