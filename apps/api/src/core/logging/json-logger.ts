import type { LoggerService } from '@nestjs/common';
import { currentRequestId } from '../http/request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
/** Nest's start-up chatter (one line per module and route) is debug detail, not operations information. */
const FRAMEWORK_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/**
 * Structured logs, one JSON object a line, with the request id. Never pass personal data: log ids, codes and
 * counts. Query strings are never logged (they can hold a search for a name).
 */
export class JsonLogger implements LoggerService {
  constructor(private readonly minimum: Level | 'silent' = 'info') {}

  write(level: Level, message: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] < ORDER[this.minimum]) return;
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level,
      message,
      requestId: currentRequestId(),
      ...fields,
    });
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${line}\n`);
  }

  log(message: unknown, context?: string): void {
    const level = context && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : 'info';
    this.write(level, String(message), context ? { context } : {});
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', String(message), { context, trace });
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', String(message), context ? { context } : {});
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', String(message), context ? { context } : {});
  }
  verbose(message: unknown, context?: string): void {
    this.debug(message, context);
  }
}
