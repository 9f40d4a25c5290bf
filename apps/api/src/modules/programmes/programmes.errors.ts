import { ProgrammeErrorCode, type ErrorIssue } from '@ankomst/contracts';
import { AppError, ConflictError, NotFoundError } from '../../core/errors/app-error';

export class ProgrammeNotFoundError extends NotFoundError {
  constructor() {
    super(ProgrammeErrorCode.NOT_FOUND, 'The programme');
  }
}

export class ProgrammePersonNotFoundError extends NotFoundError {
  constructor() {
    super(ProgrammeErrorCode.PERSON_NOT_FOUND, 'The person');
  }
}

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
