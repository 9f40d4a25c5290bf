/**
 * `pnpm db:migration <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes
 * the previous migration's schema snapshot to the current prisma/schema.prisma, and stores the new snapshot
 * beside it. Prisma's own `migrate dev` needs the native schema engine, which these machines cannot download.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffSql, readSchema } from '../../../prisma/tools/prisma-diff';
import { startDatabaseServer } from '../test/support/database-server';

const MIGRATIONS = path.resolve(__dirname, '../../../prisma/migrations');
export const SNAPSHOT_FILE = 'schema.snapshot.prisma';

function latestSnapshot(): string | null {
  const dirs = existsSync(MIGRATIONS)
    ? readdirSync(MIGRATIONS, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const last = dirs.at(-1);
  if (!last) return null;
  const file = path.join(MIGRATIONS, last, SNAPSHOT_FILE);
  if (!existsSync(file))
    throw new Error(`${last} has no ${SNAPSHOT_FILE}; cannot tell what the migrations already contain`);
  return readFileSync(file, 'utf8');
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    process.stderr.write('Usage: pnpm db:migration <name_in_snake_case>\n');
    process.exit(2);
  }
  const current = readSchema();
  const server = await startDatabaseServer();
  try {
    const sql = await diffSql(latestSnapshot(), current, server.adminUrl);
    if (!/\S/.test(sql.replace(/^--.*$/gm, '')) || /This is an empty migration/.test(sql)) {
      process.stdout.write('schema.prisma matches the migrations: nothing to write.\n');
      return;
    }
    const dir = path.join(MIGRATIONS, `${timestamp()}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    writeFileSync(path.join(dir, SNAPSHOT_FILE), current);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
