import { z } from 'zod';
import { IsoDateSchema } from './common';

/**
 * Facts NIR (the national introduction register) needs, per DOMAIN.md § 5.3 B-36, § 5.2 and § 5.4.
 * A leave is one fact per leave period: `LEAVE:<leaveId>`.
 */
export const NirFactSchema = z.enum([
  'PROGRAMME_START',
  'COMPETENCE_MAPPING',
  'CAREER_GUIDANCE',
  'END_GOAL',
  'LEAVE',
  'PROGRAMME_END',
  'EXIT_REASON',
  'NORWEGIAN_START',
  'NORWEGIAN_TARGET_LEVEL',
  'EDUCATION_BACKGROUND',
]);
export type NirFact = z.infer<typeof NirFactSchema>;

/**
 * REGISTERED / REGISTERED_LATE: recorded as registered in NIR (late: after the due date).
 * DUE: the event happened, not yet registered, the two months have not run out. OVERDUE: they have.
 * MISSING_DATA: NIR needs it, but Ankomst does not have the fact yet (e.g. no end goal in the plan).
 */
export const NirFactStatusSchema = z.enum(['REGISTERED', 'REGISTERED_LATE', 'DUE', 'OVERDUE', 'MISSING_DATA']);
export type NirFactStatus = z.infer<typeof NirFactStatusSchema>;

export const NirFactItemSchema = z.object({
  /** The key stored in `nir_registration.fact`: the fact, or `LEAVE:<leaveId>`. */
  key: z.string(),
  fact: NirFactSchema,
  status: NirFactStatusSchema,
  eventDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  registeredAt: z.string().nullable(),
  rule: z.object({ id: z.string(), text: z.string(), source: z.string() }),
});
export type NirFactItem = z.infer<typeof NirFactItemSchema>;

export const NirProgrammeCompletenessSchema = z.object({
  programmeId: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  regime: z.string(),
  consultantId: z.uuid().nullable(),
  facts: z.array(NirFactItemSchema),
  counts: z.object({
    missingData: z.number().int(),
    due: z.number().int(),
    overdue: z.number().int(),
    registeredLate: z.number().int(),
  }),
});
export type NirProgrammeCompleteness = z.infer<typeof NirProgrammeCompletenessSchema>;

export const NirCompletenessQuerySchema = z.object({
  /** Reference date for "late" (defaults to today in Norway). */
  asOf: IsoDateSchema.optional(),
  /** Only participants with something missing, due or overdue. */
  incompleteOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const NirCompletenessReportSchema = z.object({
  asOf: z.string(),
  scope: z.enum(['OWN', 'MUNICIPALITY']),
  items: z.array(NirProgrammeCompletenessSchema),
  totals: z.object({
    participants: z.number().int(),
    missingData: z.number().int(),
    due: z.number().int(),
    overdue: z.number().int(),
    registeredLate: z.number().int(),
  }),
});
export type NirCompletenessReport = z.infer<typeof NirCompletenessReportSchema>;

export const CreateNirRegistrationBodySchema = z.object({
  /** A fact key from the completeness report (`PROGRAMME_START`, `LEAVE:<leaveId>`, ...). */
  fact: z
    .string()
    .trim()
    .regex(/^[A-Z_]+(:[0-9a-f-]{36})?$/, { error: 'Ukjent NIR-opplysning' }),
  /** When it was registered in NIR; defaults to now. */
  registeredAt: z.iso.datetime({ offset: true }).optional(),
});
export type CreateNirRegistrationBody = z.infer<typeof CreateNirRegistrationBodySchema>;

export const NirExportQuerySchema = z.object({
  format: z.enum(['jsonl', 'csv']).default('jsonl'),
  asOf: IsoDateSchema.optional(),
});

export const NirErrorCode = {
  PROGRAMME_NOT_FOUND: 'NIR_PROGRAMME_NOT_FOUND',
  UNKNOWN_FACT: 'NIR_UNKNOWN_FACT',
  ALREADY_REGISTERED: 'NIR_ALREADY_REGISTERED',
  REGISTRATION_NOT_FOUND: 'NIR_REGISTRATION_NOT_FOUND',
} as const;
