/**
 * `pnpm bench`: builds (or reuses) a 300,000-person synthetic data set in a database of its own, starts the real
 * API on loopback, signs in, and drives it with autocannon at 1 and 32 connections for a fixed time per run.
 * For each endpoint it also times the bare SQL that returns the same data (node-postgres), and prints p50, p95,
 * p99, throughput and the app-over-SQL ratio, marking missed goals. Results, the machine and EXPLAIN (ANALYZE)
 * plans of the heavy queries go into docs/benchmarks.md (between the bench markers; the notes around them stay).
 *
 * Environment: BENCH_DATABASE_URL (else an embedded PostgreSQL under .data/bench), BENCH_PERSONS (300000),
 * BENCH_MUNICIPALITIES (6), BENCH_SEED (42), BENCH_DURATION seconds per run (10), BENCH_CONNECTIONS ("1,32"),
 * BENCH_ONLY (scenario keys, e.g. "benefits,deadlines"; all when unset).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../apps/api/src/core/database/embedded-postgres';
import { ensureBenchDataset } from '../apps/api/src/seed/bench-dataset';
import { DEMO_PASSWORD } from '../apps/api/src/seed/demo-users';
import { BASE_AMOUNTS, baseAmountForYear, addMonths, firstOfMonth, lastOfMonth } from '../packages/regimes/src';

const ROOT = path.resolve(__dirname, '..');
const apiRequire = createRequire(path.join(ROOT, 'apps/api/package.json'));
// pg lives in the API package; autocannon at the root.
const { Pool } = apiRequire('pg') as typeof import('pg');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon ships CommonJS without types
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => AutocannonInstance;

interface AutocannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface AutocannonInstance extends PromiseLike<AutocannonResult> {
  on(event: 'response', cb: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}

const env = process.env;
const PERSONS = Number(env.BENCH_PERSONS ?? 300_000);
const MUNICIPALITIES = Number(env.BENCH_MUNICIPALITIES ?? 6);
const SEED = Number(env.BENCH_SEED ?? 42);
const DURATION = Number(env.BENCH_DURATION ?? 10);
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? '1,32').split(',').map(Number);
/** Comma-separated scenario keys to run (me, caseload, participant, deadlines, outcomes, benefits, login); all when unset. */
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((k) => k.trim())) : null;
const log = (m: string) => process.stderr.write(`${m}\n`);
const today = new Date().toISOString().slice(0, 10);

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
  failed: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
