import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres';

/**
 * A PostgreSQL server for tests and tools, in this order of preference:
 * 1. TEST_DATABASE_URL: any server where the user may create databases (CI also runs against the local PG 15);
 * 2. testcontainers, when a Docker engine answers;
 * 3. an embedded PostgreSQL in a temporary folder.
 * The URL returned points at an admin database on that server; callers create their own databases on it.
 */
export interface DatabaseServer {
  adminUrl: string;
  kind: 'url' | 'testcontainers' | 'embedded';
  stop(): Promise<void>;
}

export async function startDatabaseServer(log: (m: string) => void = () => undefined): Promise<DatabaseServer> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { adminUrl: configured, kind: 'url', stop: async () => undefined };

  const container = await tryTestcontainers(log);
  if (container) return container;

  const dir = mkdtempSync(path.join(tmpdir(), 'ankomst-test-pg-'));
  const port = await freePort();
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port,
    databaseName: 'postgres',
    persistent: false,
  });
  log(`Test database server: embedded PostgreSQL on port ${port}`);
  return { adminUrl: db.url, kind: 'embedded', stop: () => db.stop() };
}

async function tryTestcontainers(log: (m: string) => void): Promise<DatabaseServer | null> {
  try {
    // Loaded lazily: without a Docker engine it is never needed.
    const { getContainerRuntimeClient } = await import('testcontainers');
    await withTimeout(getContainerRuntimeClient(), 3000);
    const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
    const container = await new PostgreSqlContainer('postgres:16-alpine').start();
    log('Test database server: testcontainers postgres:16-alpine');
    return {
      adminUrl: container.getConnectionUri(),
      kind: 'testcontainers',
      stop: async () => void (await container.stop()),
    };
  } catch {
    return null;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The URL of database `name` on the server behind `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
