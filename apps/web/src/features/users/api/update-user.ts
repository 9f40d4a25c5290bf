import { UserSchema, type UpdateUserBody } from '@ankomst/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { usersQueryKeys } from './list-users';

/** `PATCH /users/:userId` with the version the edit was based on: 409 STALE_VERSION when it moved on. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateUserBody }) =>
      apiClient.patch(`/users/${encodeURIComponent(userId)}`, body, { schema: UserSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
