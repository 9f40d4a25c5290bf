import { AttendanceErrorCode } from '@ankomst/contracts';
import { AppError, ConflictError, NotFoundError } from '../../core/errors/app-error';

export class ClassNotFoundError extends NotFoundError {
  constructor() {
    super(AttendanceErrorCode.CLASS_NOT_FOUND, 'The class');
  }
}
export class AttendancePersonNotFoundError extends NotFoundError {
  constructor() {
    super(AttendanceErrorCode.PERSON_NOT_FOUND, 'The participant');
  }
}
export class AttendanceRecordNotFoundError extends NotFoundError {
  constructor() {
    super(AttendanceErrorCode.RECORD_NOT_FOUND, 'The attendance record');
  }
}
export class AlreadyRegisteredError extends ConflictError {
  constructor(dates: string[], activityKey: string) {
    super(
      AttendanceErrorCode.ALREADY_REGISTERED,
      `Attendance for ${activityKey} is already registered on ${dates.join(', ')}; edit those records instead`,
    );
  }
}
export class NoWorkingDaysError extends AppError {
  constructor() {
    super(AttendanceErrorCode.NO_WORKING_DAYS, 'The period has no working days (Monday to Friday)', 400, [
      { path: 'to', code: AttendanceErrorCode.NO_WORKING_DAYS, message: 'The period has no working days' },
    ]);
  }
}
