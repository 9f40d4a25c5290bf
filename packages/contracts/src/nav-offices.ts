import { z } from 'zod';

/** Nav offices of a municipality: handovers are sent to an office, and its advisers receive them. */

export const NavOfficeAdviserSchema = z.object({ id: z.uuid(), name: z.string() });
export type NavOfficeAdviser = z.infer<typeof NavOfficeAdviserSchema>;

export const NavOfficeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  advisers: z.array(NavOfficeAdviserSchema),
});
export type NavOffice = z.infer<typeof NavOfficeSchema>;

export const NavOfficeListSchema = z.object({ items: z.array(NavOfficeSchema) });
export type NavOfficeList = z.infer<typeof NavOfficeListSchema>;

const OfficeNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Skriv navnet på Nav-kontoret' })
  .max(200, { error: 'Navnet er for langt' });

export const CreateNavOfficeBodySchema = z.object({ name: OfficeNameSchema });
export type CreateNavOfficeBody = z.infer<typeof CreateNavOfficeBodySchema>;

export const UpdateNavOfficeBodySchema = z.object({ name: OfficeNameSchema });
export type UpdateNavOfficeBody = z.infer<typeof UpdateNavOfficeBodySchema>;

export const NavOfficeErrorCode = {
  NOT_FOUND: 'NAV_OFFICE_NOT_FOUND',
  NAME_TAKEN: 'NAV_OFFICE_NAME_TAKEN',
  IN_USE: 'NAV_OFFICE_IN_USE',
  USER_NOT_NAV_ADVISER: 'NAV_OFFICE_USER_NOT_NAV_ADVISER',
} as const;
