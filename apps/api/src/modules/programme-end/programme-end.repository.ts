import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';

const PROGRAMME_SELECT = { id: true, personId: true, status: true, endDate: true } as const;
export type EndedProgrammeRow = Prisma.ProgrammeGetPayload<{ select: typeof PROGRAMME_SELECT }>;
export type OutcomeRow = Prisma.ProgrammeOutcomeGetPayload<object>;
export type AlternativeGoalRow = Prisma.AlternativeGoalGetPayload<object>;
export type GoalWithPersonRow = Prisma.AlternativeGoalGetPayload<{
  include: { programme: { select: { personId: true } } };
}>;

/** The only place with programme-end queries: every one is scoped by municipality and `personScope(actor)`. */
@Injectable()
export class ProgrammeEndRepository {
  constructor(private readonly prisma: PrismaService) {}

  findProgramme(actor: Actor, programmeId: string, tx?: Tx): Promise<EndedProgrammeRow | null> {
    return (tx ?? this.prisma).programme.findFirst({
      where: { id: programmeId, municipalityId: actor.municipalityId, person: personScope(actor) },
      select: PROGRAMME_SELECT,
    });
  }

  findOutcome(actor: Actor, programmeId: string, tx?: Tx): Promise<OutcomeRow | null> {
    return (tx ?? this.prisma).programmeOutcome.findFirst({
      where: { programmeId, municipalityId: actor.municipalityId },
    });
  }

  upsertOutcome(
    tx: Tx,
    actor: Actor,
    programmeId: string,
    data: Pick<OutcomeRow, 'endStatus' | 'endGoalReached' | 'followUp6Status' | 'followUp12Status'>,
  ): Promise<OutcomeRow> {
    return tx.programmeOutcome.upsert({
      where: { programmeId },
      create: { municipalityId: actor.municipalityId, programmeId, ...data },
      update: { ...data, recordedAt: new Date() },
    });
  }

  listGoals(actor: Actor, programmeId: string): Promise<AlternativeGoalRow[]> {
    return this.prisma.alternativeGoal.findMany({
      where: { programmeId, municipalityId: actor.municipalityId },
      orderBy: [{ kind: 'asc' }, { id: 'asc' }],
    });
  }

  createGoal(
    tx: Tx,
    actor: Actor,
    programmeId: string,
    data: Pick<AlternativeGoalRow, 'kind' | 'status' | 'statusDate' | 'narrative'>,
  ): Promise<AlternativeGoalRow> {
    return tx.alternativeGoal.create({ data: { municipalityId: actor.municipalityId, programmeId, ...data } });
  }

  findGoal(actor: Actor, goalId: string, tx?: Tx): Promise<GoalWithPersonRow | null> {
    return (tx ?? this.prisma).alternativeGoal.findFirst({
      where: { id: goalId, municipalityId: actor.municipalityId, programme: { person: personScope(actor) } },
      include: { programme: { select: { personId: true } } },
    });
  }

  updateGoal(
    tx: Tx,
    goalId: string,
    data: Partial<Pick<AlternativeGoalRow, 'status' | 'statusDate' | 'narrative'>>,
  ): Promise<AlternativeGoalRow> {
    return tx.alternativeGoal.update({ where: { id: goalId }, data });
  }

  async deleteGoal(tx: Tx, goalId: string): Promise<void> {
    await tx.alternativeGoal.delete({ where: { id: goalId } });
  }
}
