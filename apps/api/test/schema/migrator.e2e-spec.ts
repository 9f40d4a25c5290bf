import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadMigrations, migrate, MigrationError } from '../../src/core/database/migrator';
import { createEmptyDatabase } from '../support/test-database';

/** The migrator that runs at start-up: idempotent, safe when two instances start at once, strict about history. */
const MIGRATIONS = path.resolve(__dirname, '../../../../prisma/migrations');
const migrationNames = () => loadMigrations(MIGRATIONS).map((m) => m.name);

const databases: Array<{ drop(): Promise<void> }> = [];
async function emptyDatabase() {
  const db = await createEmptyDatabase('ankomst_migrator');
  databases.push(db);
  return db;
}
afterAll(async () => {
  await Promise.all(databases.map((db) => db.drop()));
});

async function recorded(url: string): Promise<Array<{ migration_name: string; count: number }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; count: number }>(
      `SELECT migration_name, count(*)::int AS count FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL GROUP BY migration_name ORDER BY migration_name`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('migrate', () => {
  it('applies every migration once; a second run applies nothing', async () => {
    const db = await emptyDatabase();
    const first = await migrate(db.url, MIGRATIONS);
    expect(first).toEqual({ applied: migrationNames(), alreadyApplied: 0 });
    const second = await migrate(db.url, MIGRATIONS);
    expect(second).toEqual({ applied: [], alreadyApplied: migrationNames().length });
    expect(await recorded(db.url)).toEqual(migrationNames().map((migration_name) => ({ migration_name, count: 1 })));
  }, 60_000);

  it('two instances migrating an empty database at once both succeed, and each migration is recorded once', async () => {
    const db = await emptyDatabase();
    const results = await Promise.all([migrate(db.url, MIGRATIONS), migrate(db.url, MIGRATIONS)]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(migrationNames().sort());
    expect(results.every((r) => r.applied.length + r.alreadyApplied === migrationNames().length)).toBe(true);
    expect(await recorded(db.url)).toEqual(migrationNames().map((migration_name) => ({ migration_name, count: 1 })));
  }, 60_000);

  it('refuses a migration that was edited after it was applied, naming it, and applies nothing more', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ankomst-migrations-'));
    try {
      cpSync(MIGRATIONS, dir, { recursive: true });
      const db = await emptyDatabase();
      await migrate(db.url, dir);
      const [edited] = migrationNames();
      appendFileSync(path.join(dir, edited!, 'migration.sql'), '\n-- edited after it was applied\n');
      const error = await migrate(db.url, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toContain(edited);
      expect(await recorded(db.url)).toHaveLength(migrationNames().length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a failing migration is rolled back, named in the error, and not recorded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ankomst-migrations-'));
    try {
      cpSync(MIGRATIONS, dir, { recursive: true });
      const broken = '99991231000000_broken';
      mkdirSync(path.join(dir, broken));
      writeFileSync(
        path.join(dir, broken, 'migration.sql'),
        'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n',
      );
      const db = await emptyDatabase();
      const error = await migrate(db.url, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toContain(broken);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client
        .query<{ t: string | null }>(`SELECT to_regclass('half_done') AS t`)
        .finally(() => client.end());
      expect(rows[0]!.t).toBeNull();
      expect((await recorded(db.url)).map((r) => r.migration_name)).toEqual(migrationNames());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
