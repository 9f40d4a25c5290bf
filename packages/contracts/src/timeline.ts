import { z } from 'zod';
import { pageOf, PageQuerySchema } from './common';

/** The participant's shared timeline: what happened, by which service. */
export const ServiceSchema = z.enum(['REFUGEE_SERVICE', 'NAV', 'ADULT_EDUCATION']);
export type Service = z.infer<typeof ServiceSchema>;

/** Parameters for the translated text of an event: plain values, never sensitive ones. */
export const TimelineParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type TimelineParams = z.infer<typeof TimelineParamsSchema>;

export const TimelineEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  service: ServiceSchema,
  /** A stable kind the web client translates, e.g. "household.registered", "settlement.settled". */
  kind: z.string(),
  params: TimelineParamsSchema,
  restricted: z.boolean(),
  actorName: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const ListTimelineQuerySchema = PageQuerySchema;
export const TimelineEventListSchema = pageOf(TimelineEventSchema);
export type TimelineEventList = z.infer<typeof TimelineEventListSchema>;
