import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export const NIR_PROGRAMME_SELECT = {
  id: true,
  personId: true,
  derivedRegime: true,
  regimeOverride: true,
  consultantId: true,
  competenceMappingDate: true,
  careerGuidanceDate: true,
  decisionDate: true,
  startDate: true,
  endDate: true,
  endGoal: true,
  person: {
    select: {
      firstName: true,
      lastName: true,
      birthDate: true,
      nusLevel: true,
      enrolments: {
        where: { class: { course: { kind: 'NORWEGIAN' } } },
        select: { fromDate: true, toDate: true },
        orderBy: { fromDate: 'asc' },
      },
    },
  },
  leaves: { select: { id: true, fromDate: true, toDate: true, withBenefit: true }, orderBy: { fromDate: 'asc' } },
  outcome: { select: { endStatus: true } },
  plan: {
    select: {
      revisions: { select: { endGoal: true, languageTargetLevel: true }, orderBy: { revisionNumber: 'desc' }, take: 1 },
    },
  },
  nirRegistrations: { select: { fact: true, dueDate: true, registeredAt: true } },
} as const satisfies Prisma.ProgrammeSelect;
export type NirProgrammeRow = Prisma.ProgrammeGetPayload<{ select: typeof NIR_PROGRAMME_SELECT }>;

/** The only place with NIR queries; scoped by municipality and person scope, and to own cases for consultants. */
@Injectable()
export class NirRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Started programmes; `ownOnly`: those the actor is the consultant or the caseworker for. */
  programmes(actor: Actor, ownOnly: boolean, programmeId?: string) {
    return this.prisma.programme.findMany({
      where: {
        municipalityId: actor.municipalityId,
        startDate: { not: null },
        person: personScope(actor),
        ...(programmeId ? { id: programmeId } : {}),
        ...(ownOnly ? { OR: [{ consultantId: actor.userId }, { person: { caseworkerId: actor.userId } }] } : {}),
      },
      select: NIR_PROGRAMME_SELECT,
      orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }, { id: 'asc' }],
    });
  }

  findProgramme(actor: Actor, programmeId: string, tx?: Tx) {
    return (tx ?? this.prisma).programme.findFirst({
      where: { id: programmeId, municipalityId: actor.municipalityId, person: personScope(actor) },
      select: NIR_PROGRAMME_SELECT,
    });
  }

  createRegistration(
    tx: Tx,
    actor: Actor,
    programmeId: string,
    fact: string,
    dueDate: Date | null,
    registeredAt: Date,
  ) {
    return tx.nirRegistration.create({
      data: {
        municipalityId: actor.municipalityId,
        programmeId,
        fact,
        dueDate,
        registeredAt,
        registeredById: actor.userId,
      },
    });
  }

  deleteRegistration(tx: Tx, actor: Actor, programmeId: string, fact: string) {
    return tx.nirRegistration.deleteMany({ where: { municipalityId: actor.municipalityId, programmeId, fact } });
  }

  /** Hours present in Norwegian classes per person (one grouped query). */
  async norwegianHours(municipalityId: string, personIds: readonly string[]): Promise<Map<string, number>> {
    if (personIds.length === 0) return new Map();
    const classes = await this.prisma.courseClass.findMany({
      where: { municipalityId, course: { kind: 'NORWEGIAN' } },
      select: { id: true },
    });
    if (classes.length === 0) return new Map();
    const sums = await this.prisma.attendanceRecord.groupBy({
      by: ['personId'],
      where: { municipalityId, personId: { in: [...personIds] }, classId: { in: classes.map((c) => c.id) } },
      _sum: { presentHours: true },
    });
    return new Map(sums.map((s) => [s.personId, Number(s._sum.presentHours ?? 0)]));
  }
}
