import { Injectable } from '@nestjs/common';
import {
  NirErrorCode,
  type CreateNirRegistrationBody,
  type NirCompletenessReport,
  type NirProgrammeCompleteness,
} from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { Clock } from '../../core/clock/clock';
import { PrismaService } from '../../core/database/prisma.service';
import { AppError, ConflictError, NotFoundError } from '../../core/errors/app-error';
import { completeness, factFor } from './nir.completeness';
import { exportRecord, nirCsv, nirJsonLines } from './nir.export';
import { NirRepository } from './nir.repository';

const NIR_FIELDS = ['programme', 'nirRegistrations'];

/** NIR: what each participant's programme owes the register under their regime, and whether it is late. */
@Injectable()
export class NirService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: NirRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Managers see the municipality; consultants their own cases. */
  private ownOnly(actor: Actor): boolean {
    return !hasRole(actor, 'MANAGER');
  }

  async report(actor: Actor, query: { asOf?: string; incompleteOnly?: boolean }): Promise<NirCompletenessReport> {
    const asOf = query.asOf ?? this.clock.today();
    const ownOnly = this.ownOnly(actor);
    const rows = await this.repo.programmes(actor, ownOnly);
    let items = rows.map((p) => completeness(p, asOf));
    if (query.incompleteOnly) items = items.filter((i) => i.counts.missingData + i.counts.due + i.counts.overdue > 0);
    await this.audit.recordMany(
      actor,
      items.map((i) => ({
        action: 'READ' as const,
        operation: 'nir.report',
        entityType: 'programme',
        entityId: i.programmeId,
        personId: i.personId,
        fields: NIR_FIELDS,
      })),
    );
    const sum = (k: keyof NirProgrammeCompleteness['counts']) => items.reduce((n, i) => n + i.counts[k], 0);
    return {
      asOf,
      scope: ownOnly ? 'OWN' : 'MUNICIPALITY',
      items,
      totals: {
        participants: items.length,
        missingData: sum('missingData'),
        due: sum('due'),
        overdue: sum('overdue'),
        registeredLate: sum('registeredLate'),
      },
    };
  }

  async programme(actor: Actor, programmeId: string, asOf?: string): Promise<NirProgrammeCompleteness> {
    const p = await this.repo.findProgramme(actor, programmeId);
    if (!p) throw new NotFoundError(NirErrorCode.PROGRAMME_NOT_FOUND, 'The programme');
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'nir.programme',
      entityType: 'programme',
      entityId: programmeId,
      personId: p.personId,
      fields: NIR_FIELDS,
    });
    return completeness(p, asOf ?? this.clock.today());
  }

  async register(
    actor: Actor,
    programmeId: string,
    body: CreateNirRegistrationBody,
  ): Promise<NirProgrammeCompleteness> {
    const registeredAt = body.registeredAt ? new Date(body.registeredAt) : new Date();
    const asOf = this.clock.today();
    await this.prisma
      .$transaction(async (tx) => {
        const p = await this.repo.findProgramme(actor, programmeId, tx);
        if (!p) throw new NotFoundError(NirErrorCode.PROGRAMME_NOT_FOUND, 'The programme');
        const fact = factFor(p, body.fact, asOf);
        if (!fact) {
          throw new AppError(NirErrorCode.UNKNOWN_FACT, `NIR does not need ${body.fact} for this programme now`, 400, [
            { path: 'fact', code: NirErrorCode.UNKNOWN_FACT, message: 'Not a fact this programme owes NIR' },
          ]);
        }
        if (fact.registeredAt)
          throw new ConflictError(
            NirErrorCode.ALREADY_REGISTERED,
            `${body.fact} was already registered in NIR on ${fact.registeredAt.slice(0, 10)}`,
          );
        const due = fact.dueDate ? new Date(`${fact.dueDate}T00:00:00Z`) : null;
        const row = await this.repo.createRegistration(tx, actor, programmeId, body.fact, due, registeredAt);
        await this.audit.record(
          actor,
          {
            action: 'CREATE',
            operation: 'nir.register',
            entityType: 'nir_registration',
            entityId: row.id,
            personId: p.personId,
            fields: ['fact', 'registeredAt'],
          },
          tx,
        );
      })
      .catch((error: unknown) => {
        if ((error as { code?: string } | null)?.code === 'P2002')
          throw new ConflictError(NirErrorCode.ALREADY_REGISTERED, `${body.fact} was already registered in NIR`);
        throw error;
      });
    return this.programme(actor, programmeId, asOf);
  }

  async unregister(actor: Actor, programmeId: string, fact: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const p = await this.repo.findProgramme(actor, programmeId, tx);
      if (!p) throw new NotFoundError(NirErrorCode.PROGRAMME_NOT_FOUND, 'The programme');
      const { count } = await this.repo.deleteRegistration(tx, actor, programmeId, fact);
      if (count === 0) throw new NotFoundError(NirErrorCode.REGISTRATION_NOT_FOUND, 'The registration');
      await this.audit.record(
        actor,
        {
          action: 'DELETE',
          operation: 'nir.unregister',
          entityType: 'nir_registration',
          personId: p.personId,
          fields: ['fact'],
        },
        tx,
      );
    });
  }

  async export(actor: Actor, format: 'jsonl' | 'csv', asOfInput?: string) {
    const asOf = asOfInput ?? this.clock.today();
    const rows = await this.repo.programmes(actor, this.ownOnly(actor));
    const hours = await this.repo.norwegianHours(
      actor.municipalityId,
      rows.map((r) => r.personId),
    );
    const records = rows
      .map((p) => exportRecord(p, completeness(p, asOf), hours.get(p.personId) ?? 0, asOf))
      .sort((a, b) => (a.regime < b.regime ? -1 : a.regime > b.regime ? 1 : 0));
    await this.audit.recordMany(actor, [
      { action: 'EXPORT', operation: 'nir.export', entityType: 'nir_export', fields: [format] },
      ...records.map((r) => ({
        action: 'EXPORT' as const,
        operation: 'nir.export',
        entityType: 'programme',
        entityId: r.programmeId,
        personId: r.personId,
        fields: ['programme', 'norwegianTraining'],
      })),
    ]);
    const filename = `nir-${asOf}.${format}`;
    return format === 'csv'
      ? { filename, contentType: 'text/csv; charset=utf-8', body: nirCsv(records) }
      : { filename, contentType: 'application/x-ndjson; charset=utf-8', body: nirJsonLines(records) };
  }
}
