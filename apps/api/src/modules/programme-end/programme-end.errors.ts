import { ProgrammeEndErrorCode } from '@ankomst/contracts';
import { ConflictError } from '../../core/errors/app-error';
import { notFoundError } from '../../core/errors/error-classes';

export const ProgrammeEndProgrammeNotFoundError = notFoundError(
  ProgrammeEndErrorCode.PROGRAMME_NOT_FOUND,
  'The programme',
);

export const AlternativeGoalNotFoundError = notFoundError(ProgrammeEndErrorCode.GOAL_NOT_FOUND, 'The alternative goal');

/** An outcome is recorded only for a programme that has ended; the message names the programme's status. */
export class ProgrammeNotEndedError extends ConflictError {
  constructor(status: string) {
    super(
      ProgrammeEndErrorCode.NOT_ENDED,
      `The programme is ${status}: an outcome can be recorded only when it is COMPLETED or DISCONTINUED`,
    );
  }
}
