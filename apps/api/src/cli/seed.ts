/**
 * `pnpm seed [--persons N] [--seed S] [--municipalities M] [--reference-date YYYY-MM-DD]`: migrates the database,
 * loads the demo municipality with a user for each role, and generates synthetic data (DOMAIN.md § 8).
 * Without arguments: the demo municipality with a small realistic caseload (1,000 persons, seed 1). Idempotent:
 * a municipality that already has persons is left alone. Uses DATABASE_URL, or the embedded PostgreSQL in the
 * data folder when it is unset. The reference date ("today" of the data) defaults to today's date, read once here.
 */
import 'reflect-metadata';
import { PrismaPg } from '@prisma/adapter-pg';
import { isIsoDate } from '@ankomst/regimes';
import { loadEnv } from '../core/config/env';
import { openDatabase } from '../core/database/database-runtime';
import { PrismaClient } from '../generated/prisma/client';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-users';
import { seedSynthetic } from '../seed/synthetic-dataset';

export interface SeedArgs {
  persons: number;
  seed: number;
  municipalities: number;
  referenceDate: string;
}

const USAGE = 'usage: pnpm seed [--persons N] [--seed S] [--municipalities M] [--reference-date YYYY-MM-DD]';

export function parseSeedArgs(argv: readonly string[], today: string): SeedArgs {
  const args: SeedArgs = { persons: 1000, seed: 1, municipalities: 1, referenceDate: today };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const int = (name: string, min: number): number => {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < min)
        throw new Error(`${name}: must be a whole number ≥ ${min}\n${USAGE}`);
      i += 1;
      return n;
    };
    switch (flag) {
      case '--persons':
        args.persons = int('--persons', 1);
        break;
      case '--seed':
        args.seed = int('--seed', 0);
        break;
      case '--municipalities':
        args.municipalities = int('--municipalities', 1);
        break;
      case '--reference-date':
        if (!isIsoDate(value)) throw new Error(`--reference-date: must be a date YYYY-MM-DD\n${USAGE}`);
        args.referenceDate = value;
        i += 1;
        break;
      default:
        throw new Error(`${flag}: unknown argument\n${USAGE}`);
    }
  }
  if (args.municipalities > args.persons) throw new Error('--municipalities: must not exceed --persons');
  return args;
}

async function main(): Promise<void> {
  const args = parseSeedArgs(process.argv.slice(2), new Date().toISOString().slice(0, 10));
  const env = { ...loadEnv(), MIGRATE_ON_START: true };
  const db = await openDatabase(env, (m) => process.stderr.write(`${m}\n`));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  try {
    const result = await seedSynthetic(prisma, db.url, { ...args, log: (line) => process.stderr.write(`${line}\n`) });
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `Demo municipality ready; ${result.municipalities - result.skipped} of ${result.municipalities} municipalities generated (${args.persons} persons, seed ${args.seed}, reference date ${args.referenceDate}) in ${result.seconds.toFixed(1)} s: ${total.toLocaleString('en')} rows.\n`,
    );
    for (const [table, n] of Object.entries(result.rows).filter(([, n]) => n > 0))
      process.stdout.write(`  ${table.padEnd(28)} ${n.toLocaleString('en').padStart(12)}\n`);
    process.stdout.write(
      `Demo users (password ${DEMO_PASSWORD}):\n${DEMO_USERS.map((u) => `  ${u.email.padEnd(28)} ${u.roles.join(', ')}`).join('\n')}\n`,
    );
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
