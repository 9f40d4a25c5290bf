import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
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
   * One event per person, e.g. when a list or export shows several people. A single INSERT … SELECT FROM unnest():
   * thousands of rows cost one round trip (Prisma's createMany was ~20× slower at 5,000). A value that is the same
   * for every row (the actor, municipality and request always; the operation, fields and the like in a list read)
   * is sent once as a parameter; only the columns that differ travel as one array each.
   */
  async recordMany(actor: Pick<Actor, 'userId' | 'municipalityId'>, entries: AuditEntry[], tx?: Tx): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((e) => this.toRow(actor, e));
    const first = rows[0] as (typeof rows)[number];
    // Field lists travel comma-joined (field names never contain commas): unnest() cannot return arrays per row.
    const fields = rows.map((r) => r.fields.join(','));
    const arrays: Prisma.Sql[] = [];
    const names: string[] = [];
    /** The column's value once when every row has it, else an unnest() column of the array. */
    const column = (name: string, values: (string | null)[], type: string): Prisma.Sql => {
      const one = values[0] ?? null;
      if (values.every((v) => v === one)) return Prisma.sql`${one}::${Prisma.raw(type)}`;
      arrays.push(Prisma.sql`${values}::${Prisma.raw(type)}[]`);
      names.push(name);
      return Prisma.raw(name);
    };
    const action = column(
      'act',
      rows.map((r) => r.action),
      'text',
    );
    const operation = column(
      'op',
      rows.map((r) => r.operation),
      'text',
    );
    const entityType = column(
      'et',
      rows.map((r) => r.entityType),
      'text',
    );
    const entityId = column(
      'eid',
      rows.map((r) => r.entityId),
      'text',
    );
    const personId = column(
      'pid',
      rows.map((r) => r.personId),
      'uuid',
    );
    const fieldList = column('f', fields, 'text');
    const reason = column(
      'r',
      rows.map((r) => r.reason),
      'text',
    );
    // One row per entry even when every column is the same: unnest an array of the row numbers.
    if (arrays.length === 0) {
      arrays.push(Prisma.sql`${rows.map((_, i) => i)}::int[]`);
      names.push('n');
    }
    await (tx ?? this.prisma).$executeRaw`
      INSERT INTO audit_event (id, municipality_id, actor_id, action, operation, entity_type, entity_id, person_id,
                               fields, reason, request_id)
      SELECT gen_random_uuid(), ${first.municipalityId}::uuid, ${first.actorId}::uuid, (${action})::"AuditAction",
             ${operation}, ${entityType}, ${entityId}, ${personId},
             CASE WHEN ${fieldList} = '' THEN '{}'::text[] ELSE string_to_array(${fieldList}, ',') END, ${reason},
             ${first.requestId}::text
        FROM unnest(${Prisma.join(arrays)}) AS t(${Prisma.raw(names.join(', '))})`;
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
