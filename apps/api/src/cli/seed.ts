/**
 * `pnpm seed`: migrates the database and loads the demo municipality with a user for each role (idempotent).
 * Uses DATABASE_URL, or the embedded PostgreSQL in the data folder when it is unset.
 */
import 'reflect-metadata';
import { PrismaPg } from '@prisma/adapter-pg';
import { loadEnv } from '../core/config/env';
import { openDatabase } from '../core/database/database-runtime';
import { PrismaClient } from '../generated/prisma/client';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from '../seed/demo-users';

async function main(): Promise<void> {
  const env = { ...loadEnv(), MIGRATE_ON_START: true };
  const db = await openDatabase(env, (m) => process.stderr.write(`${m}\n`));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  try {
    const result = await seedDemoUsers(prisma);
    process.stdout.write(`Demo municipality ready (${result.created} users created).\n`);
    process.stdout.write(`Demo users (password ${DEMO_PASSWORD}):\n${DEMO_USERS.map((u) => `  ${u.email.padEnd(28)} ${u.roles.join(', ')}`).join('\n')}\n`);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
