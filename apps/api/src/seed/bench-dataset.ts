/**
 * The benchmark's data set (used by `pnpm bench`, bench/run.ts): migrate, then build the synthetic country once
 * and mark it with a marker municipality, so later runs reuse it.
 */
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { migrate } from '../core/database/migrator';
import { PrismaClient } from '../generated/prisma/client';
import { seedSynthetic } from './synthetic-dataset';

export const BENCH_MARKER_NUMBER = 'BENCH';

export async function ensureBenchDataset(
  url: string,
  repoRoot: string,
  o: { persons: number; municipalities: number; seed: number; referenceDate: string; log: (m: string) => void },
): Promise<void> {
  const applied = await migrate(url, path.join(repoRoot, 'prisma/migrations'));
  o.log(`bench: migrations ${applied.applied.length} applied, ${applied.alreadyApplied} in place`);
  const markerName = `Benchmark data set: ${o.persons} persons, ${o.municipalities} municipalities, seed ${o.seed}`;
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const marker = await prisma.municipality.findUnique({ where: { municipalityNumber: BENCH_MARKER_NUMBER } });
    if (marker?.name === markerName) {
      o.log(`bench: reusing the data set (${marker.name})`);
      return;
    }
    if (marker)
      throw new Error(
        `The bench database holds another data set (${marker.name}); use another BENCH_DATABASE_URL or remove .data/bench`,
      );
    o.log(`bench: building the data set: ${o.persons} persons in ${o.municipalities} municipalities, seed ${o.seed}`);
    const result = await seedSynthetic(prisma, url, {
      persons: o.persons,
      seed: o.seed,
      municipalities: o.municipalities,
      referenceDate: o.referenceDate,
      log: o.log,
    });
    const rows = Object.values(result.rows).reduce((a, b) => a + b, 0);
    o.log(`bench: data set built in ${result.seconds.toFixed(0)} s (${rows.toLocaleString('en')} rows)`);
    await prisma.municipality.create({ data: { name: markerName, municipalityNumber: BENCH_MARKER_NUMBER } });
  } finally {
    await prisma.$disconnect();
  }
}
