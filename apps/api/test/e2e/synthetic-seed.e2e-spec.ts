import {
  ClassDetailSchema,
  ClassListSchema,
  HandoverListSchema,
  HandoverSchema,
  TimelineEventListSchema,
} from '@ankomst/contracts';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client } from 'pg';
import { PrismaClient } from '../../src/generated/prisma/client';
import { DEMO_NAV_OFFICE, DEMO_PASSWORD } from '../../src/seed/demo-users';
import { seedSynthetic, type SyntheticSummary } from '../../src/seed/synthetic-dataset';
import { signIn } from '../support/factories';
import { startTestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

/**
 * The synthetic data set on a real, migrated database: the same seed gives the same rows in two databases, and
 * the later case history (handovers, Norwegian levels, timeline) hangs together the way the API would have left it.
 */
const OPTIONS = { persons: 1500, seed: 11, municipalities: 2, referenceDate: '2026-11-26', log: () => undefined };
const NEW_TABLES = ['timeline_event', 'language_assessment', 'handover', 'handover_status_change', 'handover_message'];

interface Seeded {
  db: { url: string; drop(): Promise<void> };
  sql: Client;
  summary: SyntheticSummary;
}

async function seeded(): Promise<Seeded> {
  const db = await createTestDatabase();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
  try {
    const summary = await seedSynthetic(prisma, db.url, OPTIONS);
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    return { db, sql, summary };
  } finally {
    await prisma.$disconnect();
  }
}

const rows = async <T extends Record<string, unknown>>(s: Seeded, text: string, values: unknown[] = []) =>
  (await s.sql.query<T>(text, values)).rows;
const count = async (s: Seeded, text: string, values: unknown[] = []) =>
  Number((await rows<{ n: string }>(s, text, values))[0]?.n);

let a: Seeded;
let b: Seeded;

beforeAll(async () => {
  a = await seeded();
  b = await seeded();
}, 120_000);

afterAll(async () => {
  for (const s of [a, b]) {
    await s?.sql.end();
    await s?.db.drop();
  }
});

describe('synthetic data set: the later case history', () => {
  it('gives the same rows for the same seed: counts of every table, and the new tables row for row', async () => {
    expect(b.summary.rows).toEqual(a.summary.rows);
    for (const table of NEW_TABLES) expect(a.summary.rows[table]).toBeGreaterThan(0);
    // Ids and values come from the seeded stream; municipality and demo user ids do not (created by Prisma).
    const fingerprint = (s: Seeded) =>
      rows(
        s,
        `SELECT (SELECT md5(string_agg(id::text || kind || params::text || occurred_at::text, ',' ORDER BY id)) FROM timeline_event) AS t,
                (SELECT md5(string_agg(id::text || skill || level || assessed_on::text, ',' ORDER BY id)) FROM language_assessment) AS l,
                (SELECT md5(string_agg(id::text || status || coalesce(goal_status, '') || version, ',' ORDER BY id)) FROM handover) AS h,
                (SELECT md5(string_agg(id::text || body, ',' ORDER BY id)) FROM handover_message) AS m`,
      );
    expect(await fingerprint(b)).toEqual(await fingerprint(a));
  });

  it('ends every handover history in its current state, each step by the side whose step it is', async () => {
    // The latest status change is the handover's status; the first is its creation as a draft.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM handover h
           WHERE h.status <> (SELECT c.to_status FROM handover_status_change c WHERE c.handover_id = h.id
                              ORDER BY c.occurred_at DESC LIMIT 1)
              OR (SELECT c.from_status IS NULL AND c.to_status = 'DRAFT' FROM handover_status_change c
                  WHERE c.handover_id = h.id ORDER BY c.occurred_at LIMIT 1) IS NOT TRUE`,
      ),
    ).toBe(0);
    // Nav's steps by an adviser of the receiving office, the refugee service's by the note's consultant.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM handover_status_change c JOIN handover h ON h.id = c.handover_id
           JOIN app_user u ON u.id = c.actor_id
          WHERE CASE WHEN c.to_status IN ('RECEIVED', 'INFO_REQUESTED', 'ACCEPTED') AND c.from_status <> 'INFO_REQUESTED'
                     THEN u.nav_office_id IS DISTINCT FROM h.nav_office_id OR NOT 'NAV_ADVISER' = ANY (u.roles)
                     ELSE u.id <> h.created_by_id END`,
      ),
    ).toBe(0);
    // Submitted notes name their office and basis for sharing (and the consent date when it is consent).
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM handover h LEFT JOIN nav_office o ON o.id = h.nav_office_id
          WHERE h.status <> 'DRAFT' AND (o.municipality_id IS DISTINCT FROM h.municipality_id OR h.sharing_basis IS NULL
                OR (h.sharing_basis = 'CONSENT' AND h.consent_date IS NULL) OR h.goal_status IS NULL)`,
      ),
    ).toBe(0);
    // One handover per programme, for the programme's own participant.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM handover h JOIN programme p ON p.id = h.programme_id
          WHERE p.person_id <> h.person_id OR p.municipality_id <> h.municipality_id`,
      ),
    ).toBe(0);
    expect(await count(a, 'SELECT count(*) - count(DISTINCT programme_id) AS n FROM handover')).toBe(0);
    const states = await rows<{ status: string }>(a, 'SELECT DISTINCT status::text FROM handover ORDER BY 1');
    expect(states.map((s) => s.status)).toEqual(['ACCEPTED', 'DRAFT', 'INFO_REQUESTED', 'RECEIVED', 'SUBMITTED']);
  });

  it("sends handovers to the demo Nav adviser's office, so the adviser's inbox has content", async () => {
    const inbox = await count(
      a,
      `SELECT count(*) AS n FROM handover h JOIN nav_office o ON o.id = h.nav_office_id
         JOIN app_user u ON u.nav_office_id = o.id
        WHERE u.email = 'nav@demo.ankomst.no' AND o.name = $1 AND h.status <> 'DRAFT'`,
      [DEMO_NAV_OFFICE],
    );
    expect(inbox).toBeGreaterThan(5);
    // Questions come from Nav and answers from the refugee service.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM handover_message m JOIN app_user u ON u.id = m.author_id
          WHERE (m.kind = 'QUESTION') <> ('NAV_ADVISER' = ANY (u.roles))`,
      ),
    ).toBe(0);
  });

  it('assesses only enrolled learners, by a teacher of their class, with levels that never fall', async () => {
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM language_assessment l
          WHERE NOT EXISTS (SELECT 1 FROM enrolment e JOIN class_teacher ct ON ct.class_id = e.class_id
                            WHERE e.person_id = l.person_id AND ct.user_id = l.assessor_id
                              AND e.municipality_id = l.municipality_id AND e.from_date <= l.assessed_on)
             OR l.assessed_on > $1::date`,
        [OPTIONS.referenceDate],
      ),
    ).toBe(0);
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM (
           SELECT level, lag(level) OVER (PARTITION BY person_id, skill ORDER BY assessed_on) AS before
             FROM language_assessment) x
          WHERE x.level < x.before`,
      ),
    ).toBe(0);
    // Four skills per occasion, and learners further on have higher levels than at their mapping.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM (SELECT 1 FROM language_assessment GROUP BY person_id, assessed_on
                     HAVING count(*) <> 4) x`,
      ),
    ).toBe(0);
    expect(await count(a, `SELECT count(*) AS n FROM language_assessment WHERE level >= 'B1'`)).toBeGreaterThan(0);
  });

  it('puts timeline lines only on existing persons of the same municipality, never after the reference date', async () => {
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM timeline_event t LEFT JOIN person p ON p.id = t.person_id AND p.municipality_id = t.municipality_id
          WHERE p.id IS NULL OR t.occurred_at >= (($1::date + 1)::timestamp AT TIME ZONE 'UTC') OR t.restricted`,
        [OPTIONS.referenceDate],
      ),
    ).toBe(0);
    // The params the API writes: programme lines name a programme of the same person, handover lines a handover.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM timeline_event t
          WHERE (t.kind LIKE 'programme%' OR t.kind = 'plan.revised')
            AND NOT EXISTS (SELECT 1 FROM programme p WHERE p.id = (t.params->>'programmeId')::uuid AND p.person_id = t.person_id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM timeline_event t
          WHERE t.kind LIKE 'handover.%'
            AND NOT EXISTS (SELECT 1 FROM handover h WHERE h.id = (t.params->>'handoverId')::uuid AND h.person_id = t.person_id)`,
      ),
    ).toBe(0);
    // Every person has the household and settlement lines; every handover step and assessment has its line.
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM person p
          WHERE NOT EXISTS (SELECT 1 FROM timeline_event t WHERE t.person_id = p.id AND t.kind = 'household.registered')
             OR NOT EXISTS (SELECT 1 FROM timeline_event t WHERE t.person_id = p.id AND t.kind = 'settlement.settled')`,
      ),
    ).toBe(0);
    expect(
      await count(
        a,
        `SELECT count(*) AS n FROM timeline_event WHERE kind LIKE 'handover.%' AND kind <> 'handover.commented'`,
      ),
    ).toBe(await count(a, 'SELECT count(*) AS n FROM handover_status_change'));
    expect(await count(a, `SELECT count(*) AS n FROM timeline_event WHERE kind = 'education.assessed'`)).toBe(
      await count(a, 'SELECT count(*) AS n FROM (SELECT DISTINCT person_id, assessed_on FROM language_assessment) x'),
    );
  });

  it("reads through the API: the Nav adviser's inbox and a handover with its history, the timeline, the teacher's class", async () => {
    const app = await startTestApp({ DATABASE_URL: a.db.url });
    try {
      const nav = await signIn(app, 'nav@demo.ankomst.no', DEMO_PASSWORD);
      const inbox = HandoverListSchema.parse((await nav.get('/handovers').expect(200)).body);
      expect(inbox.total).toBeGreaterThan(5);
      const first = inbox.items[0];
      if (!first) throw new Error('empty inbox');
      const handover = HandoverSchema.parse((await nav.get(`/handovers/${first.id}`).expect(200)).body);
      expect(handover.goalStatus).toMatch(/^Sluttmål: /);
      expect(handover.navOffice?.name).toBe(DEMO_NAV_OFFICE);
      expect(handover.statusChanges.at(-1)?.toStatus).toBe(handover.status);
      const timeline = TimelineEventListSchema.parse(
        (await nav.get(`/persons/${handover.person.id}/timeline?pageSize=50`).expect(200)).body,
      );
      const submitted = timeline.items.find((e) => e.kind === 'handover.submitted');
      expect(submitted?.params).toMatchObject({ handoverId: handover.id, navOffice: DEMO_NAV_OFFICE });
      expect(submitted?.actorName).toEqual(expect.any(String));
      expect(timeline.items.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['household.registered', 'settlement.settled', 'programme.started']),
      );

      const teacher = await signIn(app, 'laerer@demo.ankomst.no', DEMO_PASSWORD);
      const classes = ClassListSchema.parse((await teacher.get('/classes?mine=true').expect(200)).body).items;
      expect(classes.length).toBeGreaterThan(0);
      const detail = ClassDetailSchema.parse((await teacher.get(`/classes/${classes[0]?.id}`).expect(200)).body);
      expect(detail.learners.some((l) => l.latestLevels.length === 4)).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('adds nothing on a second run (a municipality with persons is left alone)', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: a.db.url }) });
    try {
      const again = await seedSynthetic(prisma, a.db.url, OPTIONS);
      expect(again.skipped).toBe(OPTIONS.municipalities);
      expect(Object.values(again.rows).reduce((x, y) => x + y, 0)).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });
});
