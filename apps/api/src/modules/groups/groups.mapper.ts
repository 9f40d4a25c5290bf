import type { GroupMember, GroupMemberRole, ResponsibilityGroup } from '@ankomst/contracts';

export interface MemberRow {
  id: string;
  userId: string | null;
  externalName: string | null;
  externalOrganisation: string | null;
  role: GroupMemberRole;
  addedAt: Date;
  user: { id: string; name: string } | null;
}

export function toGroupMember(row: MemberRow): GroupMember {
  return {
    id: row.id,
    userId: row.userId,
    name: row.user?.name ?? row.externalName ?? '',
    organisation: row.userId ? null : row.externalOrganisation,
    role: row.role,
    addedAt: row.addedAt.toISOString(),
  };
}

export function toGroup(personId: string, group: { id: string; members: MemberRow[] } | null): ResponsibilityGroup {
  return { personId, groupId: group?.id ?? null, members: group?.members.map(toGroupMember) ?? [] };
}
