import { Injectable } from '@nestjs/common';
import type { UpdateCareFactsBody } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { mayReadFamilyMatters, personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

export const CARE_FACT_SELECT = {
  personId: true,
  childrenUnder12: true,
  soleCarer: true,
  chronicallyIllChild: true,
  version: true,
  updatedAt: true,
} as const;

/** The recorded care facts of several persons, for the absence rules (no scope: callers have checked theirs). */
export function careFactRowsByPerson(db: PrismaService | Tx, municipalityId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.careFact.findMany({
    where: { municipalityId, personId: { in: [...personIds] } },
    select: CARE_FACT_SELECT,
  });
}

/** The only place with care-fact queries: the municipality always, and family matters for consultants only. */
@Injectable()
export class CareFactsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The person, if the actor may see their family matters; null answers 404 whatever the reason. */
  findPerson(actor: Actor, personId: string, tx?: Tx) {
    if (!mayReadFamilyMatters(actor)) return Promise.resolve(null);
    return (tx ?? this.prisma).person.findFirst({
      where: { id: personId, ...personScope(actor) },
      select: { id: true },
    });
  }

  find(municipalityId: string, personId: string, tx?: Tx) {
    return (tx ?? this.prisma).careFact.findFirst({ where: { municipalityId, personId }, select: CARE_FACT_SELECT });
  }

  create(tx: Tx, municipalityId: string, personId: string, data: Omit<UpdateCareFactsBody, 'version'>) {
    return tx.careFact.create({ data: { municipalityId, personId, ...data }, select: CARE_FACT_SELECT });
  }

  /** Updates when the version matches; false when someone else saved first. */
  async updateVersioned(
    tx: Tx,
    municipalityId: string,
    personId: string,
    version: number,
    data: Omit<UpdateCareFactsBody, 'version'>,
  ): Promise<boolean> {
    const { count } = await tx.careFact.updateMany({
      where: { municipalityId, personId, version },
      data: { ...data, version: { increment: 1 } },
    });
    return count === 1;
  }
}
