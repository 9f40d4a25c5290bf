import { Injectable } from '@nestjs/common';
import { PaymentErrorCode, type PaymentRun, type PaymentRunDetail } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { ConflictError, ForbiddenError, NotFoundError, StaleVersionError } from '../../core/errors/app-error';
import type { Prisma } from '../../generated/prisma/client';
import { BenefitsCalculator } from '../benefits/benefits.calculator';
import { payrollCsv, payrollXlsx, type PayrollRow } from './payments.export';
import { PaymentsRepository, type NewPaymentLine } from './payments.repository';
import { isoDate as iso } from '../../core/database/date-column';

const toOre = (n: number) => Math.round(n * 100);
const fromOre = (n: number) => n / 100;

type RunRow = NonNullable<Awaited<ReturnType<PaymentsRepository['findRun']>>>;

/**
 * Monthly payment runs: one person prepares a snapshot of every participant's calculation, another approves
 * it (never the preparer), and then it is locked. A correction is a later run for the same month holding only
 * the differences from what was approved.
 */
@Injectable()
export class PaymentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: PaymentsRepository,
    private readonly calculator: BenefitsCalculator,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, month?: string): Promise<{ items: PaymentRun[] }> {
    const runs = await this.repo.listRuns(actor.municipalityId, month);
    return { items: await this.toRuns(actor, runs) };
  }

  async get(actor: Actor, runId: string): Promise<PaymentRunDetail> {
    const run = await this.repo.findRun(actor.municipalityId, runId);
    if (!run) throw new NotFoundError(PaymentErrorCode.RUN_NOT_FOUND, 'The payment run');
    const [summary] = await this.toRuns(actor, [run]);
    const lines = await this.repo.lines(actor, runId);
    await this.audit.recordMany(
      actor,
      lines.map((l) => ({
        action: 'READ' as const,
        operation: 'payments.get',
        entityType: 'payment_line',
        entityId: l.id,
        personId: l.personId,
        fields: ['gross', 'deductions', 'offsets', 'net'],
      })),
    );
    return {
      ...summary!,
      lines: lines.map((l) => ({
        id: l.id,
        personId: l.personId,
        programmeId: l.programmeId,
        firstName: l.person.firstName,
        lastName: l.person.lastName,
        birthDate: iso(l.person.birthDate),
        gross: Number(l.gross),
        deductions: Number(l.deductions),
        offsets: Number(l.offsets),
        net: Number(l.net),
        decisionRequired: l.decisionRequired,
      })),
    };
  }

  async prepare(actor: Actor, month: string): Promise<PaymentRunDetail> {
    const run = await this.prisma
      .$transaction(async (tx) => {
        const runs = await this.repo.runsForMonth(actor.municipalityId, month, tx);
        const pending = runs.find((r) => r.status === 'PREPARED');
        if (pending) {
          throw new ConflictError(
            PaymentErrorCode.PENDING_RUN_EXISTS,
            `Run ${pending.sequence} for ${month} is prepared and not approved yet; approve or discard it first`,
          );
        }
        const results = (await this.calculator.computeMonth(actor, month, { tx })).filter((r) => r.calculation);
        const current: NewPaymentLine[] = results.map((r) => ({
          personId: r.programme.personId,
          programmeId: r.programme.id,
          gross: r.calculation!.gross,
          deductions: r.calculation!.deductions,
          offsets: r.calculation!.offsets,
          net: r.calculation!.net,
          decisionRequired: r.calculation!.flags.decisionRequired,
          calculation: r.calculation as unknown as Prisma.InputJsonValue,
        }));
        const sequence = runs.length === 0 ? 1 : Math.max(...runs.map((r) => r.sequence)) + 1;
        const lines =
          runs.length === 0
            ? current
            : differences(current, await this.repo.approvedLines(actor.municipalityId, month, tx));
        if (lines.length === 0) {
          throw runs.length === 0
            ? new ConflictError(PaymentErrorCode.NOTHING_TO_PAY, `No participant is in a programme in ${month}`)
            : new ConflictError(
                PaymentErrorCode.NO_DIFFERENCES,
                `Nothing has changed since the approved runs for ${month}; no correction run is needed`,
              );
        }
        const created = await this.repo.createRun(tx, actor, month, sequence, lines);
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'payments.prepare',
            entityType: 'payment_run',
            entityId: created.id,
            fields: ['month', 'sequence', 'lines'],
          },
          tx,
        );
        return created;
      })
      .catch((error: unknown) => {
        // Someone else prepared the same month's next run at the same moment (unique month + sequence).
        if ((error as { code?: string } | null)?.code === 'P2002') {
          throw new ConflictError(
            PaymentErrorCode.PENDING_RUN_EXISTS,
            `Another run for ${month} was prepared at the same moment; reload`,
          );
        }
        throw error;
      });
    return this.get(actor, run.id);
  }

  async approve(actor: Actor, runId: string, version: number): Promise<PaymentRunDetail> {
    await this.prisma.$transaction(async (tx) => {
      const run = await this.repo.findRun(actor.municipalityId, runId, tx);
      if (!run) throw new NotFoundError(PaymentErrorCode.RUN_NOT_FOUND, 'The payment run');
      if (run.preparedById === actor.userId) {
        throw new ForbiddenError(
          PaymentErrorCode.SELF_APPROVAL,
          'You prepared this run; it must be approved by someone else',
        );
      }
      if (run.status === 'APPROVED') throw await this.alreadyApproved(actor, run);
      const ok = await this.repo.approve(tx, actor.municipalityId, runId, version, actor.userId, actor.userId);
      if (!ok) {
        const now = await this.repo.findRun(actor.municipalityId, runId);
        if (now?.status === 'APPROVED') throw await this.alreadyApproved(actor, now);
        throw new StaleVersionError('The payment run', now?.version);
      }
      await this.audit.record(
        actor,
        {
          action: 'UPDATE',
          operation: 'payments.approve',
          entityType: 'payment_run',
          entityId: runId,
          fields: ['status', 'approvedBy'],
        },
        tx,
      );
    });
    return this.get(actor, runId);
  }

  private async alreadyApproved(actor: Actor, run: RunRow): Promise<ConflictError> {
    const [approver] = run.approvedById ? await this.repo.userNames(actor.municipalityId, [run.approvedById]) : [];
    return new ConflictError(
      PaymentErrorCode.ALREADY_APPROVED,
      `The run was already approved${approver ? ` by ${approver.name}` : ''}; it is locked`,
    );
  }

  /** Only a prepared run can be discarded; an approved one is locked. */
  async discard(actor: Actor, runId: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const run = await this.repo.findRun(actor.municipalityId, runId, tx);
      if (!run) throw new NotFoundError(PaymentErrorCode.RUN_NOT_FOUND, 'The payment run');
      if (run.status === 'APPROVED')
        throw new ConflictError(
          PaymentErrorCode.LOCKED,
          'An approved run is locked; corrections go into a new run for the month',
        );
      if (!(await this.repo.deletePrepared(tx, actor.municipalityId, runId, version)))
        throw new StaleVersionError('The payment run', run.version);
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          operation: 'payments.discard',
          entityType: 'payment_run',
          entityId: runId,
          fields: ['status'],
        },
        tx,
      );
    });
  }

  async export(
    actor: Actor,
    runId: string,
    format: 'csv' | 'xlsx',
  ): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const run = await this.repo.findRun(actor.municipalityId, runId);
    if (!run) throw new NotFoundError(PaymentErrorCode.RUN_NOT_FOUND, 'The payment run');
    if (run.status !== 'APPROVED')
      throw new ConflictError(PaymentErrorCode.NOT_APPROVED, 'Only an approved run goes to payroll; approve it first');
    const lines = await this.repo.lines(actor, runId);
    const month = iso(run.month).slice(0, 7);
    const rows: PayrollRow[] = lines.map((l) => ({
      lastName: l.person.lastName,
      firstName: l.person.firstName,
      birthDate: iso(l.person.birthDate),
      month,
      sequence: run.sequence,
      gross: Number(l.gross),
      deductions: Number(l.deductions),
      offsets: Number(l.offsets),
      net: Number(l.net),
      decisionRequired: l.decisionRequired,
    }));
    await this.audit.recordMany(actor, [
      { action: 'EXPORT', operation: 'payments.export', entityType: 'payment_run', entityId: runId, fields: [format] },
      ...lines.map((l) => ({
        action: 'EXPORT' as const,
        operation: 'payments.export',
        entityType: 'payment_line',
        entityId: l.id,
        personId: l.personId,
        fields: ['name', 'birthDate', 'gross', 'deductions', 'offsets', 'net', 'decisionRequired'],
      })),
    ]);
    const filename = `introduksjonsstonad-${month}-kjoring-${run.sequence}.${format}`;
    return format === 'csv'
      ? { filename, contentType: 'text/csv; charset=utf-8', body: payrollCsv(rows) }
      : {
          filename,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          body: await payrollXlsx(rows),
        };
  }

  private async toRuns(actor: Actor, runs: RunRow[]): Promise<PaymentRun[]> {
    const [totals, users] = await Promise.all([
      this.repo.totals(
        actor.municipalityId,
        runs.map((r) => r.id),
      ),
      this.repo.userNames(
        actor.municipalityId,
        runs.flatMap((r) => [r.preparedById, ...(r.approvedById ? [r.approvedById] : [])]),
      ),
    ]);
    const name = new Map(users.map((u) => [u.id, u.name]));
    return runs.map((r) => ({
      id: r.id,
      month: iso(r.month).slice(0, 7),
      sequence: r.sequence,
      status: r.status,
      preparedBy: { id: r.preparedById, name: name.get(r.preparedById) ?? '' },
      preparedAt: r.preparedAt.toISOString(),
      approvedBy: r.approvedById ? { id: r.approvedById, name: name.get(r.approvedById) ?? '' } : null,
      approvedAt: r.approvedAt?.toISOString() ?? null,
      version: r.version,
      totals: totals.get(r.id) ?? { gross: 0, deductions: 0, offsets: 0, net: 0, lines: 0, decisionRequired: 0 },
    }));
  }
}

