import type { ErrorIssue } from '@ankomst/contracts';
import type { ZodError } from 'zod';
import { ValidationError } from './app-error';

export function zodIssues(error: ZodError, prefix: string[] = []): ErrorIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map(String)].join('.'),
    code: i.code,
    message: i.message,
  }));
}

export function fromZodError(error: ZodError, prefix: string[] = []): ValidationError {
  const issues = zodIssues(error, prefix);
  const fields = [...new Set(issues.map((i) => i.path || '(body)'))].join(', ');
  return new ValidationError(issues, `Invalid value for ${fields}`);
}
