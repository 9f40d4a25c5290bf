import { CommonErrorCode, type ErrorIssue } from '@ankomst/contracts';

/**
 * The one error type of the API. A code (stable, SCREAMING_SNAKE, prefixed by domain), an HTTP status and an
 * English message; the global filter turns it into `{ code, message, issues?, requestId }`.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly issues?: ErrorIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(issues: ErrorIssue[], message = 'The request has invalid fields') {
    super(CommonErrorCode.VALIDATION_FAILED, message, 400, issues);
  }
}

/** "Not found or no access": a record the actor may not see answers exactly like one that does not exist. */
export class NotFoundError extends AppError {
  constructor(code: string = CommonErrorCode.NOT_FOUND, what = 'The record') {
    super(code, `${what} was not found`, 404);
  }
}

export class StaleVersionError extends AppError {
  constructor(what: string, currentVersion?: number) {
    super(
      CommonErrorCode.STALE_VERSION,
      `${what} was changed by someone else since you loaded it${currentVersion === undefined ? '' : ` (now version ${currentVersion})`}; reload and try again`,
      409,
    );
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super(code, message, 409);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(code: string = CommonErrorCode.UNAUTHENTICATED, message = 'Sign in to continue') {
    super(code, message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(code: string = CommonErrorCode.FORBIDDEN, message = 'You do not have access to this action') {
    super(code, message, 403);
  }
}
