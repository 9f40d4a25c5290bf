/**
 * The synthetic data set: a municipality (or a country of municipalities) with households, persons, programmes
 * across the three regimes and their history, loaded in bulk. Deterministic: the same seed, size and reference
 * date give the same rows. Idempotent per municipality: one that already has persons is left alone, so a second
 * run adds nothing. Each municipality loads in one transaction, so an interrupted run leaves no half municipality.
 */
import { Client } from 'pg';
import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../core/auth/passwords';
import { BulkWriter } from './bulk-writer';
import { DEMO_MUNICIPALITY, DEMO_NAV_OFFICE, DEMO_PASSWORD, DEMO_USERS, seedDemoUsers } from './demo-users';
import { POSTAL_TOWNS } from './distributions';
import { MunicipalityGenerator, type MunicipalityTarget } from './generate-municipality';
import { Prng } from './prng';
import { ALL_TABLES } from './tables';

export interface SyntheticOptions {
  persons: number;
  seed: number;
  /** 1: everything in the demo municipality. More: the demo municipality is the largest, the rest follow a Zipf curve. */
  municipalities: number;
  /** The "today" of the data set (YYYY-MM-DD): nothing is dated after it. */
  referenceDate: string;
  log: (line: string) => void;
}

export interface SyntheticSummary {
  municipalities: number;
  skipped: number;
  rows: Record<string, number>;
  seconds: number;
}

/** First municipality number of the generated ones (8001, 8002, ...; the demo municipality is 9999). */
export const SYNTHETIC_MUNICIPALITY_BASE = 8000;

export function municipalitySizes(persons: number, count: number): number[] {
  const weights = Array.from({ length: count }, (_, i) => 1 / Math.pow(i + 1, 0.9));
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((persons * w) / total));
  sizes[0] = (sizes[0] ?? 0) + persons - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

export async function seedSynthetic(
  prisma: PrismaClient,
  databaseUrl: string,
  opts: SyntheticOptions,
): Promise<SyntheticSummary> {
  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const demo = await seedDemoUsers(prisma);
  const demoUsers = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const demoId = (prefix: string): string | null => demoUsers.find((u) => u.email.startsWith(`${prefix}@`))?.id ?? null;
  const demoOffice = await prisma.navOffice.findUnique({
    where: { municipalityId_name: { municipalityId: demo.municipalityId, name: DEMO_NAV_OFFICE } },
    select: { id: true, name: true },
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const sizes = municipalitySizes(opts.persons, Math.max(1, opts.municipalities));
  const root = new Prng(opts.seed);
  const rows: Record<string, number> = {};
  let skipped = 0;
  let personsDone = 0;
  let lastReport = 0;

  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < sizes.length; i += 1) {
      const size = sizes[i] ?? 0;
      const isDemo = i === 0;
      const number = isDemo ? DEMO_MUNICIPALITY.municipalityNumber : String(SYNTHETIC_MUNICIPALITY_BASE + i);
      const municipality = isDemo
        ? { id: demo.municipalityId }
        : await prisma.municipality.upsert({
            where: { municipalityNumber: number },
            create: { name: `Syntetisk kommune ${i}`, municipalityNumber: number },
            update: {},
          });
      const existing = await client.query<{ n: string }>(
        'SELECT count(*)::text AS n FROM person WHERE municipality_id = $1',
        [municipality.id],
      );
      if (Number(existing.rows[0]?.n ?? 0) > 0) {
        skipped += 1;
        personsDone += size;
        opts.log(`seed: municipality ${number} already has persons; left as it is`);
        continue;
      }
      const [postalCode, postalTown] = POSTAL_TOWNS[i % POSTAL_TOWNS.length] as readonly [string, string];
      const domain = isDemo ? 'demo.ankomst.no' : `k${number}.ankomst.no`;
      await client.query('BEGIN');
      const writer = new BulkWriter(client, ALL_TABLES);
      let managerId = isDemo ? demoId('leder') : null;
      if (!managerId) {
        managerId = root.fork(`manager-${i}`).uuid();
        await writer.add('app_user', [
          managerId,
          municipality.id,
          `leder@${domain}`,
          `Leder ${number}`,
          'MANAGER',
          passwordHash,
          `${opts.referenceDate}T08:00:00Z`,
          `${opts.referenceDate}T08:00:00Z`,
          `${opts.referenceDate}T08:00:00Z`,
          null,
        ]);
      }
      const target: MunicipalityTarget = {
        id: municipality.id,
        emailDomain: domain,
        postalCode,
        postalTown,
        persons: size,
        consultants: isDemo ? [demoId('konsulent')].filter((x): x is string => x !== null) : [],
        managerId,
        teacherId: isDemo ? demoId('laerer') : null,
        navAdviserId: isDemo ? demoId('nav') : null,
        navOffice: isDemo ? demoOffice : null,
      };
      const base = personsDone;
      const generator = new MunicipalityGenerator(target, {
        writer,
        rng: root.fork(i),
        refDate: opts.referenceDate,
        passwordHash,
        onProgress: (n) => {
          const now = elapsed();
          if (now - lastReport < 2) return;
          lastReport = now;
          const done = base + n;
          const written =
            [...writer.counts.values()].reduce((a, b) => a + b, 0) + Object.values(rows).reduce((a, b) => a + b, 0);
          opts.log(
            `seed: ${String(Math.floor((100 * done) / opts.persons)).padStart(3)} % ${done.toLocaleString('en')}/${opts.persons.toLocaleString('en')} persons · municipality ${i + 1}/${sizes.length} · ${written.toLocaleString('en')} rows · ${now.toFixed(0)} s`,
          );
        },
      });
      await generator.run();
      await writer.flushAll();
      await client.query('COMMIT');
      for (const [table, n] of writer.counts) rows[table] = (rows[table] ?? 0) + n;
      personsDone += size;
    }
    // VACUUM as well as ANALYZE: a bulk load leaves the visibility map empty, so until autovacuum has run every
    // index-only scan (the deadline counts, for one) reads the table too; a database in use has been vacuumed.
    opts.log(`seed: vacuuming and analysing tables (${elapsed().toFixed(0)} s)`);
    await client.query('VACUUM (ANALYZE)');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { municipalities: sizes.length, skipped, rows, seconds: elapsed() };
}
