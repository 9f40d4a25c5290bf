import { Injectable } from '@nestjs/common';
import type { OtherBenefitKind } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { personScope, seesWholeMunicipality } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import type { AbsenceKind } from '../../generated/prisma/enums';
import { dateColumn as d } from '../../core/database/date-column';

/**
 * The only place with benefit queries. A month for the whole municipality is a fixed number of set-based queries
 * (programmes with their person and unpaid leave in one statement, absence rows, external benefits; the care facts
 * for child-illness quotas come from attendance/absence-facts.ts), never one query per participant.
 */
@Injectable()
export class BenefitsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Programmes running at some point in the month (start on or before its last day, no end or end on or after its
   * first), with the person and the unpaid leave overlapping the month, by the person's name. Consultants and
   * managers see the whole municipality: one SQL statement. A narrower need-to-know scope goes through Prisma's
   * where clause (three queries).
   */
  async programmesInMonth(
    actor: Actor,
    first: string,
    last: string,
    programmeId?: string,
    tx?: Tx,
  ): Promise<ProgrammeMonthRow[]> {
    if (!seesWholeMunicipality(actor)) return this.programmesInMonthInScope(actor, first, last, programmeId, tx);
    const rows = await (tx ?? this.prisma).$queryRaw<ProgrammeMonthSqlRow[]>`
      SELECT pr.id, pr.person_id, pr.derived_regime::text AS derived_regime, pr.regime_override::text AS regime_override,
             pr.start_date, pr.end_date, pr.lives_with_parents, pr.childless_couple_both_participating,
             pr.deductions_apply, p.first_name, p.last_name, p.birth_date,
             (SELECT json_agg(json_build_object('fromDate', l.from_date, 'toDate', l.to_date)
                              ORDER BY l.from_date, l.to_date, l.id)
                FROM programme_leave l
               WHERE l.programme_id = pr.id AND l.with_benefit = false
                 AND l.from_date <= ${last}::date AND l.to_date >= ${first}::date) AS leaves
        FROM programme pr
        JOIN person p ON p.id = pr.person_id AND p.municipality_id = ${actor.municipalityId}::uuid
       WHERE pr.municipality_id = ${actor.municipalityId}::uuid
         ${programmeId ? Prisma.sql`AND pr.id = ${programmeId}::uuid` : Prisma.empty}
         AND pr.start_date IS NOT NULL AND pr.start_date <= ${last}::date
         AND (pr.end_date IS NULL OR pr.end_date >= ${first}::date)
       ORDER BY p.last_name ASC, p.first_name ASC, pr.id ASC`;
    return rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      derivedRegime: r.derived_regime,
      regimeOverride: r.regime_override,
      startDate: r.start_date,
      endDate: r.end_date,
      livesWithParents: r.lives_with_parents,
      childlessCoupleBothParticipating: r.childless_couple_both_participating,
      deductionsApply: r.deductions_apply,
      person: { firstName: r.first_name, lastName: r.last_name, birthDate: r.birth_date },
      leaves: (r.leaves ?? []).map((l) => ({ fromDate: d(l.fromDate), toDate: d(l.toDate) })),
    }));
  }

  private programmesInMonthInScope(actor: Actor, first: string, last: string, programmeId?: string, tx?: Tx) {
    return (tx ?? this.prisma).programme.findMany({
      where: {
        municipalityId: actor.municipalityId,
        ...(programmeId ? { id: programmeId } : {}),
        startDate: { not: null, lte: d(last) },
        OR: [{ endDate: null }, { endDate: { gte: d(first) } }],
        person: personScope(actor),
      },
      select: {
        ...PROGRAMME_MONTH_SELECT,
        leaves: {
          where: { withBenefit: false, fromDate: { lte: d(last) }, toDate: { gte: d(first) } },
          select: { fromDate: true, toDate: true },
          orderBy: [{ fromDate: 'asc' }, { toDate: 'asc' }, { id: 'asc' }],
        },
      },
      orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }, { id: 'asc' }],
    });
  }

  /** Whether the programme exists in the actor's scope at all (to tell 404 from "not running that month"). */
  programmeExists(actor: Actor, programmeId: string) {
    return this.prisma.programme.count({
      where: { id: programmeId, municipalityId: actor.municipalityId, person: personScope(actor) },
    });
  }

  /**
   * Absence rows with a kind, from `from` to `to`, in date order; for one person list, or the whole municipality.
   * Hours come as numbers (numeric(4,2) through float8 reads as Number() of the decimal did). The index
   * (municipality_id, absence_kind, date) reads the absence rows alone, not every attendance day of the municipality.
   */
  absenceRows(
    municipalityId: string,
    from: string,
    to: string,
    personIds?: readonly string[],
    tx?: Tx,
  ): Promise<AbsenceRow[]> {
    return (tx ?? this.prisma).$queryRaw<AbsenceRow[]>`
      SELECT a.person_id AS "personId", a.date, a.planned_hours::float8 AS "plannedHours",
             a.present_hours::float8 AS "presentHours", a.absence_kind::text AS "absenceKind"
        FROM attendance_record a
       WHERE a.municipality_id = ${municipalityId}::uuid
         AND a.absence_kind IS NOT NULL AND a.date >= ${from}::date AND a.date <= ${to}::date
         ${personIds ? Prisma.sql`AND a.person_id = ANY(${[...personIds]}::uuid[])` : Prisma.empty}
       ORDER BY a.date, a.person_id, a.activity_key`;
  }

  externalBenefitsInMonth(municipalityId: string, first: string, personIds?: readonly string[], tx?: Tx) {
    return (tx ?? this.prisma).externalBenefit.findMany({
      where: { municipalityId, month: d(first), ...(personIds ? { personId: { in: [...personIds] } } : {}) },
      select: { personId: true, kind: true, amount: true },
    });
  }

  findPerson(actor: Actor, personId: string) {
    return this.prisma.person.findFirst({ where: { id: personId, ...personScope(actor) }, select: { id: true } });
  }

  listExternal(actor: Actor, personId: string, month?: string) {
    return this.prisma.externalBenefit.findMany({
      where: {
        municipalityId: actor.municipalityId,
        personId,
        person: personScope(actor),
        ...(month ? { month: d(`${month}-01`) } : {}),
      },
      orderBy: [{ month: 'desc' }, { kind: 'asc' }],
    });
  }

  createExternal(
    tx: Tx,
    actor: Actor,
    personId: string,
    data: { month: string; kind: OtherBenefitKind; amount: number },
  ) {
    return tx.externalBenefit.create({
      data: {
        municipalityId: actor.municipalityId,
        personId,
        month: d(`${data.month}-01`),
        kind: data.kind,
        amount: data.amount,
      },
    });
  }

  findExternal(actor: Actor, id: string, tx: Tx) {
    return tx.externalBenefit.findFirst({
      where: { id, municipalityId: actor.municipalityId, person: personScope(actor) },
    });
  }

  deleteExternal(tx: Tx, actor: Actor, id: string) {
    return tx.externalBenefit.deleteMany({ where: { id, municipalityId: actor.municipalityId } });
  }
}

