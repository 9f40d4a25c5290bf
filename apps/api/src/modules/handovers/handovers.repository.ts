import { Injectable } from '@nestjs/common';
import type { HandoverStatus } from '@ankomst/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { CefrLevel, HandoverMessageKind, SharingBasis } from '../../generated/prisma/enums';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

/**
 * Which handovers an actor may see, on top of the person's need-to-know scope: the refugee service and managers see
 * every handover of the persons they see; a Nav adviser sees handovers sent (not drafts) to the office they work at.
 */
export function handoverScope(actor: Pick<Actor, 'userId' | 'municipalityId' | 'roles'>): Prisma.HandoverWhereInput {
  const grants: Prisma.HandoverWhereInput[] = [];
  if (actor.roles.includes('CONSULTANT') || actor.roles.includes('MANAGER')) grants.push({});
  if (actor.roles.includes('NAV_ADVISER'))
    grants.push({ status: { not: 'DRAFT' }, navOffice: { advisers: { some: { id: actor.userId } } } });
  return {
    municipalityId: actor.municipalityId,
    person: personScope(actor),
    OR: grants.length > 0 ? grants : [{ id: { in: [] } }],
  };
}

const detailInclude = {
  person: { select: { id: true, firstName: true, lastName: true, birthDate: true } },
  navOffice: { select: { id: true, name: true, advisers: { select: { id: true } } } },
  statusChanges: { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] },
  messages: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  programme: {
    select: {
      endGoal: true,
      plan: {
        select: {
          revisions: {
            orderBy: { revisionNumber: 'desc' },
            take: 1,
            select: { endGoal: true, languageTargetLevel: true },
          },
        },
      },
    },
  },
} satisfies Prisma.HandoverInclude;
export type HandoverDetailRow = Prisma.HandoverGetPayload<{ include: typeof detailInclude }>;

const listInclude = {
  person: { select: { id: true, firstName: true, lastName: true, birthDate: true } },
  navOffice: { select: { id: true, name: true } },
  statusChanges: {
    where: { toStatus: 'SUBMITTED' },
    orderBy: { occurredAt: 'desc' },
    take: 1,
    select: { occurredAt: true },
  },
} satisfies Prisma.HandoverInclude;
export type HandoverListRow = Prisma.HandoverGetPayload<{ include: typeof listInclude }>;

export interface HandoverNoteData {
  goalStatus?: string | null;
  norwegianLevel?: CefrLevel | null;
  workExperience?: string | null;
  workPracticeResults?: string | null;
  recommendedMeasures?: string | null;
  participantWishes?: string | null;
  sharingBasis?: SharingBasis | null;
  consentDate?: Date | null;
  navOfficeId?: string | null;
}

/** The only place with handover queries: every one is scoped by municipality, person need-to-know and office. */
@Injectable()
export class HandoversRepository {
  constructor(private readonly prisma: PrismaService) {}

  findVisible(actor: Actor, handoverId: string, tx?: Tx) {
    return (tx ?? this.prisma).handover.findFirst({
      where: { AND: [{ id: handoverId }, handoverScope(actor)] },
      include: detailInclude,
    });
  }

  async list(
    actor: Actor,
    query: { page: number; pageSize: number; box?: 'incoming' | 'mine'; personId?: string; status?: HandoverStatus },
  ) {
    const filters: Prisma.HandoverWhereInput[] = [handoverScope(actor)];
    if (query.box === 'incoming')
      filters.push({ status: { not: 'DRAFT' }, navOffice: { advisers: { some: { id: actor.userId } } } });
    if (query.box === 'mine') filters.push({ createdById: actor.userId });
    if (query.personId) filters.push({ personId: query.personId });
    if (query.status) filters.push({ status: query.status });
    const where: Prisma.HandoverWhereInput = { AND: filters };
    const [items, total] = await Promise.all([
      this.prisma.handover.findMany({
        where,
        include: listInclude,
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.handover.count({ where }),
    ]);
    return { items, total };
  }

  /** The person, if the actor may see them, with their latest programme and the structured data a note starts from. */
  findPersonForNote(actor: Actor, personId: string, tx: Tx) {
    return tx.person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      select: {
        id: true,
        programmes: {
          orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
          take: 1,
          select: {
            id: true,
            endGoal: true,
            plan: {
              select: {
                revisions: {
                  orderBy: { revisionNumber: 'desc' },
                  take: 1,
                  select: { endGoal: true, participantWishes: true, languageTargetLevel: true },
                },
              },
            },
          },
        },
      },
    });
  }

