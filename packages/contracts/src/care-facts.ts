import { z } from 'zod';
import { VersionSchema } from './common';

/**
 * A participant's care situation, which decides the child-illness quota (DOMAIN.md 5.5): children under 12 in their
 * care, whether they are alone with the care, whether they care for a chronically ill or disabled child. Family
 * matters are special-category data: consultants only (ADR 0004).
 */
export const CareFactsSchema = z.object({
  personId: z.uuid(),
  /** Whether a consultant has recorded the facts; false: nothing recorded, the rules assume the defaults below. */
  recorded: z.boolean(),
  /** The recorded number of children under 12 in the participant's care; null: taken from the household register. */
  childrenUnder12: z.number().int().min(0).nullable(),
  /** Children under 12 today in a household where the participant is head or spouse. */
  childrenUnder12InHousehold: z.number().int().min(0),
  soleCarer: z.boolean(),
  chronicallyIllChild: z.boolean(),
  /** The child-illness quota today under the participant's regime, in days per 12 months; null without a programme. */
  childIllnessQuota: z.number().int().nullable(),
  /** null until recorded. */
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
});
export type CareFacts = z.infer<typeof CareFactsSchema>;

export const UpdateCareFactsBodySchema = z.object({
  childrenUnder12: z
    .number({ error: 'Skriv et helt tall' })
    .int({ error: 'Skriv et helt tall' })
    .min(0, { error: 'Kan ikke være negativt' })
    .max(30, { error: 'Høyst 30' })
    .nullable(),
  soleCarer: z.boolean(),
  chronicallyIllChild: z.boolean(),
  /** The version loaded; null when nothing was recorded yet. */
  version: VersionSchema.nullable(),
});
export type UpdateCareFactsBody = z.infer<typeof UpdateCareFactsBodySchema>;
