import path from 'node:path';
import type { Env } from '../config/env';
import { startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrator';

/** Where the app's data lives for this process: the configured server, or an embedded one it started. */
export interface DatabaseRuntime {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export const DATABASE_RUNTIME = Symbol('DATABASE_RUNTIME');

export function migrationsDir(repoRoot: string): string {
  return path.join(repoRoot, 'prisma', 'migrations');
}

export async function openDatabase(env: Env, log: (msg: string) => void): Promise<DatabaseRuntime> {
  let runtime: DatabaseRuntime;
  if (env.DATABASE_URL) {
    runtime = { url: env.DATABASE_URL, embedded: false, close: async () => undefined };
  } else {
    const dataDir = path.join(env.DATA_DIR, 'postgres');
    log(`No DATABASE_URL set: starting embedded PostgreSQL in ${dataDir} on port ${env.EMBEDDED_POSTGRES_PORT}`);
    const db = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_POSTGRES_PORT, databaseName: 'ankomst', log });
    runtime = { url: db.url, embedded: true, close: () => db.stop() };
  }
  if (env.MIGRATE_ON_START) {
    const result = await migrate(runtime.url, migrationsDir(env.repoRoot));
    log(`Migrations: ${result.applied.length} applied, ${result.alreadyApplied} already in place`);
  }
  return runtime;
}
