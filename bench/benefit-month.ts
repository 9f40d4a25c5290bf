/**
 * `node --conditions=development -r @swc-node/register bench/benefit-month.ts [out.json]`: computes the demo
 * municipality's previous month through `BenefitsCalculator.computeMonth` against BENCH_DATABASE_URL (the bench data
 * set), prints how long the fact gathering and the engine took over BENCH_REPEAT runs, and writes every programme's
 * complete result (regime, engine input, calculation with every line item, problem) to the file, with a SHA-256 of
 * it, so a change can be checked to give byte-identical figures (compare the two files or their hashes).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { addMonths, firstOfMonth } from '../packages/regimes/src';
import { PrismaService } from '../apps/api/src/core/database/prisma.service';
import type { DatabaseRuntime } from '../apps/api/src/core/database/database-runtime';
import type { Env } from '../apps/api/src/core/config/env';
import { BenefitsRepository } from '../apps/api/src/modules/benefits/benefits.repository';
import { BenefitsCalculator } from '../apps/api/src/modules/benefits/benefits.calculator';
import type { Actor } from '../apps/api/src/core/access/actor';

// pg lives in the API package.
const { Pool } = createRequire(path.resolve(__dirname, '../apps/api/package.json'))('pg') as typeof import('pg');

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('Set BENCH_DATABASE_URL to the bench database');
  const out = process.argv[2];
  const repeat = Number(process.env.BENCH_REPEAT ?? 5);
  const month =
    process.env.BENCH_MONTH ?? addMonths(firstOfMonth(new Date().toISOString().slice(0, 10)), -1).slice(0, 7);
  const pool = new Pool({ connectionString: url, max: 1 });
  const { rows } = await pool.query<{ user_id: string; municipality_id: string }>(
    `SELECT u.id AS user_id, u.municipality_id FROM app_user u WHERE u.email = 'konsulent@demo.ankomst.no'`,
  );
  await pool.end();
  const me = rows[0];
  if (!me) throw new Error('No demo consultant in the bench database');
  const actor: Actor = { userId: me.user_id, municipalityId: me.municipality_id, roles: ['CONSULTANT'], name: 'bench' };
  const runtime: DatabaseRuntime = { url, embedded: false, close: async () => undefined };
  const prisma = new PrismaService(runtime, { DATABASE_POOL_SIZE: 4 } as Env);
  const repo = new BenefitsRepository(prisma);
  // Time each repository call (the SQL and Prisma's mapping of it); the rest of a run is the engine and its glue.
  const spans = new Map<string, number>();
  for (const name of Object.getOwnPropertyNames(BenefitsRepository.prototype)) {
    const fn = (repo as unknown as Record<string, unknown>)[name];
    if (name === 'constructor' || typeof fn !== 'function') continue;
    (repo as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const t0 = process.hrtime.bigint();
      try {
        return await (fn as (...a: unknown[]) => Promise<unknown>).apply(repo, args);
      } finally {
        spans.set(name, (spans.get(name) ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6);
      }
    };
  }
  const calculator = new BenefitsCalculator(repo, prisma);
  const times: number[] = [];
  let results: Awaited<ReturnType<BenefitsCalculator['computeMonth']>> = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = process.hrtime.bigint();
    results = await calculator.computeMonth(actor, month);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const json = JSON.stringify(
    results.map((r) => ({
      programmeId: r.programme.id,
      personId: r.programme.personId,
      regime: r.regime,
      input: r.input,
      calculation: r.calculation,
      problem: r.problem,
    })),
    null,
    1,
  );
  const hash = createHash('sha256').update(json).digest('hex');
  if (out) writeFileSync(out, json);
  const sorted = [...times].sort((a, b) => a - b);
  process.stdout.write(
    `${month}: ${results.length} programmes, ${results.filter((r) => r.problem).length} problems; sha256 ${hash}\n` +
      `computeMonth ms per run: ${times.map((t) => t.toFixed(0)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)})\n` +
      `repository ms per run: ${[...spans].map(([k, v]) => `${k} ${(v / repeat).toFixed(0)}`).join(', ')}\n`,
  );
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
