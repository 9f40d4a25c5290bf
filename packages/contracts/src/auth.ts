import { z } from 'zod';
import { RoleSchema } from './roles';

export const LoginBodySchema = z.object({
  email: z.email({ error: 'Skriv en gyldig e-postadresse' }).max(254),
  password: z.string().min(1, { error: 'Skriv passordet' }).max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

/** Minimum password policy for new and changed passwords (NSM's advice favours length over complexity). */
export const NewPasswordSchema = z
  .string()
  .min(12, { error: 'Passordet må ha minst 12 tegn' })
  .max(200, { error: 'Passordet kan ha høyst 200 tegn' });

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, { error: 'Skriv nåværende passord' }),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const MunicipalitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  municipalityNumber: z.string(),
});

/** The signed-in user as the client sees them (`GET /api/v1/auth/me`). */
export const CurrentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  municipality: MunicipalitySchema,
  locale: z.enum(['nb', 'en']),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/** `GET /api/v1/auth/csrf`: the token to echo in the `x-csrf-token` header on state-changing requests. */
export const CsrfTokenSchema = z.object({ csrfToken: z.string() });
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Sent (value `1`) by requests the client makes on its own, such as the unread-count poll: they are answered as
 * usual but are not activity, so they do not move the session's idle expiry.
 */
export const BACKGROUND_REQUEST_HEADER = 'x-background-request';
