import { z } from 'zod';
import { pageOf, PageQuerySchema } from './common';
import type { SettlementStatus } from './persons';
import type { ProgrammeStatus } from './programmes';

/** The participant's shared timeline: what happened, by which service. */
export const ServiceSchema = z.enum(['REFUGEE_SERVICE', 'NAV', 'ADULT_EDUCATION']);
export type Service = z.infer<typeof ServiceSchema>;

/** Parameters for the translated text of an event: plain values, never sensitive ones. */
export const TimelineParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type TimelineParams = z.infer<typeof TimelineParamsSchema>;

/**
 * Every kind of event the API writes to the timeline, `<area>.<what>`. The web client has a text for each (a test
 * checks both languages); events of kinds no longer written are shown with a generic line.
 */
export const TIMELINE_KINDS = [
  'household.registered',
  'household.memberAdded',
  'household.memberRemoved',
  'settlement.accepted',
  'settlement.declined',
  'settlement.arrived',
  'settlement.settled',
  'settlement.cancelled',
  'person.caseworkerChanged',
  'programme.created',
  'programme.decided',
  'programme.endGoalChanged',
  'programme.extended',
  'programme.leaveRecorded',
  'programme.planned',
  'programme.started',
  'programme.resumed',
  'programme.onLeave',
  'programme.completed',
  'programme.discontinued',
  'programme.regimeOverridden',
  'programme.regimeOverrideRemoved',
  'programme.consultantChanged',
  'programme.consultantRemoved',
  'programme.regimeFollowedFacts',
  'programme.conclusionsFollowedFacts',
  'plan.revised',
  'programmeEnd.outcomeRecorded',
  'programmeEnd.outcomeUpdated',
  'programmeEnd.goalAdded',
  'programmeEnd.goalUpdated',
  'programmeEnd.goalRemoved',
  'group.memberAdded',
  'group.memberRemoved',
  'meeting.scheduled',
  'meeting.planned',
  'meeting.held',
  'meeting.cancelled',
  'meeting.decision',
  'task.created',
  'task.completed',
  'handover.created',
  'handover.submitted',
  'handover.received',
  'handover.infoRequested',
  'handover.answered',
  'handover.accepted',
  'handover.commented',
  'education.enrolled',
  'education.assessed',
  'education.socialStudiesCompleted',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The line for each settlement step (REQUESTED is where a household starts, never a step). */
export const SETTLEMENT_STEP_EVENT = {
  ACCEPTED: 'settlement.accepted',
  DECLINED: 'settlement.declined',
  ARRIVED: 'settlement.arrived',
  SETTLED: 'settlement.settled',
  CANCELLED: 'settlement.cancelled',
} as const satisfies Record<Exclude<SettlementStatus, 'REQUESTED'>, TimelineKind>;

/** The line for a programme's change of status; becoming active is a start the first time, a resumption after. */
export function programmeStatusEvent(from: ProgrammeStatus, to: ProgrammeStatus): TimelineKind {
  const events = {
    ACTIVE: from === 'PLANNED' ? 'programme.started' : 'programme.resumed',
    ON_LEAVE: 'programme.onLeave',
    COMPLETED: 'programme.completed',
    DISCONTINUED: 'programme.discontinued',
    PLANNED: 'programme.planned',
  } as const satisfies Record<ProgrammeStatus, TimelineKind>;
  return events[to];
}

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
