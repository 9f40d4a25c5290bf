import { ConflictError, NotFoundError } from './app-error';

/**
 * One-line domain errors with a fixed code and message, e.g.
 * `export const ClassNotFoundError = notFoundError(AttendanceErrorCode.CLASS_NOT_FOUND, 'The class');`
 * then `throw new ClassNotFoundError()`. Errors that take arguments stay classes of their own.
 */
export function notFoundError(code: string, what: string) {
  return class extends NotFoundError {
    constructor() {
      super(code, what);
    }
  };
}

/** A 409 with a fixed code and message (see `notFoundError`). */
export function conflictError(code: string, message: string) {
  return class extends ConflictError {
    constructor() {
      super(code, message);
    }
  };
}
