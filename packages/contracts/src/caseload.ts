import { z } from 'zod';
import { IsoDateSchema, pageOf, PageQuerySchema } from './common';
import { DeadlineKindSchema, ProgrammeDeadlineSchema, ProgrammeStatusSchema } from './programmes';
import { RegimeSchema } from './regimes';

const BooleanQuery = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

/** A comma-separated list in a query string (`status=ACTIVE,ON_LEAVE`), or the parameter repeated. */
function listQuery<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter((s) => s.length > 0),
    )
    .pipe(z.array(item).optional());
}

/** One participant's programme in a caseload list. Lists never carry address or contact details. */
export const CaseloadItemSchema = z.object({
  programmeId: z.uuid(),
  personId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: IsoDateSchema,
  /** The effective regime (the override when there is one). */
  regime: RegimeSchema,
  regimeOverridden: z.boolean(),
  status: ProgrammeStatusSchema,
  startDate: IsoDateSchema.nullable(),
  plannedEndDate: IsoDateSchema.nullable(),
  nextDeadline: z
    .object({ kind: DeadlineKindSchema, date: IsoDateSchema, overdue: z.boolean(), daysLeft: z.number().int() })
    .nullable(),
  consultant: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Whether this is in the caller's own caseload. */
  mine: z.boolean(),
});
export type CaseloadItem = z.infer<typeof CaseloadItemSchema>;
export const CaseloadListSchema = pageOf(CaseloadItemSchema);
export type CaseloadList = z.infer<typeof CaseloadListSchema>;

export const CaseloadSortSchema = z.enum(['name', '-name', 'nextDeadline', '-nextDeadline', 'status', '-status']);
export type CaseloadSort = z.infer<typeof CaseloadSortSchema>;

/**
 * GET /caseload: programmes in the caller's need-to-know scope, own caseload first. Without `status` only open
 * programmes (planned, active, on leave) are listed. `deadlineWithinDays` keeps those whose next deadline is at
 * most that many days away (overdue included); `overdue=true` only those already past.
 */
export const ListCaseloadQuerySchema = PageQuerySchema.extend({
  mine: BooleanQuery,
  regime: listQuery(RegimeSchema),
  status: listQuery(ProgrammeStatusSchema),
  deadlineWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  overdue: BooleanQuery,
  search: z.string().trim().max(100).optional(),
  sort: CaseloadSortSchema.default('name'),
});
export type ListCaseloadQuery = z.input<typeof ListCaseloadQuerySchema>;

/** One programme in the deadline list ("frister"): the next deadline and every deadline of the programme. */
export const DeadlineItemSchema = CaseloadItemSchema.extend({
  nextDeadline: z.object({
    kind: DeadlineKindSchema,
    date: IsoDateSchema,
    overdue: z.boolean(),
    daysLeft: z.number().int(),
  }),
  deadlines: z.array(ProgrammeDeadlineSchema),
});
export type DeadlineItem = z.infer<typeof DeadlineItemSchema>;
export const DeadlineListSchema = pageOf(DeadlineItemSchema).extend({ overdueCount: z.number().int() });
export type DeadlineList = z.infer<typeof DeadlineListSchema>;

/**
 * GET /deadlines: open programmes with a next deadline, earliest (so overdue) first. `scope=mine` (the default
 * for consultants) lists the caller's own caseload; `scope=all` the whole municipality (the default for managers).
 */
export const ListDeadlinesQuerySchema = PageQuerySchema.extend({
  scope: z.enum(['mine', 'all']).optional(),
  kind: listQuery(DeadlineKindSchema),
  withinDays: z.coerce.number().int().min(0).max(3650).optional(),
  overdue: BooleanQuery,
  regime: listQuery(RegimeSchema),
});
export type ListDeadlinesQuery = z.input<typeof ListDeadlinesQuerySchema>;
