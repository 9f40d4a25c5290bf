import { Injectable } from '@nestjs/common';
import {
  OPEN_PROGRAMME_STATUSES,
  type CaseloadSort,
  type DeadlineKind,
  type ProgrammeStatus,
  type Regime,
} from '@ankomst/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { personScope, seesWholeMunicipality } from '../../core/access/person-scope';
import { PrismaService } from '../../core/database/prisma.service';
import { PROGRAMME_INCLUDE } from '../programmes/programmes.repository';
import { regimeInForceWhere } from '../programmes/regime-in-force';
import { dateColumn as day } from '../../core/database/date-column';

const LIST_SELECT = {
  id: true,
  personId: true,
  status: true,
  derivedRegime: true,
  regimeOverride: true,
  startDate: true,
  plannedEndDate: true,
  nextDeadlineDate: true,
  nextDeadlineKind: true,
  consultantId: true,
  consultant: { select: { id: true, name: true } },
  person: { select: { firstName: true, lastName: true, birthDate: true } },
} as const satisfies Prisma.ProgrammeSelect;

export type CaseloadRow = Prisma.ProgrammeGetPayload<{ select: typeof LIST_SELECT }>;

const DEADLINE_INCLUDE = {
  ...PROGRAMME_INCLUDE,
  person: { select: { firstName: true, lastName: true, birthDate: true } },
} as const satisfies Prisma.ProgrammeInclude;
export type DeadlineRow = Prisma.ProgrammeGetPayload<{ include: typeof DEADLINE_INCLUDE }>;

export interface CaseloadFilter {
  mine: boolean;
  regime?: Regime[];
  status?: ProgrammeStatus[];
  /** Next deadline on or before this date (YYYY-MM-DD). */
  deadlineOnOrBefore?: string;
  /** Next deadline before this date: overdue. */
  deadlineBefore?: string;
  kind?: DeadlineKind[];
  search?: string;
  requireDeadline?: boolean;
}

/**
 * Caseload and deadline queries. They filter on programme columns covered by the indexes
 * (municipality_id, consultant_id, status) and (municipality_id, status, next_deadline_date); the person join is
 * added only for name search, name sorting, or a need-to-know scope narrower than the municipality.
 */
@Injectable()
export class CaseloadRepository {
  constructor(private readonly prisma: PrismaService) {}

  where(actor: Actor, f: CaseloadFilter): Prisma.ProgrammeWhereInput {
    const and: Prisma.ProgrammeWhereInput[] = [];
    // Consultants and managers see the whole municipality: no need to join the person for the scope.
    if (!seesWholeMunicipality(actor)) and.push({ person: personScope(actor) });
    if (f.mine) and.push({ consultantId: actor.userId });
    if (f.regime && f.regime.length > 0) {
      and.push(regimeInForceWhere(f.regime));
    }
    if (f.deadlineOnOrBefore || f.deadlineBefore || f.requireDeadline) {
      and.push({
        nextDeadlineDate: {
          not: null,
          ...(f.deadlineOnOrBefore ? { lte: day(f.deadlineOnOrBefore) } : {}),
          ...(f.deadlineBefore ? { lt: day(f.deadlineBefore) } : {}),
        },
      });
    }
    if (f.kind && f.kind.length > 0) and.push({ nextDeadlineKind: { in: f.kind } });
    const terms = (f.search ?? '')
      .split(/\s+/)
      .filter((t) => t.length > 0)
      .slice(0, 5);
    if (terms.length > 0) {
      and.push({
        person: {
          AND: terms.map((t) => ({
            OR: [
              { firstName: { contains: t, mode: 'insensitive' as const } },
              { lastName: { contains: t, mode: 'insensitive' as const } },
            ],
          })),
        },
      });
    }
    return {
      municipalityId: actor.municipalityId,
      status: { in: f.status && f.status.length > 0 ? f.status : [...OPEN_PROGRAMME_STATUSES] },
      AND: and,
    };
  }

  /** One page, the actor's own programmes first (two index-friendly queries instead of ordering by an expression). */
  async page(
    actor: Actor,
    where: Prisma.ProgrammeWhereInput,
    ownFirst: boolean,
    sort: CaseloadSort,
    page: number,
    pageSize: number,
  ): Promise<{ rows: CaseloadRow[]; total: number }> {
    const orderBy = orderFor(sort);
    const offset = (page - 1) * pageSize;
    if (!ownFirst) {
      const [rows, total] = await Promise.all([
        this.prisma.programme.findMany({ where, select: LIST_SELECT, orderBy, skip: offset, take: pageSize }),
        this.prisma.programme.count({ where }),
      ]);
      return { rows, total };
    }
    const own: Prisma.ProgrammeWhereInput = { AND: [where, { consultantId: actor.userId }] };
    const others: Prisma.ProgrammeWhereInput = {
      AND: [where, { OR: [{ consultantId: null }, { consultantId: { not: actor.userId } }] }],
    };
    const [ownCount, otherCount] = await Promise.all([
      this.prisma.programme.count({ where: own }),
      this.prisma.programme.count({ where: others }),
    ]);
    const rows: CaseloadRow[] = [];
    if (offset < ownCount)
      rows.push(
        ...(await this.prisma.programme.findMany({
          where: own,
          select: LIST_SELECT,
          orderBy,
          skip: offset,
          take: pageSize,
        })),
      );
    const left = pageSize - rows.length;
    if (left > 0 && otherCount > 0) {
      rows.push(
        ...(await this.prisma.programme.findMany({
          where: others,
          select: LIST_SELECT,
          orderBy,
          skip: Math.max(0, offset - ownCount),
          take: left,
        })),
      );
    }
    return { rows, total: ownCount + otherCount };
  }

  /** Programmes with a next deadline, earliest first (overdue first), with what the full deadline list needs. */
  async deadlines(
    where: Prisma.ProgrammeWhereInput,
    overdueWhere: Prisma.ProgrammeWhereInput,
    page: number,
    pageSize: number,
  ) {
    const [rows, total, overdueCount] = await Promise.all([
      this.prisma.programme.findMany({
        where,
        include: DEADLINE_INCLUDE,
        orderBy: [{ nextDeadlineDate: 'asc' }, { id: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.programme.count({ where }),
      this.prisma.programme.count({ where: overdueWhere }),
    ]);
    return { rows, total, overdueCount };
  }
}

function orderFor(sort: CaseloadSort): Prisma.ProgrammeOrderByWithRelationInput[] {
  const dir = sort.startsWith('-') ? 'desc' : 'asc';
  switch (sort.replace(/^-/, '')) {
    case 'nextDeadline':
      return [{ nextDeadlineDate: { sort: dir, nulls: 'last' } }, { id: 'asc' }];
    case 'status':
      return [{ status: dir }, { nextDeadlineDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
    default:
      return [{ person: { lastName: dir } }, { person: { firstName: dir } }, { id: 'asc' }];
  }
}
