import { Injectable } from '@nestjs/common';
import type { AuditAction } from '../../generated/prisma/enums';
import type { Actor } from '../access/actor';
import { PrismaService, type Tx } from '../database/prisma.service';
import { currentRequestId } from '../http/request-context';

/**
 * The audit trail: who read or changed which person's data, when, and through which use-case. Field names
 * only, never values. Writes pass their transaction client so the event commits or rolls back with the change.
 */
export interface AuditEntry {
  action: AuditAction;
  /** The use-case, e.g. "participants.get". */
  operation: string;
  entityType: string;
  entityId?: string | null;
  personId?: string | null;
  fields?: string[];
  reason?: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** Records one event; pass `tx` when the event belongs to a write. */
  async record(actor: Pick<Actor, 'userId' | 'municipalityId'>, entry: AuditEntry, tx?: Tx): Promise<void> {
    await (tx ?? this.prisma).auditEvent.create({ data: this.toRow(actor, entry) });
  }

  /** One event per person, e.g. when a list or export shows several people. */
  async recordMany(actor: Pick<Actor, 'userId' | 'municipalityId'>, entries: AuditEntry[], tx?: Tx): Promise<void> {
    if (entries.length === 0) return;
    await (tx ?? this.prisma).auditEvent.createMany({ data: entries.map((e) => this.toRow(actor, e)) });
  }

  private toRow(actor: Pick<Actor, 'userId' | 'municipalityId'>, e: AuditEntry) {
    return {
      municipalityId: actor.municipalityId,
      actorId: actor.userId,
      action: e.action,
      operation: e.operation,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      personId: e.personId ?? null,
      fields: e.fields ?? [],
      reason: e.reason ?? null,
      requestId: currentRequestId() ?? null,
    };
  }
}
