import { Injectable } from '@nestjs/common';
import type { SettlementStatus } from '@ankomst/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { activeConsultantWhere } from '../../core/access/consultants';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

/** A household is visible to whoever may see at least one of its members (need-to-know). */
function householdScope(actor: Actor): Prisma.HouseholdWhereInput {
  return { municipalityId: actor.municipalityId, members: { some: { person: personScope(actor) } } };
}

function detailInclude(actor: Actor) {
  return {
    members: {
      where: { person: personScope(actor) },
      include: {
        person: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            birthDate: true,
            sex: true,
            settlementDate: true,
            caseworkerId: true,
          },
        },
      },
    },
    statusChanges: { orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] },
    _count: { select: { members: true } },
  } satisfies Prisma.HouseholdInclude;
}

export type HouseholdDetailRow = Prisma.HouseholdGetPayload<{ include: ReturnType<typeof detailInclude> }>;

/** The only place with household queries; every one is limited to the municipality and need-to-know scope. */
/**
 * For each person, the most children under `underAge` on `onDate` in any household where the person is head or
 * spouse (a child of the household does not care for its siblings): what the household register says about the
 * children in the person's care, for the child-illness quota (modules/attendance/absence-facts.ts).
 */
export async function childrenInCareByPerson(
  db: PrismaService | Tx,
  municipalityId: string,
  personIds: readonly string[],
  onDate: string,
  underAge: number,
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (personIds.length === 0) return result;
  const [y, m, dd] = onDate.split('-');
  const born = new Date(`${Number(y) - underAge}-${m}-${dd}T00:00:00Z`);
  const memberships = await db.householdMember.findMany({
    where: { municipalityId, personId: { in: [...personIds] }, relation: { in: ['HEAD', 'SPOUSE'] } },
    select: {
      personId: true,
      household: {
        select: {
          members: { where: { relation: 'CHILD', person: { birthDate: { gt: born } } }, select: { personId: true } },
        },
      },
    },
  });
  for (const membership of memberships) {
    const children = membership.household.members.filter((c) => c.personId !== membership.personId).length;
    result.set(membership.personId, Math.max(result.get(membership.personId) ?? 0, children));
  }
  return result;
}

@Injectable()
export class HouseholdsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findInScope(actor: Actor, householdId: string, tx?: Tx): Promise<HouseholdDetailRow | null> {
    return (tx ?? this.prisma).household.findFirst({
      where: { AND: [{ id: householdId }, householdScope(actor)] },
      include: detailInclude(actor),
    });
  }

  async list(actor: Actor, query: { page: number; pageSize: number; status?: SettlementStatus }) {
    const where: Prisma.HouseholdWhereInput = {
      AND: [householdScope(actor), query.status ? { settlementStatus: query.status } : {}],
    };
    const [rows, total] = await Promise.all([
      this.prisma.household.findMany({
        where,
        include: { _count: { select: { members: true } } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.household.count({ where }),
    ]);
    return { rows, total };
  }

  /** Names of the users who moved the household, for its history. */
  async userNames(municipalityId: string, ids: string[], tx?: Tx): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const users = await (tx ?? this.prisma).user.findMany({
      where: { id: { in: ids }, municipalityId },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  createHousehold(tx: Tx, data: Prisma.HouseholdUncheckedCreateInput) {
    return tx.household.create({ data });
  }

  createPerson(tx: Tx, data: Prisma.PersonUncheckedCreateInput) {
    return tx.person.create({ data, select: { id: true } });
  }

  addMember(
    tx: Tx,
    data: {
      municipalityId: string;
      householdId: string;
      personId: string;
      relation: Prisma.HouseholdMemberUncheckedCreateInput['relation'];
    },
  ) {
    return tx.householdMember.create({ data });
  }

  removeMember(tx: Tx, municipalityId: string, householdId: string, personId: string) {
    return tx.householdMember.deleteMany({ where: { municipalityId, householdId, personId } });
  }

  /** All members (not only those in the actor's scope): writes are done by consultants, who see everyone. */
  allMembers(tx: Tx, municipalityId: string, householdId: string) {
    return tx.householdMember.findMany({
      where: { municipalityId, householdId },
      select: {
        personId: true,
        relation: true,
        person: { select: { settlementDate: true, caseworkerId: true, birthDate: true } },
      },
    });
  }

  personInScope(tx: Tx, actor: Actor, personId: string) {
    return tx.person.findFirst({ where: { AND: [{ id: personId }, personScope(actor)] }, select: { id: true } });
  }

  recordStatusChange(tx: Tx, data: Prisma.SettlementStatusChangeUncheckedCreateInput) {
    return tx.settlementStatusChange.create({ data });
  }

  /** Updates only if the stored version (and status, when given) still match; false when they did not. */
  async updateVersioned(
    tx: Tx,
    municipalityId: string,
    householdId: string,
    expected: { version: number; status?: SettlementStatus },
    data: Prisma.HouseholdUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const { count } = await tx.household.updateMany({
      where: {
        id: householdId,
        municipalityId,
        version: expected.version,
        ...(expected.status ? { settlementStatus: expected.status } : {}),
      },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }

  /** Sets the settlement date on the members who have none yet; returns whom it set it on. */
  async setMissingSettlementDates(tx: Tx, municipalityId: string, personIds: string[], date: Date): Promise<string[]> {
    const missing = await tx.person.findMany({
      where: { id: { in: personIds }, municipalityId, settlementDate: null },
      select: { id: true },
    });
    const ids = missing.map((p) => p.id);
    if (ids.length > 0) {
      await tx.person.updateMany({
        where: { id: { in: ids }, municipalityId, settlementDate: null },
        data: { settlementDate: date, version: { increment: 1 } },
      });
    }
    return ids;
  }

  findConsultant(tx: Tx, municipalityId: string, userId: string) {
    return tx.user.findFirst({
      where: { AND: [{ id: userId }, activeConsultantWhere(municipalityId)] },
      select: { id: true },
    });
  }
}
