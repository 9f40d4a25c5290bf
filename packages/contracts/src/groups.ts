import { z } from 'zod';

/** The responsibility group (ansvarsgruppe) around one participant: Ankomst users and external people. */
export const GroupMemberRoleSchema = z.enum([
  'CONSULTANT',
  'NAV_ADVISER',
  'TEACHER',
  'HEALTH',
  'SCHOOL',
  'KINDERGARTEN',
  'OTHER',
]);
export type GroupMemberRole = z.infer<typeof GroupMemberRoleSchema>;

/** Roles held by Ankomst users; the others are external people named by organisation. */
export const USER_MEMBER_ROLES = ['CONSULTANT', 'NAV_ADVISER', 'TEACHER'] as const satisfies readonly GroupMemberRole[];
export const EXTERNAL_MEMBER_ROLES = [
  'HEALTH',
  'SCHOOL',
  'KINDERGARTEN',
  'OTHER',
] as const satisfies readonly GroupMemberRole[];

export const GroupMemberSchema = z.object({
  id: z.uuid(),
  /** Set for an Ankomst user; null for an external member. */
  userId: z.uuid().nullable(),
  name: z.string(),
  /** The external member's organisation (null for users). */
  organisation: z.string().nullable(),
  role: GroupMemberRoleSchema,
  addedAt: z.string(),
});
export type GroupMember = z.infer<typeof GroupMemberSchema>;

export const ResponsibilityGroupSchema = z.object({
  personId: z.uuid(),
  /** Null until the first member is added or the first meeting is scheduled. */
  groupId: z.uuid().nullable(),
  members: z.array(GroupMemberSchema),
});
export type ResponsibilityGroup = z.infer<typeof ResponsibilityGroupSchema>;

/**
 * Add a member: a user (`userId`, with role CONSULTANT, NAV_ADVISER or TEACHER, which the user must hold), or an
 * external person (`externalName` and `externalOrganisation`, role HEALTH, SCHOOL, KINDERGARTEN or OTHER).
 */
export const AddGroupMemberBodySchema = z
  .object({
    role: GroupMemberRoleSchema,
    userId: z.uuid({ error: 'Velg en bruker' }).optional(),
    externalName: z.string().trim().max(200).optional(),
    externalOrganisation: z.string().trim().max(200).optional(),
  })
  .superRefine((body, ctx) => {
    const isUserRole = (USER_MEMBER_ROLES as readonly string[]).includes(body.role);
    if (isUserRole) {
      if (!body.userId) ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Velg en bruker' });
      if (body.externalName)
        ctx.addIssue({ code: 'custom', path: ['externalName'], message: 'Brukere legges til uten eksternt navn' });
    } else {
      if (body.userId)
        ctx.addIssue({ code: 'custom', path: ['userId'], message: 'Eksterne medlemmer er ikke brukere' });
      if (!body.externalName) ctx.addIssue({ code: 'custom', path: ['externalName'], message: 'Skriv navnet' });
      if (!body.externalOrganisation)
        ctx.addIssue({ code: 'custom', path: ['externalOrganisation'], message: 'Skriv organisasjonen' });
    }
  });
export type AddGroupMemberBody = z.infer<typeof AddGroupMemberBodySchema>;

/** Users of the municipality who can be added with a role (active users holding that role). */
export const GroupCandidatesQuerySchema = z.object({ role: z.enum(USER_MEMBER_ROLES) });
export const GroupCandidateSchema = z.object({ id: z.uuid(), name: z.string() });
export const GroupCandidateListSchema = z.object({ items: z.array(GroupCandidateSchema) });
export type GroupCandidate = z.infer<typeof GroupCandidateSchema>;

export const GroupErrorCode = {
  NOT_FOUND: 'GROUP_NOT_FOUND',
  MEMBER_NOT_FOUND: 'GROUP_MEMBER_NOT_FOUND',
  ALREADY_MEMBER: 'GROUP_ALREADY_MEMBER',
} as const;
