import { Injectable } from '@nestjs/common';
import {
  BenefitErrorCode,
  type BenefitSummary,
  type CreateExternalBenefitBody,
  type ExternalBenefit,
  type MunicipalityBenefitMonth,
  type ProgrammeBenefit,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { PrismaService } from '../../core/database/prisma.service';
import { AppError, NotFoundError } from '../../core/errors/app-error';
import { BenefitsCalculator, type ProgrammeMonthResult } from './benefits.calculator';
import { BenefitsRepository } from './benefits.repository';
import { isoDate as iso } from '../../core/database/date-column';

const BENEFIT_FIELDS = ['benefit', 'attendance', 'externalBenefits'];

/** Sums kroner amounts exactly (in øre). */
export function sumKroner(values: readonly number[]): number {
  return values.reduce((ore, v) => ore + Math.round(v * 100), 0) / 100;
}

export function toSummary(r: ProgrammeMonthResult): BenefitSummary {
  const c = r.calculation;
  return {
    programmeId: r.programme.id,
    personId: r.programme.personId,
    firstName: r.programme.person.firstName,
    lastName: r.programme.person.lastName,
    birthDate: iso(r.programme.person.birthDate),
    regime: r.regime,
    gross: c?.gross ?? 0,
    deductions: c?.deductions ?? 0,
    offsets: c?.offsets ?? 0,
    net: c?.net ?? 0,
    decisionRequired: c?.flags.decisionRequired ?? false,
    problem: r.problem,
  };
}

/** The monthly introduksjonsstønad: one participant's calculation with every line item, or the municipality's month. */
@Injectable()
export class BenefitsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: BenefitsRepository,
    private readonly calculator: BenefitsCalculator,
    private readonly audit: AuditService,
  ) {}

  async programmeMonth(actor: Actor, programmeId: string, month: string): Promise<ProgrammeBenefit> {
    const [result] = await this.calculator.computeMonth(actor, month, { programmeId });
    if (!result) {
      if ((await this.repo.programmeExists(actor, programmeId)) === 0)
        throw new NotFoundError(BenefitErrorCode.PROGRAMME_NOT_FOUND, 'The programme');
      throw new AppError(
        BenefitErrorCode.NOT_IN_PROGRAMME,
        `The participant was not in the programme in ${month}`,
        404,
      );
    }
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'benefits.programmeMonth',
      entityType: 'programme',
      entityId: programmeId,
      personId: result.programme.personId,
      fields: BENEFIT_FIELDS,
    });
    return {
      programmeId,
      personId: result.programme.personId,
      firstName: result.programme.person.firstName,
      lastName: result.programme.person.lastName,
      birthDate: iso(result.programme.person.birthDate),
      month,
      regime: result.regime,
      calculation: result.calculation,
      problem: result.problem,
    };
  }

  async municipalityMonth(actor: Actor, month: string): Promise<MunicipalityBenefitMonth> {
    const results = await this.calculator.computeMonth(actor, month);
    const items = results.map(toSummary);
    await this.audit.recordMany(
      actor,
      items.map((i) => ({
        action: 'READ' as const,
        operation: 'benefits.municipalityMonth',
        entityType: 'programme',
        entityId: i.programmeId,
        personId: i.personId,
        fields: BENEFIT_FIELDS,
      })),
    );
    return {
      month,
      items,
      totals: {
        gross: sumKroner(items.map((i) => i.gross)),
        deductions: sumKroner(items.map((i) => i.deductions)),
        offsets: sumKroner(items.map((i) => i.offsets)),
        net: sumKroner(items.map((i) => i.net)),
        decisionRequired: items.filter((i) => i.decisionRequired).length,
      },
    };
  }

  async listExternal(actor: Actor, personId: string, month?: string): Promise<{ items: ExternalBenefit[] }> {
    if (!(await this.repo.findPerson(actor, personId)))
      throw new NotFoundError(BenefitErrorCode.PERSON_NOT_FOUND, 'The participant');
    const rows = await this.repo.listExternal(actor, personId, month);
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'benefits.listExternal',
      entityType: 'external_benefit',
      personId,
      fields: ['kind', 'amount'],
    });
    return { items: rows.map(toExternal) };
  }

  async createExternal(actor: Actor, personId: string, body: CreateExternalBenefitBody): Promise<ExternalBenefit> {
    if (!(await this.repo.findPerson(actor, personId)))
      throw new NotFoundError(BenefitErrorCode.PERSON_NOT_FOUND, 'The participant');
    return this.prisma.$transaction(async (tx) => {
      const row = await this.repo.createExternal(tx, actor, personId, body);
      await this.audit.record(
        actor,
        {
          action: 'CREATE',
          operation: 'benefits.createExternal',
          entityType: 'external_benefit',
          entityId: row.id,
          personId,
          fields: ['month', 'kind', 'amount'],
        },
        tx,
      );
      return toExternal(row);
    });
  }

  async deleteExternal(actor: Actor, externalBenefitId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const row = await this.repo.findExternal(actor, externalBenefitId, tx);
      if (!row) throw new NotFoundError(BenefitErrorCode.EXTERNAL_BENEFIT_NOT_FOUND, 'The benefit');
      await this.repo.deleteExternal(tx, actor, externalBenefitId);
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          operation: 'benefits.deleteExternal',
          entityType: 'external_benefit',
          entityId: row.id,
          personId: row.personId,
          fields: ['month', 'kind', 'amount'],
        },
        tx,
      );
    });
  }
}

function toExternal(row: {
  id: string;
  personId: string;
  month: Date;
  kind: string;
  amount: unknown;
}): ExternalBenefit {
  return {
    id: row.id,
    personId: row.personId,
    month: iso(row.month).slice(0, 7),
    kind: row.kind as ExternalBenefit['kind'],
    amount: Number(row.amount),
  };
}
