import { Injectable } from '@nestjs/common';
import type { Service, TimelineKind, TimelineParams } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import type { Tx } from '../../core/database/prisma.service';

/** One line for a participant's shared timeline. */
export interface TimelineEntry {
  personId: string;
  /** The service the event belongs to (shown as its source). */
  service: Service;
  /** A stable kind the web client translates, `<area>.<what>`, e.g. "programme.started" (`TIMELINE_KINDS`). */
  kind: TimelineKind;
  /** Values for the translated text: ids, dates, codes. Never sensitive values (health, safeguarding notes). */
  params?: TimelineParams;
  /** Only the refugee service (consultants) sees restricted events. */
  restricted?: boolean;
  /** When it happened; defaults to now. */
  occurredAt?: Date;
}

/**
 * Writes events to the shared timeline (`timeline_event`), inside the caller's transaction so the event commits
 * with the change it describes. Import `TimelineModule` and inject `TimelineWriter`:
 *
 *   await this.timeline.record(tx, actor, { personId, service: 'REFUGEE_SERVICE', kind: 'programme.started', params: { startDate } });
 *
 * The signature is stable: other modules (programmes, plans, meetings, handovers, attendance) depend on it.
 * The caller has already checked that the actor may write about this person (personScope).
 */
@Injectable()
export class TimelineWriter {
  async record(tx: Tx, actor: Pick<Actor, 'userId' | 'municipalityId'>, entry: TimelineEntry): Promise<void> {
    await tx.timelineEvent.create({ data: this.toRow(actor, entry) });
  }

  /** Several events at once, e.g. one per household member. */
  async recordMany(
    tx: Tx,
    actor: Pick<Actor, 'userId' | 'municipalityId'>,
    entries: readonly TimelineEntry[],
  ): Promise<void> {
    if (entries.length === 0) return;
    await tx.timelineEvent.createMany({ data: entries.map((e) => this.toRow(actor, e)) });
  }

  private toRow(actor: Pick<Actor, 'userId' | 'municipalityId'>, e: TimelineEntry) {
    return {
      municipalityId: actor.municipalityId,
      personId: e.personId,
      service: e.service,
      kind: e.kind,
      params: e.params ?? {},
      restricted: e.restricted ?? false,
      actorId: actor.userId,
      ...(e.occurredAt ? { occurredAt: e.occurredAt } : {}),
    };
  }
}
