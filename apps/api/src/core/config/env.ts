import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only place that reads process.env. The app refuses to start on bad configuration with a message that
 * names the variable.
 */
const REPO_ROOT = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

const booleanFromString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** A PostgreSQL server to use. Unset: an embedded PostgreSQL is started with its data in DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** Apply pending migrations at start-up (safe with several instances: an advisory lock serialises them). */
  MIGRATE_ON_START: booleanFromString.default(true),
  /** Secret for signing session cookies and keying throttling hashes. Required in production. */
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(10),
  /** Set when the app runs behind a TLS-terminating proxy: cookies become `secure` and X-Forwarded-* is trusted. */
  TRUST_PROXY: booleanFromString.default(false),
  COOKIE_SECURE: booleanFromString.optional(),
  WEB_DIST_DIR: z.string().default(path.join(REPO_ROOT, 'apps/web/dist')),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Outcome figures over fewer persons than this are suppressed (DOMAIN.md § 7.2: 30). */
  OUTCOME_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(30),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Run scheduled jobs (deadline reminders) in this instance. Every instance may; the queue runs each once. */
  JOBS_ENABLED: booleanFromString.default(true),
  /**
   * Deadline reminders: notify a programme's consultant when its nearest statutory deadline is this many days away or
   * fewer (passed unmet deadlines are reminded once, looking back 30 days).
   */
  DEADLINE_REMINDER_DAYS: z.coerce.number().int().min(0).max(365).default(14),
});

export type Env = z.infer<typeof EnvSchema> & { SESSION_SECRET: string; repoRoot: string };

export class ConfigError extends Error {}

const DEVELOPMENT_SECRET = 'ankomst-development-secret-not-for-production-use';

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production');
  }
  return { ...env, SESSION_SECRET: env.SESSION_SECRET ?? DEVELOPMENT_SECRET, repoRoot: REPO_ROOT };
}