  /** Latest assessment per skill (newest date first, then newest recorded). */
  async latestLevels(municipalityId: string, personId: string, tx?: Tx) {
    const rows = await (tx ?? this.prisma).languageAssessment.findMany({
      where: { municipalityId, personId },
      orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }],
    });
    const seen = new Set<string>();
    return rows.filter((r) => (seen.has(r.skill) ? false : (seen.add(r.skill), true)));
  }

  /** Serialises creating handovers for one person (so two consultants cannot open two at once). */
  async lockPerson(tx: Tx, personId: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`handover:${personId}`}))`;
  }

  findOpenForPerson(tx: Tx, municipalityId: string, personId: string) {
    return tx.handover.findFirst({
      where: { municipalityId, personId, status: { not: 'ACCEPTED' } },
      select: { id: true, status: true },
    });
  }

  onlyOffice(tx: Tx, municipalityId: string) {
    return tx.navOffice.findMany({ where: { municipalityId }, take: 2, select: { id: true } });
  }

  findOffice(municipalityId: string, navOfficeId: string, tx?: Tx) {
    return (tx ?? this.prisma).navOffice.findFirst({
      where: { id: navOfficeId, municipalityId },
      select: { id: true, name: true, advisers: { where: { active: true }, select: { id: true } } },
    });
  }

  create(
    tx: Tx,
    data: {
      municipalityId: string;
      personId: string;
      programmeId: string | null;
      createdById: string;
    } & HandoverNoteData,
  ) {
    return tx.handover.create({ data });
  }

  /** Updates only a draft at this version; false when the version or state moved on (the caller tells which). */
  async updateDraft(
    tx: Tx,
    municipalityId: string,
    handoverId: string,
    version: number,
    data: HandoverNoteData,
  ): Promise<boolean> {
    const { count } = await tx.handover.updateMany({
      where: { id: handoverId, municipalityId, version, status: 'DRAFT' },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }

  async moveStatus(
    tx: Tx,
    municipalityId: string,
    handoverId: string,
    version: number,
    from: HandoverStatus,
    to: HandoverStatus,
    extra: { navOfficeId?: string } = {},
  ): Promise<boolean> {
    const { count } = await tx.handover.updateMany({
      where: { id: handoverId, municipalityId, version, status: from },
      data: { status: to, ...extra, version: { increment: 1 } },
    });
    return count === 1;
  }

  addStatusChange(
    tx: Tx,
    data: {
      municipalityId: string;
      handoverId: string;
      fromStatus: HandoverStatus | null;
      toStatus: HandoverStatus;
      actorId: string;
    },
  ) {
    return tx.handoverStatusChange.create({ data });
  }

  addMessage(
    tx: Tx,
    data: { municipalityId: string; handoverId: string; authorId: string; kind: HandoverMessageKind; body: string },
  ) {
    return tx.handoverMessage.create({ data });
  }

  /** Touches the handover so lists sorted by last change show new messages. */
  touch(tx: Tx, municipalityId: string, handoverId: string) {
    return tx.handover.updateMany({ where: { id: handoverId, municipalityId }, data: { updatedAt: new Date() } });
  }

  async userNames(municipalityId: string, ids: readonly string[], tx?: Tx): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const users = await (tx ?? this.prisma).user.findMany({
      where: { id: { in: unique }, municipalityId },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
