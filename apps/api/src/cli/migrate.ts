/** `pnpm db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). Idempotent. */
import { loadEnv } from '../core/config/env';
import { openDatabase } from '../core/database/database-runtime';

async function main(): Promise<void> {
  const db = await openDatabase({ ...loadEnv(), MIGRATE_ON_START: true }, (m) => process.stdout.write(`${m}\n`));
  await db.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
