import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/access/actor';
import { personScope } from '../../core/access/person-scope';
import { PrismaService, type Tx } from '../../core/database/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

export interface NewPaymentLine {
  personId: string;
  programmeId: string;
  gross: number;
  deductions: number;
  offsets: number;
  net: number;
  decisionRequired: boolean;
  calculation: Prisma.InputJsonValue;
}

/** The only place with payment-run queries; every query is scoped by the municipality. */
@Injectable()
export class PaymentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  listRuns(municipalityId: string, month?: string) {
    return this.prisma.paymentRun.findMany({
      where: { municipalityId, ...(month ? { month: monthDate(month) } : {}) },
      orderBy: [{ month: 'desc' }, { sequence: 'desc' }],
      take: 200,
    });
  }

  runsForMonth(municipalityId: string, month: string, tx?: Tx) {
    return (tx ?? this.prisma).paymentRun.findMany({
      where: { municipalityId, month: monthDate(month) },
      orderBy: { sequence: 'asc' },
    });
  }

  findRun(municipalityId: string, runId: string, tx?: Tx) {
    return (tx ?? this.prisma).paymentRun.findFirst({ where: { id: runId, municipalityId } });
  }

  /** Lines of a run with the person's name and birth date (persons in the actor's scope). */
  lines(actor: Actor, runId: string) {
    return this.prisma.paymentLine.findMany({
      where: { runId, municipalityId: actor.municipalityId, person: personScope(actor) },
      select: {
        id: true,
        personId: true,
        programmeId: true,
        gross: true,
        deductions: true,
        offsets: true,
        net: true,
        decisionRequired: true,
        person: { select: { firstName: true, lastName: true, birthDate: true } },
      },
      orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }, { id: 'asc' }],
    });
  }

  /** Sums per run, for run lists: one grouped query. */
  async totals(municipalityId: string, runIds: readonly string[]) {
    if (runIds.length === 0)
      return new Map<
        string,
        { gross: number; deductions: number; offsets: number; net: number; lines: number; decisionRequired: number }
      >();
    const [sums, flagged] = await Promise.all([
      this.prisma.paymentLine.groupBy({
        by: ['runId'],
        where: { municipalityId, runId: { in: [...runIds] } },
        _sum: { gross: true, deductions: true, offsets: true, net: true },
        _count: { _all: true },
      }),
      this.prisma.paymentLine.groupBy({
        by: ['runId'],
        where: { municipalityId, runId: { in: [...runIds] }, decisionRequired: true },
        _count: { _all: true },
      }),
    ]);
    const flags = new Map(flagged.map((f) => [f.runId, f._count._all]));
    return new Map(
      sums.map((s) => [
        s.runId,
        {
          gross: Number(s._sum.gross ?? 0),
          deductions: Number(s._sum.deductions ?? 0),
          offsets: Number(s._sum.offsets ?? 0),
          net: Number(s._sum.net ?? 0),
          lines: s._count._all,
          decisionRequired: flags.get(s.runId) ?? 0,
        },
      ]),
    );
  }

  userNames(municipalityId: string, userIds: readonly string[]) {
    return this.prisma.user.findMany({
      where: { municipalityId, id: { in: [...new Set(userIds)] } },
      select: { id: true, name: true },
    });
  }

  /** Every line of the month's approved runs, to compute a correction run's differences. */
  approvedLines(municipalityId: string, month: string, tx: Tx) {
    return tx.paymentLine.findMany({
      where: { municipalityId, run: { month: monthDate(month), status: 'APPROVED' } },
      select: {
        personId: true,
        programmeId: true,
        gross: true,
        deductions: true,
        offsets: true,
        net: true,
        decisionRequired: true,
        run: { select: { sequence: true } },
      },
      orderBy: { run: { sequence: 'asc' } },
    });
  }

  async createRun(tx: Tx, actor: Actor, month: string, sequence: number, lines: readonly NewPaymentLine[]) {
    const run = await tx.paymentRun.create({
      data: { municipalityId: actor.municipalityId, month: monthDate(month), sequence, preparedById: actor.userId },
    });
    await tx.paymentLine.createMany({
      data: lines.map((l) => ({ ...l, municipalityId: actor.municipalityId, runId: run.id })),
    });
    return run;
  }

  /** Approves only a PREPARED run at the version the approver saw: 0 rows means someone else got there first. */
  async approve(
    tx: Tx,
    municipalityId: string,
    runId: string,
    version: number,
    approverId: string,
    preparedByNot: string,
  ): Promise<boolean> {
    const { count } = await tx.paymentRun.updateMany({
      where: { id: runId, municipalityId, status: 'PREPARED', version, preparedById: { not: preparedByNot } },
      data: { status: 'APPROVED', approvedById: approverId, approvedAt: new Date(), version: { increment: 1 } },
    });
    return count === 1;
  }

  async deletePrepared(tx: Tx, municipalityId: string, runId: string, version: number): Promise<boolean> {
    const { count } = await tx.paymentRun.deleteMany({
      where: { id: runId, municipalityId, status: 'PREPARED', version },
    });
    return count === 1;
  }
}
