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

  /**
   * One event per person, e.g. when a list or export shows several people. A single INSERT … SELECT FROM unnest()
   * with one array per column: thousands of rows cost one round trip (Prisma's createMany was ~20× slower at 5,000).
   */
  async recordMany(actor: Pick<Actor, 'userId' | 'municipalityId'>, entries: AuditEntry[], tx?: Tx): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((e) => this.toRow(actor, e));
    const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    // Field lists travel comma-joined (field names never contain commas): unnest() cannot return arrays per row.
    const fields = rows.map((r) => r.fields.join(','));
    await (tx ?? this.prisma).$executeRaw`
      INSERT INTO audit_event (id, municipality_id, actor_id, action, operation, entity_type, entity_id, person_id,
                               fields, reason, request_id)
      SELECT gen_random_uuid(), m, a, act::"AuditAction", op, et, eid, pid,
             CASE WHEN f = '' THEN '{}'::text[] ELSE string_to_array(f, ',') END, r, req
        FROM unnest(${column('municipalityId')}::uuid[], ${column('actorId')}::uuid[], ${column('action')}::text[],
                    ${column('operation')}::text[], ${column('entityType')}::text[], ${column('entityId')}::text[],
                    ${column('personId')}::uuid[], ${fields}::text[], ${column('reason')}::text[],
                    ${column('requestId')}::text[])
             AS t(m, a, act, op, et, eid, pid, f, r, req)`;
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
