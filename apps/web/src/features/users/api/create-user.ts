import { UserSchema, type CreateUserBody } from '@ankomst/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { usersQueryKeys } from './list-users';

/** `POST /users`: 201 User, or 409 USER_EMAIL_TAKEN. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => apiClient.post('/users', body, { schema: UserSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
