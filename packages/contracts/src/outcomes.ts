import { z } from 'zod';
import { pageOf, PageQuerySchema } from './common';

/**
 * Outcomes for managers (DOMAIN.md § 7): register-style indicators by botid with one breakdown at a time
 * (partner × sex the only cross), programme KPIs, and the direct transition at programme end, labelled apart.
 * Every figure carries its N; cells under the suppression threshold arrive as `suppressed: true` with no N and
 * no rates. Aggregates only: there is no ranking of municipalities or advisers.
 */
export const OutcomeBreakdownSchema = z.enum([
  'none',
  'category',
  'sex',
  'ageAtArrival',
  'partner',
  'children',
  'partnerSex',
  'education',
  'country',
  'cohort',
  'regime',
]);
export type OutcomeBreakdown = z.infer<typeof OutcomeBreakdownSchema>;

export const OutcomeCategorySchema = z.enum(['RESETTLEMENT', 'ASYLUM', 'FAMILY', 'COLLECTIVE_PROTECTION']);
export const OutcomeRegimeSchema = z.enum([
  'INTRODUKSJONSLOVEN',
  'INTEGRERINGSLOVEN',
  'INTEGRERINGSLOVEN_KAP6A',
  'NONE',
]);

const year = z.coerce.number().int().min(2000).max(2100);

/** Filters shared by the indicator and KPI endpoints (query string). */
export const OutcomeFiltersSchema = z.object({
  category: OutcomeCategorySchema.optional(),
  sex: z.enum(['FEMALE', 'MALE']).optional(),
  regime: OutcomeRegimeSchema.optional(),
  cohortFrom: year.optional(),
  cohortTo: year.optional(),
});

export const OutcomeIndicatorsQuerySchema = OutcomeFiltersSchema.extend({
  breakdown: OutcomeBreakdownSchema.default('none'),
  /** Highest botid shown. */
  botidMax: z.coerce.number().int().min(0).max(20).default(10),
}).refine((q) => q.cohortFrom === undefined || q.cohortTo === undefined || q.cohortFrom <= q.cohortTo, {
  path: ['cohortTo'],
  error: 'Må være samme år som eller etter «fra»',
});
export type OutcomeIndicatorsQuery = z.infer<typeof OutcomeIndicatorsQuerySchema>;

export const OutcomeExportQuerySchema = OutcomeIndicatorsQuerySchema.safeExtend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const IndicatorCellSchema = z.discriminatedUnion('suppressed', [
  z.object({
    suppressed: z.literal(false),
    botid: z.number().int(),
    n: z.number().int(),
    inWork: z.number(),
    inEducation: z.number(),
    inWorkOrEducation: z.number(),
  }),
  z.object({
    suppressed: z.literal(true),
    botid: z.number().int(),
    n: z.null(),
    inWork: z.null(),
    inEducation: z.null(),
    inWorkOrEducation: z.null(),
  }),
]);
export type IndicatorCellDto = z.infer<typeof IndicatorCellSchema>;

export const OutcomeIndicatorsSchema = z.object({
  breakdown: OutcomeBreakdownSchema,
  threshold: z.number().int(),
  /** Highest outcome year in the data (register data lag a year). */
  latestYear: z.number().int().nullable(),
  series: z.array(z.object({ group: z.string(), cells: z.array(IndicatorCellSchema) })),
  /** Data quality: person-years in the population and the share with missing education (shown, never hidden). */
  quality: z.object({
    personYears: z.number().int(),
    persons: z.number().int(),
    educationMissingShare: z.number().nullable(),
  }),
});
export type OutcomeIndicators = z.infer<typeof OutcomeIndicatorsSchema>;

export const ShareCellSchema = z.discriminatedUnion('suppressed', [
  z.object({ suppressed: z.literal(false), n: z.number().int(), count: z.number().int(), share: z.number() }),
  z.object({ suppressed: z.literal(true), n: z.null(), count: z.null(), share: z.null() }),
]);
export type ShareCellDto = z.infer<typeof ShareCellSchema>;

export const EndStatusSchema = z.enum([
  'WORK_FULL_TIME',
  'WORK_PART_TIME',
  'EDUCATION',
  'WORK_AND_EDUCATION',
  'NAV_MEASURE',
  'OTHER',
  'MOVED',
  'DISCONTINUED',
]);
export const AlternativeGoalKindSchema = z.enum([
  'PARENTING',
  'COMMUNITY_PARTICIPATION',
  'SOME_WORK',
  'PARTIAL_CERTIFICATE',
  'NORWEGIAN_LEVEL',
  'HEALTH_STABILISED',
]);

export const ProgrammeKpisQuerySchema = OutcomeFiltersSchema;
export type ProgrammeKpisQuery = z.infer<typeof ProgrammeKpisQuerySchema>;

const RegimeKeySchema = z.enum(['INTRODUKSJONSLOVEN', 'INTEGRERINGSLOVEN', 'INTEGRERINGSLOVEN_KAP6A']);

export const ProgrammeKpisSchema = z.object({
  threshold: z.number().int(),
  asOf: z.string(),
  /** Ended programmes that reached their end goal, per regime and in all. */
  endGoalReached: z.array(z.object({ regime: RegimeKeySchema.or(z.literal('ALL')), cell: ShareCellSchema })),
  /** Started within three months of settlement (or a later claim): the statutory start deadline. */
  startWithinDeadline: z.object({ cell: ShareCellSchema, medianDays: z.number().nullable() }),
  /** Open programmes whose next deadline has passed, by deadline kind (a count of the municipality's own cases). */
  overdueDeadlines: z.object({
    total: z.number().int(),
    openProgrammes: z.number().int(),
    byKind: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  }),
  /** Ended programmes: length in months against the maximum the engine derived. */
  lengthVsMaximum: z.array(
    z.object({
      regime: RegimeKeySchema,
      averageMonths: z.number().nullable(),
      averageMaxMonths: z.number().nullable(),
      overMaximum: ShareCellSchema,
    }),
  ),
  /** IMDi's direct transition at programme end (NIR exit status): a separate measure from the register indicators. */
  directTransition: z.object({
    workOrEducation: ShareCellSchema,
    byStatus: z.array(z.object({ status: EndStatusSchema, cell: ShareCellSchema })),
  }),
  followUp: z.array(z.object({ months: z.union([z.literal(6), z.literal(12)]), workOrEducation: ShareCellSchema })),
  /** Alternative end goals, reported beside the work/education KPI and never merged into it. */
  alternativeGoals: z.array(z.object({ kind: AlternativeGoalKindSchema, reached: ShareCellSchema })),
});
export type ProgrammeKpis = z.infer<typeof ProgrammeKpisSchema>;

export const OutcomeDrillDownKindSchema = z.enum([
  'OVERDUE_DEADLINE',
  'LATE_START',
  'END_GOAL_NOT_REACHED',
  'OVER_MAXIMUM',
]);
export const OutcomeParticipantsQuerySchema = PageQuerySchema.extend({
  kind: OutcomeDrillDownKindSchema,
  regime: RegimeKeySchema.optional(),
});
export type OutcomeParticipantsQuery = z.infer<typeof OutcomeParticipantsQuerySchema>;
export const OutcomeParticipantSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  programmeId: z.uuid(),
  regime: RegimeKeySchema,
  status: z.string(),
  date: z.string().nullable(),
  detail: z.string().nullable(),
});
export const OutcomeParticipantListSchema = pageOf(OutcomeParticipantSchema);
export type OutcomeParticipant = z.infer<typeof OutcomeParticipantSchema>;