/**
 * A correction run's lines: for each programme, what is due now minus what the approved runs already paid
 * (amounts in øre to stay exact). A programme no longer due is reversed in full. Unchanged programmes are left out.
 */
export function differences(
  current: readonly NewPaymentLine[],
  approved: readonly {
    personId: string;
    programmeId: string;
    gross: unknown;
    deductions: unknown;
    offsets: unknown;
    net: unknown;
    decisionRequired: boolean;
  }[],
): NewPaymentLine[] {
  const paid = new Map<
    string,
    { personId: string; gross: number; deductions: number; offsets: number; net: number; decisionRequired: boolean }
  >();
  for (const a of approved) {
    const p = paid.get(a.programmeId) ?? {
      personId: a.personId,
      gross: 0,
      deductions: 0,
      offsets: 0,
      net: 0,
      decisionRequired: false,
    };
    p.gross += toOre(Number(a.gross));
    p.deductions += toOre(Number(a.deductions));
    p.offsets += toOre(Number(a.offsets));
    p.net += toOre(Number(a.net));
    p.decisionRequired = a.decisionRequired;
    paid.set(a.programmeId, p);
  }
  const lines: NewPaymentLine[] = [];
  const seen = new Set<string>();
  for (const c of current) {
    seen.add(c.programmeId);
    const p = paid.get(c.programmeId) ?? { gross: 0, deductions: 0, offsets: 0, net: 0, decisionRequired: false };
    const diff = {
      gross: toOre(c.gross) - p.gross,
      deductions: toOre(c.deductions) - p.deductions,
      offsets: toOre(c.offsets) - p.offsets,
      net: toOre(c.net) - p.net,
    };
    if (
      diff.gross === 0 &&
      diff.deductions === 0 &&
      diff.offsets === 0 &&
      diff.net === 0 &&
      p.decisionRequired === c.decisionRequired
    )
      continue;
    lines.push({
      ...c,
      gross: fromOre(diff.gross),
      deductions: fromOre(diff.deductions),
      offsets: fromOre(diff.offsets),
      net: fromOre(diff.net),
      calculation: {
        correction: true,
        current: c.calculation,
        previouslyApproved: {
          gross: fromOre(p.gross),
          deductions: fromOre(p.deductions),
          offsets: fromOre(p.offsets),
          net: fromOre(p.net),
        },
      },
    });
  }
  for (const [programmeId, p] of paid) {
    if (seen.has(programmeId) || (p.gross === 0 && p.deductions === 0 && p.offsets === 0 && p.net === 0)) continue;
    lines.push({
      personId: p.personId,
      programmeId,
      gross: fromOre(-p.gross),
      deductions: fromOre(-p.deductions),
      offsets: fromOre(-p.offsets),
      net: fromOre(-p.net),
      decisionRequired: false,
      calculation: {
        correction: true,
        current: null,
        previouslyApproved: {
          gross: fromOre(p.gross),
          deductions: fromOre(p.deductions),
          offsets: fromOre(p.offsets),
          net: fromOre(p.net),
        },
      },
    });
  }
  return lines;
}
