import {
  GroupCandidateListSchema,
  GroupMemberSchema,
  ResponsibilityGroupSchema,
  type AddGroupMemberBody,
} from '@ankomst/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const groupQueryKeys = {
  group: (personId: string) => ['group', personId] as const,
  candidates: (personId: string, role: string) => ['group', personId, 'candidates', role] as const,
};

const groupPath = (personId: string) => `/persons/${encodeURIComponent(personId)}/group`;

/** `GET /persons/:personId/group`: the responsibility group's members. */
export function groupQueryOptions(personId: string) {
  return queryOptions({
    queryKey: groupQueryKeys.group(personId),
    queryFn: ({ signal }) => apiClient.get(groupPath(personId), { schema: ResponsibilityGroupSchema, signal }),
  });
}

/** `GET /persons/:personId/group/candidates?role=`: users who can join with a role (consultants only). */
export function groupCandidatesQueryOptions(personId: string, role: 'CONSULTANT' | 'NAV_ADVISER' | 'TEACHER') {
  return queryOptions({
    queryKey: groupQueryKeys.candidates(personId, role),
    queryFn: ({ signal }) =>
      apiClient.get(`${groupPath(personId)}/candidates`, { schema: GroupCandidateListSchema, query: { role }, signal }),
  });
}

export function useAddGroupMember(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddGroupMemberBody) =>
      apiClient.post(`${groupPath(personId)}/members`, body, { schema: GroupMemberSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupQueryKeys.group(personId) }),
  });
}

export function useRemoveGroupMember(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) =>
      apiClient.delete(`${groupPath(personId)}/members/${encodeURIComponent(memberId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupQueryKeys.group(personId) }),
  });
}