function stats(latencies: number[], seconds: number, failed: number): Stats {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    rps: latencies.length / seconds,
    n: latencies.length,
    failed,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// ───────────────────────────── data set ─────────────────────────────

async function ensureDataset(url: string): Promise<void> {
  await ensureBenchDataset(url, ROOT, {
    persons: PERSONS,
    municipalities: MUNICIPALITIES,
    seed: SEED,
    referenceDate: today,
    log,
  });
}

// ───────────────────────────── the API ─────────────────────────────

async function startApi(url: string): Promise<{ base: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn(
    process.execPath,
    ['--conditions=development', '-r', '@swc-node/register', 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
        JOBS_ENABLED: 'false',
        MIGRATE_ON_START: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i += 1) {
    try {
      const res = await fetch(`${base}/api/v1/health/live`);
      if (res.ok) return { base, proc };
    } catch {
      // not up yet
    }
    if (proc.exitCode !== null) throw new Error(`The API exited with ${proc.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The API did not start within 2 minutes');
}

async function csrf(base: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`${base}/api/v1/auth/csrf`);
  const token = ((await res.json()) as { csrfToken: string }).csrfToken;
  const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, token };
}

async function signIn(base: string, email: string): Promise<string> {
  const c = await csrf(base);
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': c.token, cookie: c.cookie },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  const session = (res.headers.getSetCookie?.() ?? []).map((x) => x.split(';')[0]).join('; ');
  return [c.cookie, session].filter(Boolean).join('; ');
}

interface Request {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

async function load(base: string, requests: Request[], connections: number): Promise<Stats> {
  const latencies: number[] = [];
  let failed = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: DURATION,
    pipelining: 1,
    timeout: 30,
    requests: requests.map((r) => ({ method: r.method ?? 'GET', path: r.path, headers: r.headers, body: r.body })),
  });
  instance.on('response', (_c, status, _b, ms) => {
    if (status >= 200 && status < 300) latencies.push(ms);
    else failed += 1;
  });
  const result = await instance;
  return stats(latencies, result.duration || DURATION, failed + result.errors + result.timeouts);
}

/** Requests still in flight after a run (slow endpoints) must not leak into the next measurement. */
async function waitIdle(base: string): Promise<void> {
  for (let i = 0; i < 240; i += 1) {
    const t0 = Date.now();
    await fetch(`${base}/api/v1/health/live`).catch(() => undefined);
    if (Date.now() - t0 < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

// ───────────────────────────── bare SQL ─────────────────────────────

type Pool = InstanceType<typeof Pool>;
type SqlUnit = (client: { query: Pool['query'] }, i: number) => Promise<unknown>;

async function timeSql(pool: Pool, unit: SqlUnit, connections: number): Promise<Stats> {
  const latencies: number[] = [];
  let failed = 0;
  const until = Date.now() + Math.min(DURATION, 5) * 1000;
  const started = Date.now();
  let i = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < until) {
          const t0 = process.hrtime.bigint();
          try {
            await unit(client, i++);
            latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          } catch (e) {
            failed += 1;
            if (failed === 1) log(`bench: SQL failed: ${e instanceof Error ? e.message : String(e)}`);
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  return stats(latencies, (Date.now() - started) / 1000, failed);
}

// ───────────────────────────── scenarios ─────────────────────────────

interface Scenario {
  /** Short key for BENCH_ONLY. */
  key: string;
  name: string;
  goal: { p95Ms: number; at: number } | null;
  /** Why the ratio is not comparable, when it is not. */
  ratioNote?: string;
  requests: Request[];
  sql: SqlUnit;
  explain?: { title: string; sql: string; params: unknown[] };
  moreExplain?: { title: string; sql: string; params: unknown[] }[];
}

const OPEN = `('PLANNED','ACTIVE','ON_LEAVE')`;

async function scenarios(
  base: string,
  pool: Pool,
): Promise<{ list: Scenario[]; facts: Record<string, string | number> }> {
  const q = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];
  const [demo] = await q<{ id: string }>(`SELECT id FROM municipality WHERE municipality_number = '9999'`);
  if (!demo) throw new Error('No demo municipality in the bench database');
  const m = demo.id;
  const [consultant] = await q<{ id: string }>(`SELECT id FROM app_user WHERE email = 'konsulent@demo.ankomst.no'`);
  const cookieConsultant = await signIn(base, 'konsulent@demo.ankomst.no');
  const cookieManager = await signIn(base, 'leder@demo.ankomst.no');
  const persons = await q<{ person_id: string }>(
    `SELECT person_id FROM programme WHERE municipality_id = $1 AND consultant_id = $2 AND status IN ${OPEN} ORDER BY id LIMIT 20`,
    [m, consultant?.id],
  );
  const month = addMonths(firstOfMonth(today), -1).slice(0, 7);
  const first = `${month}-01`;
  const last = lastOfMonth(first);
  const [counts] = await q<{ persons: number; programmes: number; participants: number }>(
    `SELECT (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM programme)::int AS programmes,
       (SELECT count(*) FROM programme WHERE municipality_id = $1 AND start_date <= $3::date AND (end_date IS NULL OR end_date >= $2::date))::int AS participants`,
    [m, first, last],
  );
  const gValues = Array.from(
    { length: Number(today.slice(0, 4)) - 2009 },
    (_, k) => `(${2010 + k}, ${baseAmountForYear(2010 + k, BASE_AMOUNTS)})`,
  ).join(', ');
  const C = { cookie: cookieConsultant };
  const M = { cookie: cookieManager };

  const caseloadSql = `SELECT pr.id, pr.person_id, pr.status, pr.derived_regime, pr.regime_override, pr.start_date, pr.planned_end_date, pr.next_deadline_date, pr.next_deadline_kind, pr.consultant_id, u.name, p.first_name, p.last_name, p.birth_date
    FROM programme pr JOIN person p ON p.id = pr.person_id LEFT JOIN app_user u ON u.id = pr.consultant_id
    WHERE pr.municipality_id = $1 AND pr.status IN ${OPEN} AND pr.consultant_id = $2
    ORDER BY pr.next_deadline_date ASC NULLS LAST, pr.id LIMIT 25`;
  const caseloadOthersSql = `SELECT pr.id, pr.person_id, pr.status, pr.next_deadline_date, p.first_name, p.last_name
    FROM programme pr JOIN person p ON p.id = pr.person_id
    WHERE pr.municipality_id = $1 AND pr.status IN ${OPEN} AND (pr.consultant_id IS NULL OR pr.consultant_id <> $2)
    ORDER BY pr.next_deadline_date ASC NULLS LAST, pr.id OFFSET 0 LIMIT 25`;
  const deadlinesSql = `SELECT pr.*, p.first_name, p.last_name, p.birth_date, p.settlement_date
    FROM programme pr JOIN person p ON p.id = pr.person_id
    WHERE pr.municipality_id = $1 AND pr.status IN ${OPEN} AND pr.next_deadline_date IS NOT NULL
    ORDER BY pr.next_deadline_date ASC, pr.id LIMIT 25`;
  const indicatorSql = `WITH g(year, amount) AS (VALUES ${gValues}),
    b AS (SELECT p.id, p.sex, extract(year FROM p.birth_date)::int AS b_birth, extract(year FROM p.immigration_date)::int AS b_imm,
            extract(year FROM p.left_municipality_date)::int AS b_left
          FROM person p WHERE p.municipality_id = $1 AND p.immigration_date IS NOT NULL)
    SELECT COALESCE(b.sex::text, 'UNKNOWN') AS grp, (r.year - b.b_imm - 1) AS botid, count(*) AS n,
      count(*) FILTER (WHERE r.earned_income > g.amount) AS in_work, count(*) FILTER (WHERE r.in_education) AS in_education,
      count(*) FILTER (WHERE r.earned_income > g.amount OR r.in_education) AS either
    FROM register_outcome r JOIN b ON b.id = r.person_id JOIN g ON g.year = r.year
    WHERE r.municipality_id = $1 AND r.year - b.b_birth BETWEEN 20 AND 69 AND r.year - b.b_imm - 1 BETWEEN 0 AND 10 AND (b.b_left IS NULL OR r.year < b.b_left)
    GROUP BY 1, 2`;
  const kpiSql = `SELECT COALESCE(pr.regime_override, pr.derived_regime) AS regime, count(*) FILTER (WHERE o.end_goal_reached) AS reached, count(o.id) AS ended,
      count(*) FILTER (WHERE pr.start_date <= (p.settlement_date + interval '3 months')::date) AS on_time,
      count(*) FILTER (WHERE pr.status IN ${OPEN} AND pr.next_deadline_date < $2::date) AS overdue
    FROM programme pr JOIN person p ON p.id = pr.person_id LEFT JOIN programme_outcome o ON o.programme_id = pr.id
    WHERE pr.municipality_id = $1 GROUP BY 1`;
  // The statements BenefitsRepository issues for the month (care facts, two small queries for the persons with
  // child-illness days, left out): programmes with person and unpaid leave, the absence ledger from 13 months back,
  // other benefits.
  const benefitSql = `SELECT pr.id, pr.person_id, pr.derived_regime::text AS derived_regime, pr.regime_override::text AS regime_override,
      pr.start_date, pr.end_date, pr.lives_with_parents, pr.childless_couple_both_participating, pr.deductions_apply,
      p.first_name, p.last_name, p.birth_date,
      (SELECT json_agg(json_build_object('fromDate', l.from_date, 'toDate', l.to_date) ORDER BY l.from_date, l.to_date, l.id)
         FROM programme_leave l WHERE l.programme_id = pr.id AND l.with_benefit = false AND l.from_date <= $3::date AND l.to_date >= $2::date) AS leaves
    FROM programme pr JOIN person p ON p.id = pr.person_id AND p.municipality_id = $1::uuid
    WHERE pr.municipality_id = $1::uuid AND pr.start_date IS NOT NULL AND pr.start_date <= $3::date AND (pr.end_date IS NULL OR pr.end_date >= $2::date)
    ORDER BY p.last_name ASC, p.first_name ASC, pr.id ASC`;
  const absenceLedgerSql = `SELECT a.person_id, a.date, a.planned_hours::float8, a.present_hours::float8, a.absence_kind::text
    FROM attendance_record a
    WHERE a.municipality_id = $1::uuid AND a.absence_kind IS NOT NULL AND a.date >= $2::date AND a.date <= $3::date
    ORDER BY a.date, a.person_id, a.activity_key`;
  const historyFirst = addMonths(first, -13);

  const personIds = persons.map((p) => p.person_id);
  const pick = (i: number) => personIds[i % Math.max(1, personIds.length)] as string;
  const participantRequests = personIds.flatMap((id) => [
    { path: `/api/v1/persons/${id}`, headers: C },
    { path: `/api/v1/persons/${id}/programmes`, headers: C },
    { path: `/api/v1/persons/${id}/timeline`, headers: C },
  ]);
  const login = await csrf(base);

  const list: Scenario[] = [
    {
      key: 'me',
      name: 'Baseline: signed-in no-op (GET /auth/me: session, guard, user)',
      goal: null,
      requests: [{ path: '/api/v1/auth/me', headers: C }],
      sql: async (c) => {
        await c.query('SELECT data, expires_at FROM user_session WHERE sid = $1', ['x']);
        await c.query('SELECT * FROM app_user WHERE id = $1', [consultant?.id]);
      },
    },
    {
      key: 'caseload',
      name: 'Caseload list (mine first, open, by deadline, page 1)',
      goal: { p95Ms: 100, at: 32 },
      requests: [{ path: '/api/v1/caseload?sort=nextDeadline&page=1&pageSize=25', headers: C }],
      sql: async (c) => {
        await c.query(
          `SELECT count(*) FROM programme WHERE municipality_id = $1 AND status IN ${OPEN} AND consultant_id = $2`,
          [m, consultant?.id],
        );
        await c.query(caseloadSql, [m, consultant?.id]);
      },
      explain: {
        title: 'Caseload: own open programmes by next deadline',
        sql: caseloadOthersSql,
        params: [m, consultant?.id],
      },
    },
    {
      key: 'participant',
      name: 'Participant page (person, programmes, timeline)',
      goal: { p95Ms: 100, at: 32 },
      requests: participantRequests,
      sql: async (c, i) => {
        const id = pick(Math.floor(i / 3));
        const k = i % 3;
        if (k === 0) {
          await c.query('SELECT * FROM person WHERE id = $1 AND municipality_id = $2', [id, m]);
          await c.query(
            'SELECT h.*, hm.relation FROM household_member hm JOIN household h ON h.id = hm.household_id WHERE hm.person_id = $1',
            [id],
          );
        } else if (k === 1) {
          await c.query(
            'SELECT pr.*, (SELECT json_agg(e) FROM programme_extension e WHERE e.programme_id = pr.id) AS ext, (SELECT json_agg(l) FROM programme_leave l WHERE l.programme_id = pr.id) AS leaves FROM programme pr WHERE pr.person_id = $1 AND pr.municipality_id = $2',
            [id, m],
          );
        } else {
          await c.query('SELECT * FROM timeline_event WHERE person_id = $1 ORDER BY occurred_at DESC LIMIT 50', [id]);
        }
      },
    },
    {
      key: 'deadlines',
      name: 'Deadline list (municipality, earliest first)',
      goal: { p95Ms: 100, at: 32 },
      requests: [{ path: '/api/v1/deadlines?scope=all&page=1&pageSize=25', headers: M }],
      sql: async (c) => {
        await c.query(deadlinesSql, [m]);
        await c.query(
          `SELECT count(*) FROM programme WHERE municipality_id = $1 AND status IN ${OPEN} AND next_deadline_date IS NOT NULL`,
          [m],
        );
        await c.query(
          `SELECT count(*) FROM programme WHERE municipality_id = $1 AND status IN ${OPEN} AND next_deadline_date < $2::date`,
          [m, today],
        );
      },
      explain: { title: 'Deadlines: the municipality, earliest first', sql: deadlinesSql, params: [m] },
      moreExplain: [
        {
          title: 'Deadlines: the total count (open programmes of the municipality with a deadline)',
          sql: `SELECT count(*) FROM programme WHERE municipality_id = $1 AND status IN ${OPEN} AND next_deadline_date IS NOT NULL`,
          params: [m],
        },
      ],
    },
    {
      key: 'outcomes',
      name: 'Outcomes dashboard (indicators by sex + programme KPIs)',
      goal: { p95Ms: 500, at: 32 },
      requests: [
        { path: '/api/v1/outcomes/indicators?breakdown=sex&botidMax=10', headers: M },
        { path: '/api/v1/outcomes/programme-kpis', headers: M },
      ],
      sql: async (c, i) => {
        if (i % 2 === 0) await c.query(indicatorSql, [m]);
        else await c.query(kpiSql, [m, today]);
      },
      explain: { title: 'Outcomes: register indicators by botid and sex', sql: indicatorSql, params: [m] },
    },
    {
      key: 'benefits',
      name: `Benefit month ${month} (whole municipality)`,
      goal: { p95Ms: 2000, at: 1 },
      requests: [{ path: `/api/v1/benefits/${month}`, headers: C }],
      sql: async (c) => {
        await c.query(benefitSql, [m, first, last]);
        await c.query(absenceLedgerSql, [m, historyFirst, last]);
        await c.query(
          'SELECT person_id, kind, amount FROM external_benefit WHERE municipality_id = $1 AND month = $2::date',
          [m, first],
        );
      },
      explain: {
        title: `Benefit month: programmes running in ${month} with their person and unpaid leave`,
        sql: benefitSql,
        params: [m, first, last],
      },
      moreExplain: [
        {
          title: `Benefit month: the absence ledger from ${historyFirst} to ${last}`,
          sql: absenceLedgerSql,
          params: [m, historyFirst, last],
        },
      ],
    },
    {
      key: 'login',
      name: 'Sign-in (argon2id verify + new session)',
      goal: null,
      ratioNote: 'argon2id hashing is deliberately slow; SQL is only the user lookup',
      requests: [
        {
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { 'content-type': 'application/json', 'x-csrf-token': login.token, cookie: login.cookie },
          body: JSON.stringify({ email: 'konsulent@demo.ankomst.no', password: DEMO_PASSWORD }),
        },
      ],
      sql: async (c) => {
        await c.query('SELECT * FROM app_user WHERE email = $1', ['konsulent@demo.ankomst.no']);
      },
    },
  ];
  return {
    list,
    facts: {
      persons: counts?.persons ?? 0,
      programmes: counts?.programmes ?? 0,
      participants: counts?.participants ?? 0,
      month,
    },
  };
}

// ───────────────────────────── report ─────────────────────────────

interface Row {
  scenario: Scenario;
  connections: number;
  app: Stats | null;
  sql: Stats;
  note: string;
  /** The first request of the scenario (cold: no warm-up, no cache), ms. */
  firstMs: number | null;
}

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');

function verdict(r: Row): string {
  if (!r.app) return r.note;
  if (r.app.n === 0)
    return `MISSED: no response completed within the ${DURATION} s run (${r.app.failed} failed or timed out)`;
  const marks: string[] = [];
  const g = r.scenario.goal;
  if (g && g.at === r.connections)
    marks.push(r.app.p95 <= g.p95Ms ? `ok (p95 < ${g.p95Ms} ms)` : `MISSED (p95 goal ${g.p95Ms} ms)`);
  const ratio = r.app.p50 / r.sql.p50;
  if (!r.scenario.ratioNote) marks.push(ratio <= 2 ? 'ratio ok' : 'RATIO > 2');
  if (r.app.failed > 0) marks.push(`${r.app.failed} failed`);
  return marks.join('; ');
}

function table(rows: Row[]): string {
  const head =
    '| Endpoint | Clients | First request ms | App p50 ms | App p95 ms | App p99 ms | App req/s | SQL p50 ms | SQL p95 ms | App/SQL (p50) | Goal |';
  const sep = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  const lines = rows.map((r) => {
    const a = r.app;
    const ratio =
      a && a.n > 0 ? (r.scenario.ratioNote ? `n/a (${r.scenario.ratioNote})` : (a.p50 / r.sql.p50).toFixed(1)) : '–';
    return `| ${r.scenario.name} | ${r.connections} | ${r.firstMs === null || r.connections !== CONNECTIONS[0] ? '' : r.firstMs} | ${a ? ms(a.p50) : 'not available'} | ${a ? ms(a.p95) : '–'} | ${a ? ms(a.p99) : '–'} | ${a ? a.rps.toFixed(0) : '–'} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ${ratio} | ${verdict(r)} |`;
  });
  return [head, sep, ...lines].join('\n');
}

async function explain(pool: Pool, list: Scenario[]): Promise<string> {
  const parts: string[] = [];
  for (const s of list) {
    for (const e of [...(s.explain ? [s.explain] : []), ...(s.moreExplain ?? [])]) {
      const res = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${e.sql}`, e.params);
      parts.push(
        `#### ${e.title}\n\n\`\`\`\n${res.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
      );
    }
  }
  return parts.join('\n\n');
}

function writeDoc(section: string): void {
  const file = path.join(ROOT, 'docs/benchmarks.md');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  const next =
    a >= 0 && b > a
      ? `${current.slice(0, a + start.length)}\n${section}\n${current.slice(b)}`
      : `${current}\n${start}\n${section}\n${end}\n`;
  writeFileSync(file, next);
}

async function main(): Promise<void> {
  let url = env.BENCH_DATABASE_URL;
  let stopDb: (() => Promise<void>) | null = null;
  if (!url) {
    const db = await startEmbeddedPostgres({
      dataDir: path.join(ROOT, '.data/bench/postgres'),
      port: Number(env.BENCH_EMBEDDED_PORT ?? 54340),
      databaseName: 'ankomst_bench',
      log,
    });
    url = db.url;
    stopDb = () => db.stop();
  }
  await ensureDataset(url);
  const { base, proc } = await startApi(url);
  const pool = new Pool({ connectionString: url, max: Math.max(...CONNECTIONS) });
  try {
    const { list: all, facts } = await scenarios(base, pool);
    const list = ONLY ? all.filter((s) => ONLY.has(s.key)) : all;
    log(
      `bench: ${facts.persons} persons, ${facts.programmes} programmes; the demo municipality has ${facts.participants} participants in ${facts.month}`,
    );
    const rows: Row[] = [];
    for (const s of list) {
      const probe = s.requests[0] as Request;
      const t0 = Date.now();
      const res = await fetch(`${base}${probe.path}`, {
        method: probe.method ?? 'GET',
        headers: probe.headers,
        body: probe.body,
      });
      await res.arrayBuffer();
      const firstMs = Date.now() - t0;
      const available = res.status >= 200 && res.status < 300;
      // Warm up both paths (JIT, plan cache, buffers) before measuring.
      if (available) await load(base, s.requests, 4).catch(() => undefined);
      for (const connections of CONNECTIONS) {
        log(`bench: ${s.name} at ${connections} client(s)…`);
        const app = available ? await load(base, s.requests, connections) : null;
        if (available) await waitIdle(base);
        const sql = await timeSql(pool, s.sql, connections);
        rows.push({
          scenario: s,
          connections,
          app,
          sql,
          note: available ? '' : `not available (HTTP ${res.status})`,
          firstMs: available ? firstMs : null,
        });
      }
    }
    const cpus = os.cpus();
    const [pgv] = (await pool.query('SHOW server_version')).rows as Array<{ server_version: string }>;
    const header = [
      `### Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}; Node ${process.version}; PostgreSQL ${pgv?.server_version ?? '?'}${env.BENCH_DATABASE_URL ? ' (BENCH_DATABASE_URL)' : ' (embedded)'}; load average at the end ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}.`,
      `Data set: ${Number(facts.persons).toLocaleString('en')} persons, ${Number(facts.programmes).toLocaleString('en')} programmes in ${MUNICIPALITIES} municipalities (seed ${SEED}); the signed-in users work in the largest (the demo municipality, ${facts.participants} participants in ${facts.month}).`,
      `Each run: ${DURATION} s of autocannon on loopback per connection count; SQL timed with node-postgres on the same statements for ${Math.min(DURATION, 5)} s. The API runs with NODE_ENV=production and its default connection pool (DATABASE_POOL_SIZE, 20).`,
      '',
    ].join('\n');
    const result = `${header}\n${table(rows)}\n\n#### Query plans (EXPLAIN ANALYZE, BUFFERS)\n\n${await explain(pool, list)}\n`;
    process.stdout.write(`\n${table(rows)}\n`);
    if (ONLY) log('bench: BENCH_ONLY run, docs/benchmarks.md left as it is');
    else {
      writeDoc(result);
      log('bench: results written to docs/benchmarks.md');
    }
  } finally {
    await pool.end();
    proc.kill('SIGTERM');
    await stopDb?.();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
