import { HouseholdErrorCode, type SettlementStatus } from '@ankomst/contracts';
import { AppError, ValidationError } from '../../core/errors/app-error';
import { conflictError, notFoundError } from '../../core/errors/error-classes';

export const HouseholdNotFoundError = notFoundError(HouseholdErrorCode.NOT_FOUND, 'The household');

/** 409: the settlement state machine does not allow this step; the message and issue name both states. */
export class TransitionNotAllowedError extends AppError {
  constructor(from: SettlementStatus, to: SettlementStatus, allowed: readonly SettlementStatus[]) {
    super(
      HouseholdErrorCode.TRANSITION_NOT_ALLOWED,
      `A household cannot move from ${from} to ${to}; allowed next: ${allowed.length ? allowed.join(', ') : 'none'}`,
      409,
      [{ path: 'to', code: HouseholdErrorCode.TRANSITION_NOT_ALLOWED, message: `${from} -> ${to}` }],
    );
  }
}

export const MemberExistsError = conflictError(
  HouseholdErrorCode.MEMBER_EXISTS,
  'The person is already a member of this household',
);

export const HeadExistsError = conflictError(HouseholdErrorCode.HEAD_EXISTS, 'The household already has a head');

export const LastMemberError = conflictError(
  HouseholdErrorCode.LAST_MEMBER,
  'A household must keep at least one member',
);

export const MemberNotFoundError = notFoundError(HouseholdErrorCode.MEMBER_NOT_FOUND, 'The household member');

export class DateBeforePreviousStepError extends ValidationError {
  constructor(previous: string) {
    super([
      {
        path: 'effectiveDate',
        code: HouseholdErrorCode.DATE_BEFORE_PREVIOUS_STEP,
        message: `Must not be before the previous step (${previous})`,
      },
    ]);
  }
}

/** A legal date that has not happened yet (a birth, a decision, an arrival). */
export function dateInFutureIssue(path: string) {
  return { path, code: 'date_in_future', message: 'Must not be after today' };
}
