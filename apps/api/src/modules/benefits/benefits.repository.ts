import { Injectable } from '@nestjs/common';
import type { OtherBenefitKind } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { dateColumn as d } from '../../core/database/date-column';

/**
 * The only place with benefit queries. A month for the whole municipality is four set-based queries
 * (programmes with their unpaid leave, absence rows, external benefits; the care facts for child-illness quotas come
 * from attendance/absence-facts.ts),
 * never one query per participant.
 */
@Injectable()
export class BenefitsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Programmes running at some point in the month (start on or before its last day, no end or end on or after its first). */
  programmesInMonth(actor: Actor, first: string, last: string, programmeId?: string, tx?: Tx) {
    return (tx ?? this.prisma).programme.findMany({
      where: {
        municipalityId: actor.municipalityId,
        ...(programmeId ? { id: programmeId } : {}),
        startDate: { not: null, lte: d(last) },
        OR: [{ endDate: null }, { endDate: { gte: d(first) } }],
        person: personScope(actor),
      },
      select: {
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
        leaves: {
          where: { withBenefit: false, fromDate: { lte: d(last) }, toDate: { gte: d(first) } },
          select: { fromDate: true, toDate: true },
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

  /** Absence rows with a kind, from `from` to `to`; for one person list, or the whole municipality. */
  absenceRows(municipalityId: string, from: string, to: string, personIds?: readonly string[], tx?: Tx) {
    return (tx ?? this.prisma).attendanceRecord.findMany({
      where: {
        municipalityId,
        date: { gte: d(from), lte: d(to) },
        absenceKind: { not: null },
        ...(personIds ? { personId: { in: [...personIds] } } : {}),
      },
      select: { personId: true, date: true, plannedHours: true, presentHours: true, absenceKind: true },
      orderBy: { date: 'asc' },
    });
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

export type ProgrammeMonthRow = Prisma.ProgrammeGetPayload<{
  select: {
    id: true;
    personId: true;
    derivedRegime: true;
    regimeOverride: true;
    startDate: true;
    endDate: true;
    livesWithParents: true;
    childlessCoupleBothParticipating: true;
    deductionsApply: true;
    person: { select: { firstName: true; lastName: true; birthDate: true } };
    leaves: { select: { fromDate: true; toDate: true } };
  };
}>;
