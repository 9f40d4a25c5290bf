/**
 * `node --conditions=development -r @swc-node/register bench/audit-many.ts`: times `AuditService.recordMany` for a
 * list read of BENCH_AUDIT_ROWS (4,500, a benefit month) and 25 (a list page) rows against BENCH_DATABASE_URL, inside a
 * transaction that is rolled back, so the bench data set keeps no events.
 */
import { randomUUID } from 'node:crypto';
import { AuditService } from '../apps/api/src/core/audit/audit.service';
import type { Env } from '../apps/api/src/core/config/env';
import type { DatabaseRuntime } from '../apps/api/src/core/database/database-runtime';
import { PrismaService } from '../apps/api/src/core/database/prisma.service';

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('Set BENCH_DATABASE_URL to the bench database');
  const runtime: DatabaseRuntime = { url, embedded: false, close: async () => undefined };
  const prisma = new PrismaService(runtime, { DATABASE_POOL_SIZE: 2 } as Env);
  const audit = new AuditService(prisma);
  const [m] = await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM municipality WHERE municipality_number = '9999'`;
  const persons = await prisma.$queryRaw<
    { id: string }[]
  >`SELECT id FROM person WHERE municipality_id = ${m?.id}::uuid LIMIT 5000`;
  const actor = { userId: randomUUID(), municipalityId: m?.id as string };
  for (const size of [Number(process.env.BENCH_AUDIT_ROWS ?? 4500), 25]) {
    const entries = persons.slice(0, size).map((p) => ({
      action: 'READ' as const,
      operation: 'benefits.municipalityMonth',
      entityType: 'programme',
      entityId: randomUUID(),
      personId: p.id,
      fields: ['benefit', 'attendance', 'externalBenefits'],
    }));
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = process.hrtime.bigint();
      await prisma
        .$transaction(async (tx) => {
          await audit.recordMany(actor, entries, tx);
          throw new RollBack();
        })
        .catch((e: unknown) => {
          if (!(e instanceof RollBack)) throw e;
        });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const sorted = times.slice(5).sort((a, b) => a - b);
    process.stdout.write(`recordMany ${size} rows: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms\n`);
  }
  await prisma.$disconnect();
}

class RollBack extends Error {}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
