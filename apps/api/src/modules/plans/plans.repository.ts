import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

const PLAN_INCLUDE = {
  revisions: {
    orderBy: { revisionNumber: 'desc' },
    include: { elements: { orderBy: [{ kind: 'asc' }, { id: 'asc' }] } },
  },
} as const satisfies Prisma.IntegrationPlanInclude;

export type PlanRow = Prisma.IntegrationPlanGetPayload<{ include: typeof PLAN_INCLUDE }>;

/** The only place with integration-plan queries; the programme is found through the actor's person scope. */
@Injectable()
export class PlansRepository {
  constructor(private readonly prisma: PrismaService) {}

  findProgramme(actor: Actor, programmeId: string, tx?: Tx) {
    return (tx ?? this.prisma).programme.findFirst({
      where: { id: programmeId, municipalityId: actor.municipalityId, person: personScope(actor) },
      select: {
        id: true,
        personId: true,
        status: true,
        derivedRegime: true,
        regimeOverride: true,
        evaluation: true,
        participationPercent: true,
      },
    });
  }

  findPlan(municipalityId: string, programmeId: string, tx?: Tx): Promise<PlanRow | null> {
    return (tx ?? this.prisma).integrationPlan.findFirst({
      where: { programmeId, municipalityId },
      include: PLAN_INCLUDE,
    });
  }

  userNames(municipalityId: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.prisma.user.findMany({ where: { municipalityId, id: { in: ids } }, select: { id: true, name: true } });
  }

  /** The first revision creates the plan at version 1; a concurrent first revision hits the unique programme id (P2002). */
  createPlan(tx: Tx, municipalityId: string, programmeId: string) {
    return tx.integrationPlan.create({ data: { municipalityId, programmeId, version: 1 }, select: { id: true } });
  }

  /** Bumps the plan's version if it is still `version`; false when someone else saved first. */
  async bumpVersion(tx: Tx, municipalityId: string, planId: string, version: number): Promise<boolean> {
    const { count } = await tx.integrationPlan.updateMany({
      where: { id: planId, municipalityId, version },
      data: { version: { increment: 1 } },
    });
    return count === 1;
  }

  async nextRevisionNumber(tx: Tx, planId: string): Promise<number> {
    const last = await tx.integrationPlanRevision.findFirst({
      where: { planId },
      orderBy: { revisionNumber: 'desc' },
      select: { revisionNumber: true },
    });
    return (last?.revisionNumber ?? 0) + 1;
  }

  createRevision(
    tx: Tx,
    data: Omit<Prisma.IntegrationPlanRevisionUncheckedCreateInput, 'elements'>,
    elements: Array<Omit<Prisma.PlanElementUncheckedCreateWithoutRevisionInput, 'municipalityId'>>,
  ) {
    return tx.integrationPlanRevision.create({
      data: { ...data, elements: { create: elements.map((e) => ({ ...e, municipalityId: data.municipalityId })) } },
      select: { id: true, revisionNumber: true },
    });
  }
}
