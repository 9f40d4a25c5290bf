import { PersonErrorCode } from '@ankomst/contracts';
import { AppError, ValidationError } from '../../core/errors/app-error';
import { notFoundError } from '../../core/errors/error-classes';

export const PersonNotFoundError = notFoundError(PersonErrorCode.NOT_FOUND, 'The person');

/** A protected address (kode 6/7) may be changed only by the person's caseworker. */
export class AddressProtectedError extends AppError {
  constructor(fields: string[]) {
    super(
      PersonErrorCode.ADDRESS_PROTECTED,
      `The person has a protected address; only their caseworker may change ${fields.join(', ')}`,
      403,
      fields.map((path) => ({
        path,
        code: PersonErrorCode.ADDRESS_PROTECTED,
        message: 'Only the caseworker may change this field',
      })),
    );
  }
}

export class CaseworkerInvalidError extends ValidationError {
  constructor(path = 'caseworkerId') {
    super([
      { path, code: PersonErrorCode.CASEWORKER_INVALID, message: 'Must be an active consultant in this municipality' },
    ]);
  }
}
