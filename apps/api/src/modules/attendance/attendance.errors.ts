import { AttendanceErrorCode } from '@ankomst/contracts';
import { AppError, ConflictError } from '../../core/errors/app-error';
import { notFoundError } from '../../core/errors/error-classes';

export const ClassNotFoundError = notFoundError(AttendanceErrorCode.CLASS_NOT_FOUND, 'The class');
export const AttendancePersonNotFoundError = notFoundError(AttendanceErrorCode.PERSON_NOT_FOUND, 'The participant');
export const AttendanceRecordNotFoundError = notFoundError(
  AttendanceErrorCode.RECORD_NOT_FOUND,
  'The attendance record',
);
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
