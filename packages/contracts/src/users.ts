import { z } from 'zod';
import { NewPasswordSchema } from './auth';
import { pageOf, PageQuerySchema } from './common';
import { RoleSchema } from './roles';

export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  active: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof UserSchema>;

const RolesSchema = z.array(RoleSchema).min(1, { error: 'Velg minst én rolle' });

export const CreateUserBodySchema = z.object({
  email: z.email({ error: 'Skriv en gyldig e-postadresse' }).max(254),
  name: z.string().trim().min(1, { error: 'Skriv navnet' }).max(200),
  roles: RolesSchema,
  password: NewPasswordSchema,
});
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  roles: RolesSchema.optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(0),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const ResetPasswordBodySchema = z.object({ newPassword: NewPasswordSchema });

export const ListUsersQuerySchema = PageQuerySchema.extend({
  search: z.string().trim().max(100).optional(),
});
export const UserListSchema = pageOf(UserSchema);
