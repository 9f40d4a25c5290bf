import { ProgrammeErrorCode, type ErrorIssue } from '@ankomst/contracts';
import { AppError, ConflictError, ForbiddenError } from '../../core/errors/app-error';
import { notFoundError } from '../../core/errors/error-classes';

export const ProgrammeNotFoundError = notFoundError(ProgrammeErrorCode.NOT_FOUND, 'The programme');

export const ProgrammePersonNotFoundError = notFoundError(ProgrammeErrorCode.PERSON_NOT_FOUND, 'The person');

/** The person lacks facts the rules engine needs; each missing fact is an issue with its path (`person.permitBasis`). */
export class ProgrammeFactsMissingError extends AppError {
  constructor(issues: ErrorIssue[]) {
    super(
      ProgrammeErrorCode.FACTS_MISSING,
      `The person's ${issues.map((i) => i.path.replace(/^person\./, '')).join(', ')} must be recorded before a programme can be evaluated`,
      400,
      issues,
    );
  }
}

export class ProgrammeClosedError extends ConflictError {
  constructor(status: string) {
    super(ProgrammeErrorCode.CLOSED, `The programme is ${status.toLowerCase()} and can no longer be changed`);
  }
}

/** programmes.reassign without programmes.write (a manager): the consultant is the one thing they may change. */
export class ProgrammeReassignOnlyError extends ForbiddenError {
  constructor(fields: readonly string[]) {
    const others = fields.filter((f) => f !== 'consultantId');
    super(
      ProgrammeErrorCode.REASSIGN_ONLY,
      `You may move the programme to another consultant (consultantId alone), not change ${others.length > 0 ? others.join(', ') : 'its version alone'}`,
    );
  }
}
