import { Injectable } from '@nestjs/common';
import type { PersonSort } from '@ankomst/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { activeConsultantWhere, consultantOptionsArgs, CONSULTANT_SELECT } from '../../core/access/consultants';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

const detailInclude = {
  caseworker: { select: { id: true, name: true } },
  memberships: {
    include: {
      household: {
        select: {
          id: true,
          name: true,
          settlementStatus: true,
          arrivalDate: true,
          settlementDate: true,
          housingType: true,
        },
      },
    },
    orderBy: { household: { createdAt: 'desc' } },
  },
} satisfies Prisma.PersonInclude;

const listSelect = {
  id: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  arrivalCategory: true,
  settlementDate: true,
  caseworker: { select: { id: true, name: true } },
  memberships: {
    select: { relation: true, household: { select: { id: true, name: true } } },
    orderBy: { household: { createdAt: 'desc' } },
  },
} satisfies Prisma.PersonSelect;

export type PersonDetailRow = Prisma.PersonGetPayload<{ include: typeof detailInclude }>;
export type PersonListRow = Prisma.PersonGetPayload<{ select: typeof listSelect }>;

const SORTS: Record<PersonSort, Prisma.PersonOrderByWithRelationInput[]> = {
  name: [{ lastName: 'asc' }, { firstName: 'asc' }],
  '-name': [{ lastName: 'desc' }, { firstName: 'desc' }],
  birthDate: [{ birthDate: 'asc' }],
  '-birthDate': [{ birthDate: 'desc' }],
  settlementDate: [{ settlementDate: { sort: 'asc', nulls: 'last' } }],
  '-settlementDate': [{ settlementDate: { sort: 'desc', nulls: 'last' } }],
};

/** The only place with person queries: every one is limited to the actor's municipality and need-to-know scope. */
@Injectable()
export class PersonsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findInScope(actor: Actor, personId: string, tx?: Tx): Promise<PersonDetailRow | null> {
    return (tx ?? this.prisma).person.findFirst({
      where: { AND: [{ id: personId }, personScope(actor)] },
      include: detailInclude,
    });
  }

  async search(
    actor: Actor,
    query: { page: number; pageSize: number; search?: string; mine: boolean; sort: PersonSort },
  ) {
    const terms = (query.search ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    const where: Prisma.PersonWhereInput = {
      AND: [
        personScope(actor),
        ...(query.mine ? [{ caseworkerId: actor.userId }] : []),
        ...terms.map((term) => ({
          OR: [
            { firstName: { contains: term, mode: 'insensitive' as const } },
            { lastName: { contains: term, mode: 'insensitive' as const } },
          ],
        })),
      ],
    };
    const [rows, total] = await Promise.all([
      this.prisma.person.findMany({
        where,
        select: listSelect,
        orderBy: [...SORTS[query.sort], { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.person.count({ where }),
    ]);
    return { rows, total };
  }

  /** Updates only if the stored version is `version`; false when it was not. */
  async updateVersioned(
    tx: Tx,
    actor: Actor,
    personId: string,
    version: number,
    data: Prisma.PersonUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const { count } = await tx.person.updateMany({
      where: { AND: [{ id: personId, version }, personScope(actor)] },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }

  /** An active consultant of the municipality, to own a caseload. */
  findConsultant(municipalityId: string, userId: string, tx?: Tx) {
    return (tx ?? this.prisma).user.findFirst({
      where: { AND: [{ id: userId }, activeConsultantWhere(municipalityId)] },
      select: CONSULTANT_SELECT,
    });
  }

  /** The municipality's active consultants, who may own a caseload (the caseworker picker). */
  listConsultants(municipalityId: string) {
    return this.prisma.user.findMany(consultantOptionsArgs(municipalityId));
  }
}
