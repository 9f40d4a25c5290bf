import { Injectable } from '@nestjs/common';
import type { OutcomeBreakdown, OutcomeParticipantsQuery } from '@ankomst/contracts';
import { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { PrismaService } from '../../core/database/prisma.service';
import { regimeInForceWhere } from '../programmes/regime-in-force';

export interface OutcomeFilters {
  category?: 'RESETTLEMENT' | 'ASYLUM' | 'FAMILY' | 'COLLECTIVE_PROTECTION';
  sex?: 'FEMALE' | 'MALE';
  regime?: 'INTRODUKSJONSLOVEN' | 'INTEGRERINGSLOVEN' | 'INTEGRERINGSLOVEN_KAP6A' | 'NONE';
  cohortFrom?: number;
  cohortTo?: number;
}

export interface IndicatorCountRow {
  grp: string;
  botid: number;
  n: number;
  in_work: number;
  in_education: number;
  either: number;
}

/** The person's partner and children under 18 (at immigration) from the household, and the regime of the latest programme. */
const PARTNER_SQL =
  Prisma.raw(`EXISTS (SELECT 1 FROM household_member hm JOIN household_member o ON o.household_id = hm.household_id AND o.person_id <> hm.person_id
  WHERE hm.person_id = p.id AND hm.relation IN ('HEAD','SPOUSE') AND o.relation IN ('HEAD','SPOUSE'))`);
const CHILDREN_SQL =
  Prisma.raw(`(SELECT count(*) FROM household_member hm JOIN household_member c ON c.household_id = hm.household_id AND c.relation = 'CHILD'
  JOIN person cp ON cp.id = c.person_id WHERE hm.person_id = p.id AND hm.relation IN ('HEAD','SPOUSE') AND cp.birth_date > p.immigration_date - interval '18 years')`);
const REGIME_SQL = Prisma.raw(
  `COALESCE((SELECT COALESCE(pr.regime_override, pr.derived_regime)::text FROM programme pr WHERE pr.person_id = p.id ORDER BY pr.created_at DESC LIMIT 1), 'NONE')`,
);

/**
 * Group expressions: the SQL mirror of `@ankomst/regimes` outcomes/breakdowns.ts (the e2e test checks them
 * against the TypeScript reference). Only these fixed fragments are spliced into the query; values are parameters.
 */
const GROUP_SQL: Record<OutcomeBreakdown, string> = {
  none: `'ALL'`,
  category: `CASE WHEN p.arrival_category IN ('FAMILY_REUNIFICATION','FAMILY_ESTABLISHMENT') THEN 'FAMILY' ELSE COALESCE(p.arrival_category::text, 'UNKNOWN') END`,
  sex: `COALESCE(p.sex::text, 'UNKNOWN')`,
  ageAtArrival: `CASE WHEN b_age < 20 THEN 'UNDER_20' WHEN b_age >= 70 THEN '70_PLUS' ELSE (b_age / 10 * 10)::text || '_' || (b_age / 10 * 10 + 9)::text END`,
  partner: `CASE WHEN b_partner THEN 'PARTNER' ELSE 'NO_PARTNER' END`,
  partnerSex: `(CASE WHEN b_partner THEN 'PARTNER' ELSE 'NO_PARTNER' END) || ':' || COALESCE(p.sex::text, 'UNKNOWN')`,
  children: `CASE WHEN b_children = 0 THEN '0' WHEN b_children <= 2 THEN '1_2' ELSE '3_PLUS' END`,
  education: `CASE WHEN p.nus_level IS NULL OR p.nus_level < 0 OR p.nus_level > 8 THEN '99' WHEN p.nus_level <= 1 THEN p.nus_level::text WHEN p.nus_level <= 3 THEN '2' WHEN p.nus_level <= 5 THEN '3' WHEN p.nus_level = 6 THEN '4' ELSE '5' END`,
  country: `CASE WHEN p.country_of_birth IN ('SY','IR','IQ','AF','SD','SO','ET','ER','UA') THEN p.country_of_birth ELSE 'OTHER' END`,
  cohort: `b_imm::text`,
  regime: `b_regime`,
};

/**
 * Outcome aggregates, computed in the database (GROUP BY), always within the actor's municipality. Indicator
 * queries touch no names: they return counts only. The drill-down goes through the person scope.
 */
@Injectable()
export class OutcomesRepository {
  constructor(private readonly prisma: PrismaService) {}

  private personFilters(f: OutcomeFilters): Prisma.Sql {
    const parts: Prisma.Sql[] = [];
    if (f.category === 'FAMILY')
      parts.push(Prisma.sql`p.arrival_category IN ('FAMILY_REUNIFICATION','FAMILY_ESTABLISHMENT')`);
    else if (f.category) parts.push(Prisma.sql`p.arrival_category = ${f.category}::"ArrivalCategory"`);
    if (f.sex) parts.push(Prisma.sql`p.sex = ${f.sex}::"Sex"`);
    if (f.cohortFrom !== undefined) parts.push(Prisma.sql`p.immigration_date >= make_date(${f.cohortFrom}::int, 1, 1)`);
    if (f.cohortTo !== undefined) parts.push(Prisma.sql`p.immigration_date < make_date(${f.cohortTo + 1}::int, 1, 1)`);
    return parts.length > 0 ? Prisma.sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
  }

  /** Counts of person-years in the population by group and botid. `gByYear` is G on 1 May per outcome year. */
  async indicatorCounts(
    actor: Actor,
    breakdown: OutcomeBreakdown,
    f: OutcomeFilters,
    botidMax: number,
    gByYear: ReadonlyArray<{ year: number; amount: number }>,
  ): Promise<IndicatorCountRow[]> {
    const needsPartner = breakdown === 'partner' || breakdown === 'partnerSex';
    const needsChildren = breakdown === 'children';
    const needsRegime = breakdown === 'regime' || f.regime !== undefined;
    const gValues = Prisma.join(gByYear.map((g) => Prisma.sql`(${g.year}::int, ${g.amount}::int)`));
    const regimeFilter = f.regime ? Prisma.sql` AND b.b_regime = ${f.regime}` : Prisma.empty;
    return this.prisma.$queryRaw<IndicatorCountRow[]>`
      WITH g(year, amount) AS (VALUES ${gValues}),
      b AS (
        SELECT p.id, p.sex, p.arrival_category, p.nus_level, p.country_of_birth,
          extract(year FROM p.birth_date)::int AS b_birth,
          extract(year FROM p.immigration_date)::int AS b_imm,
          extract(year FROM p.left_municipality_date)::int AS b_left,
          extract(year FROM age(p.immigration_date, p.birth_date))::int AS b_age,
          ${needsPartner ? PARTNER_SQL : Prisma.raw('false')} AS b_partner,
          ${needsChildren ? CHILDREN_SQL : Prisma.raw('0')} AS b_children,
          ${needsRegime ? REGIME_SQL : Prisma.raw(`'NONE'`)} AS b_regime
        FROM person p
        WHERE p.municipality_id = ${actor.municipalityId}::uuid AND p.immigration_date IS NOT NULL ${this.personFilters(f)}
      )
      SELECT ${Prisma.raw(GROUP_SQL[breakdown].replaceAll('p.', 'b.'))} AS grp, (r.year - b.b_imm - 1)::int AS botid,
        count(*)::int AS n,
        count(*) FILTER (WHERE r.earned_income > g.amount)::int AS in_work,
        count(*) FILTER (WHERE r.in_education)::int AS in_education,
        count(*) FILTER (WHERE r.earned_income > g.amount OR r.in_education)::int AS either
      FROM register_outcome r
      JOIN b ON b.id = r.person_id
      JOIN g ON g.year = r.year
      WHERE r.municipality_id = ${actor.municipalityId}::uuid
        AND r.year - b.b_birth BETWEEN 20 AND 69
        AND r.year - b.b_imm - 1 BETWEEN 0 AND ${botidMax}::int
        AND (b.b_left IS NULL OR r.year < b.b_left) ${regimeFilter}
      GROUP BY 1, 2
      ORDER BY 1, 2`;
  }

  async quality(
    actor: Actor,
    f: OutcomeFilters,
  ): Promise<{ persons: number; missing: number; latestYear: number | null }> {
    const rows = await this.prisma.$queryRaw<Array<{ persons: number; missing: number; latest: number | null }>>`
      SELECT count(DISTINCT p.id)::int AS persons, count(DISTINCT p.id) FILTER (WHERE p.nus_level IS NULL)::int AS missing,
        (SELECT max(year) FROM register_outcome WHERE municipality_id = ${actor.municipalityId}::uuid)::int AS latest
      FROM person p
      WHERE p.municipality_id = ${actor.municipalityId}::uuid AND p.immigration_date IS NOT NULL
        AND EXISTS (SELECT 1 FROM register_outcome r WHERE r.person_id = p.id) ${this.personFilters(f)}`;
    const row = rows[0];
    return { persons: row?.persons ?? 0, missing: row?.missing ?? 0, latestYear: row?.latest ?? null };
  }

  private programmeFilters(f: OutcomeFilters): Prisma.Sql {
    const parts: Prisma.Sql[] = [];
    if (f.regime && f.regime !== 'NONE')
      parts.push(Prisma.sql`COALESCE(pr.regime_override, pr.derived_regime) = ${f.regime}::"Regime"`);
    const personPart = this.personFilters(f);
    return Prisma.sql`${parts.length > 0 ? Prisma.sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty}${personPart}`;
  }

  /** One row of programme KPI counts per regime. */
  async programmeKpis(actor: Actor, f: OutcomeFilters, today: string) {
    const m = actor.municipalityId;
    const filters = this.programmeFilters(f);
    const perRegime = await this.prisma.$queryRaw<
      Array<{
        regime: string;
        ended: number;
        reached: number;
        started: number;
        on_time: number;
        median_days: number | null;
        open: number;
        overdue: number;
        over_max: number;
        avg_months: number | null;
        avg_max: number | null;
        transition_n: number;
        transition_yes: number;
      }>
    >`
      SELECT COALESCE(pr.regime_override, pr.derived_regime)::text AS regime,
        count(*) FILTER (WHERE o.id IS NOT NULL AND pr.status IN ('COMPLETED','DISCONTINUED'))::int AS ended,
        count(*) FILTER (WHERE o.end_goal_reached AND pr.status IN ('COMPLETED','DISCONTINUED'))::int AS reached,
        count(*) FILTER (WHERE pr.start_date IS NOT NULL AND p.settlement_date IS NOT NULL)::int AS started,
        count(*) FILTER (WHERE pr.start_date <= (COALESCE(pr.claim_date, p.settlement_date) + interval '3 months')::date)::int AS on_time,
        (percentile_cont(0.5) WITHIN GROUP (ORDER BY pr.start_date - COALESCE(pr.claim_date, p.settlement_date)))::float AS median_days,
        count(*) FILTER (WHERE pr.status IN ('PLANNED','ACTIVE','ON_LEAVE'))::int AS open,
        count(*) FILTER (WHERE pr.status IN ('PLANNED','ACTIVE','ON_LEAVE') AND pr.next_deadline_date < ${today}::date)::int AS overdue,
        count(*) FILTER (WHERE pr.end_date IS NOT NULL AND pr.start_date IS NOT NULL AND (pr.evaluation->'programme'->>'maxMonthsWithExtension') IS NOT NULL
          AND pr.end_date > (pr.start_date + make_interval(months => (pr.evaluation->'programme'->>'maxMonthsWithExtension')::int))::date)::int AS over_max,
        avg((pr.end_date - pr.start_date) / 30.4375) FILTER (WHERE pr.end_date IS NOT NULL AND pr.start_date IS NOT NULL)::float AS avg_months,
        avg((pr.evaluation->'programme'->>'maxMonths')::numeric) FILTER (WHERE pr.end_date IS NOT NULL AND pr.start_date IS NOT NULL)::float AS avg_max,
        count(o.id) FILTER (WHERE o.end_status <> 'MOVED')::int AS transition_n,
        count(o.id) FILTER (WHERE o.end_status IN ('WORK_FULL_TIME','WORK_PART_TIME','EDUCATION','WORK_AND_EDUCATION'))::int AS transition_yes
      FROM programme pr
      JOIN person p ON p.id = pr.person_id
      LEFT JOIN programme_outcome o ON o.programme_id = pr.id
      WHERE pr.municipality_id = ${m}::uuid ${filters}
      GROUP BY 1`;
    const statuses = await this.prisma.$queryRaw<Array<{ status: string; n: number }>>`
      SELECT o.end_status::text AS status, count(*)::int AS n
      FROM programme_outcome o JOIN programme pr ON pr.id = o.programme_id JOIN person p ON p.id = pr.person_id
      WHERE o.municipality_id = ${m}::uuid ${filters} GROUP BY 1`;
    const followUps = await this.prisma.$queryRaw<Array<{ n6: number; yes6: number; n12: number; yes12: number }>>`
      SELECT count(o.follow_up_6_status)::int AS n6,
        count(*) FILTER (WHERE o.follow_up_6_status IN ('WORK_FULL_TIME','WORK_PART_TIME','EDUCATION','WORK_AND_EDUCATION'))::int AS yes6,
        count(o.follow_up_12_status)::int AS n12,
        count(*) FILTER (WHERE o.follow_up_12_status IN ('WORK_FULL_TIME','WORK_PART_TIME','EDUCATION','WORK_AND_EDUCATION'))::int AS yes12
      FROM programme_outcome o JOIN programme pr ON pr.id = o.programme_id JOIN person p ON p.id = pr.person_id
      WHERE o.municipality_id = ${m}::uuid ${filters}`;
    const overdueKinds = await this.prisma.$queryRaw<Array<{ kind: string; n: number }>>`
      SELECT COALESCE(pr.next_deadline_kind, 'UNKNOWN') AS kind, count(*)::int AS n
      FROM programme pr JOIN person p ON p.id = pr.person_id
      WHERE pr.municipality_id = ${m}::uuid AND pr.status IN ('PLANNED','ACTIVE','ON_LEAVE') AND pr.next_deadline_date < ${today}::date ${filters}
      GROUP BY 1 ORDER BY 2 DESC`;
    const goals = await this.prisma.$queryRaw<Array<{ kind: string; n: number; reached: number }>>`
      SELECT g.kind::text AS kind, count(*) FILTER (WHERE g.status IN ('REACHED','NOT_REACHED'))::int AS n, count(*) FILTER (WHERE g.status = 'REACHED')::int AS reached
      FROM alternative_goal g JOIN programme pr ON pr.id = g.programme_id JOIN person p ON p.id = pr.person_id
      WHERE g.municipality_id = ${m}::uuid ${filters} GROUP BY 1`;
    return { perRegime, statuses, followUp: followUps[0] ?? { n6: 0, yes6: 0, n12: 0, yes12: 0 }, overdueKinds, goals };
  }

  /** The participants behind a KPI, within the actor's person scope (the caller adds it). */
  async participants(actor: Actor, personWhere: Prisma.PersonWhereInput, q: OutcomeParticipantsQuery, today: string) {
    const day = new Date(`${today}T00:00:00Z`);
    const regime = q.regime ? regimeInForceWhere([q.regime]) : {};
    let where: Prisma.ProgrammeWhereInput;
    switch (q.kind) {
      case 'OVERDUE_DEADLINE':
        where = { status: { in: ['PLANNED', 'ACTIVE', 'ON_LEAVE'] }, nextDeadlineDate: { lt: day } };
        break;
      case 'END_GOAL_NOT_REACHED':
        where = { status: { in: ['COMPLETED', 'DISCONTINUED'] }, outcome: { endGoalReached: false } };
        break;
      case 'LATE_START':
      case 'OVER_MAXIMUM': {
        // Both compare dates across tables; the ids come from one SQL query, then the page is read with the scope.
        const ids =
          q.kind === 'LATE_START'
            ? await this.prisma.$queryRaw<
                Array<{ id: string }>
              >`SELECT pr.id FROM programme pr JOIN person p ON p.id = pr.person_id
              WHERE pr.municipality_id = ${actor.municipalityId}::uuid AND pr.start_date > (COALESCE(pr.claim_date, p.settlement_date) + interval '3 months')::date`
            : await this.prisma.$queryRaw<Array<{ id: string }>>`SELECT pr.id FROM programme pr
              WHERE pr.municipality_id = ${actor.municipalityId}::uuid AND pr.end_date IS NOT NULL AND pr.start_date IS NOT NULL
                AND (pr.evaluation->'programme'->>'maxMonthsWithExtension') IS NOT NULL
                AND pr.end_date > (pr.start_date + make_interval(months => (pr.evaluation->'programme'->>'maxMonthsWithExtension')::int))::date`;
        where = { id: { in: ids.map((r) => r.id) } };
        break;
      }
    }
    const full: Prisma.ProgrammeWhereInput = {
      municipalityId: actor.municipalityId,
      ...regime,
      ...where,
      person: personWhere,
    };
    const [rows, total] = await Promise.all([
      this.prisma.programme.findMany({
        where: full,
        select: {
          id: true,
          personId: true,
          status: true,
          derivedRegime: true,
          regimeOverride: true,
          nextDeadlineDate: true,
          nextDeadlineKind: true,
          startDate: true,
          endDate: true,
          person: { select: { firstName: true, lastName: true, settlementDate: true } },
          outcome: { select: { endStatus: true } },
        },
        orderBy: [{ nextDeadlineDate: 'asc' }, { id: 'asc' }],
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
      }),
      this.prisma.programme.count({ where: full }),
    ]);
    return { rows, total };
  }
}