const PROGRAMME_MONTH_SELECT = {
  id: true,
  personId: true,
  derivedRegime: true,
  regimeOverride: true,
  startDate: true,
  endDate: true,
  livesWithParents: true,
  childlessCoupleBothParticipating: true,
  deductionsApply: true,
  person: { select: { firstName: true, lastName: true, birthDate: true } },
  leaves: { select: { fromDate: true, toDate: true } },
} as const satisfies Prisma.ProgrammeSelect;

export type ProgrammeMonthRow = Prisma.ProgrammeGetPayload<{ select: typeof PROGRAMME_MONTH_SELECT }>;

interface ProgrammeMonthSqlRow {
  id: string;
  person_id: string;
  derived_regime: ProgrammeMonthRow['derivedRegime'];
  regime_override: ProgrammeMonthRow['regimeOverride'];
  start_date: Date | null;
  end_date: Date | null;
  lives_with_parents: boolean;
  childless_couple_both_participating: boolean;
  deductions_apply: boolean;
  first_name: string;
  last_name: string;
  birth_date: Date;
  leaves: { fromDate: string; toDate: string }[] | null;
}

export interface AbsenceRow {
  personId: string;
  date: Date;
  plannedHours: number;
  presentHours: number;
  absenceKind: AbsenceKind;
}
