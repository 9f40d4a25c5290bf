import { z } from 'zod';

/** Roles a user can hold. A user has one or more, all within one municipality. */
export const RoleSchema = z.enum(['CONSULTANT', 'NAV_ADVISER', 'TEACHER', 'MANAGER', 'ADMIN']);
export type Role = z.infer<typeof RoleSchema>;
export const ROLES = RoleSchema.options;

/**
 * What each role may do at the route level: the permission matrix shared by API guards and the web
 * client's navigation. Record-level need-to-know (own caseload, group membership, enrolment) is enforced
 * separately by the API's repositories.
 */
export const PERMISSIONS = {
  'users.manage': ['ADMIN'],
  'audit.read': ['ADMIN', 'MANAGER'],
  'participants.read': ['CONSULTANT', 'NAV_ADVISER', 'TEACHER', 'MANAGER'],
  'participants.write': ['CONSULTANT'],
  'persons.search': ['CONSULTANT'],
  'households.write': ['CONSULTANT'],
  'programmes.write': ['CONSULTANT'],
  /** Move a programme to another consultant (caseload rebalancing, a consultant leaving): the only programme change a manager makes. */
  'programmes.reassign': ['CONSULTANT', 'MANAGER'],
  'deadlines.read': ['CONSULTANT', 'MANAGER'],
  'regimes.evaluate': ['CONSULTANT', 'NAV_ADVISER', 'TEACHER', 'MANAGER', 'ADMIN'],
  'meetings.read': ['CONSULTANT', 'NAV_ADVISER', 'TEACHER'],
  'meetings.write': ['CONSULTANT', 'NAV_ADVISER', 'TEACHER'],
  'tasks.read': ['CONSULTANT', 'NAV_ADVISER', 'TEACHER', 'MANAGER'],
  'tasks.write': ['CONSULTANT', 'NAV_ADVISER', 'TEACHER'],
  'groups.write': ['CONSULTANT'],
  'handovers.write': ['CONSULTANT'],
  'handovers.review': ['NAV_ADVISER'],
  'handovers.read': ['CONSULTANT', 'NAV_ADVISER', 'MANAGER'],
  'handovers.participate': ['CONSULTANT', 'NAV_ADVISER'],
  'navOffices.manage': ['ADMIN'],
  'education.write': ['TEACHER'],
  'education.read': ['CONSULTANT', 'TEACHER', 'MANAGER'],
  'education.enrol': ['CONSULTANT', 'TEACHER'],
  'attendance.write': ['TEACHER', 'CONSULTANT'],
  'attendance.review': ['CONSULTANT'],
  'benefits.read': ['CONSULTANT'],
  'benefits.write': ['CONSULTANT'],
  'payments.prepare': ['CONSULTANT'],
  'payments.approve': ['CONSULTANT', 'MANAGER'],
  'nir.read': ['CONSULTANT', 'MANAGER'],
  'nir.write': ['CONSULTANT'],
  'outcomes.read': ['MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}
