import { Injectable } from '@nestjs/common';
import { PersonErrorCode, TimelineParamsSchema, type TimelineEventList } from '@ankomst/contracts';
import type { Actor } from '../../core/access/actor';
import { seesFullCase } from '../../core/access/person-scope';
import { AuditService } from '../../core/audit/audit.service';
import { NotFoundError } from '../../core/errors/app-error';
import { TimelineRepository } from './timeline.repository';

@Injectable()
export class TimelineService {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly audit: AuditService,
  ) {}

  /** A participant's timeline, newest first. Restricted events only for the refugee service. Audited. */
  async list(actor: Actor, personId: string, query: { page: number; pageSize: number }): Promise<TimelineEventList> {
    if (!(await this.timeline.personInScope(actor, personId)))
      throw new NotFoundError(PersonErrorCode.NOT_FOUND, 'The person');
    const includeRestricted = seesFullCase(actor);
    const { rows, total, actorNames } = await this.timeline.list(actor, personId, { ...query, includeRestricted });
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'timeline.list',
      entityType: 'person',
      entityId: personId,
      personId,
      fields: includeRestricted ? ['timeline', 'timeline.restricted'] : ['timeline'],
    });
    return {
      items: rows.map((r) => {
        const params = TimelineParamsSchema.safeParse(r.params);
        return {
          id: r.id,
          occurredAt: r.occurredAt.toISOString(),
          service: r.service,
          kind: r.kind,
          params: params.success ? params.data : {},
          restricted: r.restricted,
          actorName: r.actorId ? (actorNames.get(r.actorId) ?? null) : null,
        };
      }),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
