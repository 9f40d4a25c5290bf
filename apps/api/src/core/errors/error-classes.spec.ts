import { AppError, ConflictError, NotFoundError } from './app-error';
import { conflictError, notFoundError } from './error-classes';

describe('error class factories', () => {
  it('notFoundError: a 404 with the code and "<what> was not found"', () => {
    const ThingNotFound = notFoundError('THING_NOT_FOUND', 'The thing');
    const error = new ThingNotFound();
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(ThingNotFound);
    expect({ code: error.code, status: error.status, message: error.message }).toEqual({
      code: 'THING_NOT_FOUND',
      status: 404,
      message: 'The thing was not found',
    });
  });

  it('conflictError: a 409 with the code and message', () => {
    const ThingExists = conflictError('THING_EXISTS', 'The thing exists');
    const error = new ThingExists();
    expect(error).toBeInstanceOf(ConflictError);
    expect({ code: error.code, status: error.status, message: error.message }).toEqual({
      code: 'THING_EXISTS',
      status: 409,
      message: 'The thing exists',
    });
  });
});
