import {
  HANDOVER_ACTIONS,
  HANDOVER_TRANSITIONS,
  type HandoverAction,
  type HandoverSide,
  type HandoverStatus,
  type Role,
  type TimelineKind,
} from '@ankomst/contracts';

/** What the actor is to this handover: which sides they may act for. */
export interface HandoverParty {
  roles: readonly Role[];
  /** The actor is a Nav adviser at the office the handover was sent to. */
  atReceivingOffice: boolean;
}

/** Whether the party may act for a side: the refugee service is any consultant; Nav is an adviser of the receiving office. */
export function actsFor(party: HandoverParty, side: HandoverSide): boolean {
  return side === 'REFUGEE_SERVICE'
    ? party.roles.includes('CONSULTANT')
    : party.roles.includes('NAV_ADVISER') && party.atReceivingOffice;
}

/**
 * Decides one step: 'ok', 'forbidden' (not this party's step) or 'illegal' (not from this state).
 * SUBMIT is the refugee service's step even before an office is chosen.
 */
export function checkTransition(
  status: HandoverStatus,
  action: HandoverAction,
  party: HandoverParty,
): 'ok' | 'forbidden' | 'illegal' {
  const t = HANDOVER_TRANSITIONS[action];
  if (!actsFor(party, t.side)) return 'forbidden';
  return t.from === status ? 'ok' : 'illegal';
}

export function allowedActions(status: HandoverStatus, party: HandoverParty): HandoverAction[] {
  return HANDOVER_ACTIONS.filter((a) => checkTransition(status, a, party) === 'ok');
}

/** Timeline and notification kinds per action. */
export const ACTION_EVENT: Record<HandoverAction, { timeline: TimelineKind; notification: string }> = {
  SUBMIT: { timeline: 'handover.submitted', notification: 'handover.submitted' },
  RECEIVE: { timeline: 'handover.received', notification: 'handover.received' },
  REQUEST_INFO: { timeline: 'handover.infoRequested', notification: 'handover.infoRequested' },
  ANSWER: { timeline: 'handover.answered', notification: 'handover.message' },
  ACCEPT: { timeline: 'handover.accepted', notification: 'handover.accepted' },
};
