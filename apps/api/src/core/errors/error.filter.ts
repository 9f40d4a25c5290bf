import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { CommonErrorCode, type ApiErrorBody } from '@ankomst/contracts';
import type { Request, Response } from 'express';
import { ZodError } from 'zod';
import { currentRequestId } from '../http/request-context';
import { AppError } from './app-error';
import { fromZodError } from './zod-issues';

/** Maps every error to `{ code, message, issues?, requestId }`. Never a stack trace to the client. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const error = this.toAppError(exception);
    if (error.status >= 500) {
      this.logger.error(
        `Unhandled error on ${req.method} ${req.path}: ${(exception as Error)?.message ?? exception}`,
        (exception as Error)?.stack,
      );
    }
    const body: ApiErrorBody = {
      code: error.code,
      message: error.message,
      ...(error.issues?.length ? { issues: error.issues } : {}),
      requestId: currentRequestId() ?? 'unknown',
    };
    for (const [k, v] of Object.entries(error.headers ?? {})) res.setHeader(k, v);
    res.status(error.status).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof ZodError) return fromZodError(exception);
    const prisma = prismaError(exception);
    if (prisma) return prisma;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest turns body-parser's invalid-JSON SyntaxError (and a bad %-encoding in the path) into a bare 400.
      if (status === 400)
        return new AppError(
          CommonErrorCode.VALIDATION_FAILED,
          'The request could not be parsed (invalid JSON body or URL encoding)',
          400,
        );
      const code =
        status === 404
          ? CommonErrorCode.NOT_FOUND
          : status === 401
            ? CommonErrorCode.UNAUTHENTICATED
            : status === 403
              ? CommonErrorCode.FORBIDDEN
              : status === 429
                ? CommonErrorCode.TOO_MANY_REQUESTS
                : status < 500
                  ? 'HTTP_' + status
                  : CommonErrorCode.INTERNAL;
      return new AppError(code, status < 500 ? exception.message : 'Something went wrong', status);
    }
    const status = (exception as { status?: number; statusCode?: number })?.status;
    if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large', 413);
    if (status === 400 && (exception as { type?: string }).type === 'entity.parse.failed') {
      return new AppError(CommonErrorCode.VALIDATION_FAILED, 'The request body is not valid JSON', 400);
    }
    return new AppError(CommonErrorCode.INTERNAL, 'Something went wrong; the error has been logged', 500);
  }
}

/** Unique violations are conflicts; a record vanishing under an update is "not found". */
function prismaError(exception: unknown): AppError | null {
  const e = exception as { code?: string; meta?: { target?: unknown; modelName?: string } } | null;
  if (!e || typeof e.code !== 'string' || !/^P\d{4}$/.test(e.code)) return null;
  if (e.code === 'P2002') {
    const target = Array.isArray(e.meta?.target)
      ? e.meta.target.join(', ')
      : String(e.meta?.target ?? 'a unique field');
    return new AppError(CommonErrorCode.DUPLICATE, `A record with the same ${target} already exists`, 409);
  }
  if (e.code === 'P2025') return new AppError(CommonErrorCode.NOT_FOUND, 'The record was not found', 404);
  return null;
}
