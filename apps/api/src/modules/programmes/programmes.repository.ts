import { Injectable } from '@nestjs/common';
import { NIR_PROGRAMME_START_FACT, OPEN_PROGRAMME_STATUSES } from '@ankomst/contracts';
import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { activeConsultantWhere, consultantOptionsArgs, CONSULTANT_SELECT } from '../../core/access/consultants';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

/** What a programme read includes: enough to map it and compute its deadlines. */
export const PROGRAMME_INCLUDE = {
  consultant: { select: { id: true, name: true } },
  extensions: { orderBy: [{ decisionDate: 'asc' }, { createdAt: 'asc' }] },
  leaves: { orderBy: [{ fromDate: 'asc' }] },
  nirRegistrations: { where: { fact: NIR_PROGRAMME_START_FACT }, select: { registeredAt: true } },
} as const satisfies Prisma.ProgrammeInclude;

export type ProgrammeRow = Prisma.ProgrammeGetPayload<{ include: typeof PROGRAMME_INCLUDE }>;

/** The person and the households they head (or are spouse/partner in), for the engine's facts. */
const PERSON_FACTS_SELECT = {
  id: true,
  birthDate: true,
  permitBasis: true,
  permitGrantedDate: true,
  arrivalDate: true,
  settlementDate: true,
  settledByAgreement: true,
  nusLevel: true,
  referencePersonSettledDate: true,
  familyApplicationDate: true,
  memberships: {
    where: { relation: { in: ['HEAD', 'SPOUSE'] } },
    select: {
      household: {
        select: { members: { where: { relation: 'CHILD' }, select: { person: { select: { birthDate: true } } } } },
      },
    },
  },
} as const satisfies Prisma.PersonSelect;

export type PersonFactsRow = Prisma.PersonGetPayload<{ select: typeof PERSON_FACTS_SELECT }>;

/** The only place with programme queries: every one is scoped by municipality and the actor's need-to-know. */
@Injectable()
export class ProgrammesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findPerson(actor: Actor, personId: string, tx?: Tx): Promise<PersonFactsRow | null> {
    return (tx ?? this.prisma).person.findFirst({
      where: { AND: [{ id: personId, municipalityId: actor.municipalityId }, personScope(actor)] },
      select: PERSON_FACTS_SELECT,
    });
  }

  find(actor: Actor, programmeId: string, tx?: Tx): Promise<ProgrammeRow | null> {
    return (tx ?? this.prisma).programme.findFirst({
      where: { id: programmeId, municipalityId: actor.municipalityId, person: personScope(actor) },
      include: PROGRAMME_INCLUDE,
    });
  }

  listForPerson(actor: Actor, personId: string): Promise<ProgrammeRow[]> {
    return this.prisma.programme.findMany({
      where: { personId, municipalityId: actor.municipalityId, person: personScope(actor) },
      include: PROGRAMME_INCLUDE,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    });
  }

  findOpenForPerson(tx: Tx, municipalityId: string, personId: string) {
    return tx.programme.findFirst({
      where: { municipalityId, personId, status: { in: [...OPEN_PROGRAMME_STATUSES] } },
      select: { id: true },
    });
  }

  /**
   * The open programmes that rest on these persons' facts: their own, and those of the heads and spouses of the
   * households where one of them is a child (the children under 18 fact).
   */
  listOpenResting(tx: Tx, actor: Actor, personIds: readonly string[]): Promise<ProgrammeRow[]> {
    const ids = [...personIds];
    return tx.programme.findMany({
      where: {
        municipalityId: actor.municipalityId,
        status: { in: [...OPEN_PROGRAMME_STATUSES] },
        person: {
          AND: [
            personScope(actor),
            {
              OR: [
                { id: { in: ids } },
                {
                  memberships: {
                    some: {
                      relation: { in: ['HEAD', 'SPOUSE'] },
                      household: { members: { some: { relation: 'CHILD', personId: { in: ids } } } },
                    },
                  },
                },
              ],
            },
          ],
        },
      },
      include: PROGRAMME_INCLUDE,
      orderBy: { id: 'asc' },
    });
  }

  /** An active consultant of the municipality (a programme's responsible consultant), with the name. */
  findConsultant(municipalityId: string, userId: string, tx?: Tx) {
    return (tx ?? this.prisma).user.findFirst({
      where: { AND: [{ id: userId }, activeConsultantWhere(municipalityId)] },
      select: CONSULTANT_SELECT,
    });
  }

  /** The consultants who may take over a programme (the "Bytt programrådgiver" picker). */
  listConsultants(municipalityId: string) {
    return this.prisma.user.findMany(consultantOptionsArgs(municipalityId));
  }

  /**
   * Serialises writes about one person's programmes (the "one open programme" check) by locking the person row
   * for the rest of the transaction.
   */
  async lockPerson(tx: Tx, municipalityId: string, personId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM person WHERE id = ${personId}::uuid AND municipality_id = ${municipalityId}::uuid FOR UPDATE`;
  }

  setSettledByAgreement(tx: Tx, municipalityId: string, personId: string, settledByAgreement: boolean) {
    return tx.person.updateMany({
      where: { id: personId, municipalityId },
      data: { settledByAgreement, version: { increment: 1 } },
    });
  }

  create(tx: Tx, data: Prisma.ProgrammeUncheckedCreateInput) {
    return tx.programme.create({ data, select: { id: true } });
  }

  /** Updates only if the stored version is `version` (and bumps it); false when stale or missing. */
  async updateVersioned(
    tx: Tx,
    municipalityId: string,
    programmeId: string,
    version: number,
    data: Prisma.ProgrammeUncheckedUpdateManyInput,
  ): Promise<boolean> {
    const { count } = await tx.programme.updateMany({
      where: { id: programmeId, municipalityId, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }

  /** Stores what the engine derived (no version bump: it is part of a versioned write in the same transaction). */
  updateDerived(tx: Tx, municipalityId: string, programmeId: string, data: Prisma.ProgrammeUncheckedUpdateManyInput) {
    return tx.programme.updateMany({ where: { id: programmeId, municipalityId }, data });
  }

  addExtension(
    tx: Tx,
    data: { municipalityId: string; programmeId: string; months: number; decisionDate: Date; reason: string },
  ) {
    return tx.programmeExtension.create({ data });
  }

  addLeave(
    tx: Tx,
    data: {
      municipalityId: string;
      programmeId: string;
      fromDate: Date;
      toDate: Date;
      withBenefit: boolean;
      reason: string;
    },
  ) {
    return tx.programmeLeave.create({ data });
  }
}
