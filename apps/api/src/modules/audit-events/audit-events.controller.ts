import { Controller, Get, Injectable } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditEventListSchema, ListAuditEventsQuerySchema, UuidSchema, type AuditEvent } from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { AuditService } from '../../core/audit/audit.service';
import { NotFoundError } from '../../core/errors/app-error';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { AuditEventsRepository } from './audit-events.repository';

@Injectable()
export class AuditEventsService {
  constructor(
    private readonly repository: AuditEventsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Admins and managers see who touched a person's data. Reading the trail is itself audited. */
  async listForPerson(actor: Actor, personId: string, query: { page: number; pageSize: number }) {
    if (!(await this.repository.personExists(actor.municipalityId, personId)))
      throw new NotFoundError('PERSON_NOT_FOUND', 'The person');
    const { rows, total, actorNames } = await this.repository.listForPerson(
      actor.municipalityId,
      personId,
      query.page,
      query.pageSize,
    );
    await this.audit.record(actor, {
      action: 'READ',
      operation: 'auditEvents.listForPerson',
      entityType: 'auditTrail',
      personId,
    });
    const items: AuditEvent[] = rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurredAt.toISOString(),
      actorId: r.actorId,
      actorName: r.actorId ? (actorNames.get(r.actorId) ?? null) : null,
      action: r.action,
      operation: r.operation,
      entityType: r.entityType,
      entityId: r.entityId,
      personId: r.personId,
      fields: r.fields,
      reason: r.reason,
      requestId: r.requestId,
    }));
    return { items, page: query.page, pageSize: query.pageSize, total };
  }
}

@ApiTags('audit')
@Controller('persons/:personId/audit-events')
@RequirePermission('audit.read')
export class AuditEventsController {
  constructor(private readonly service: AuditEventsService) {}

  @Get()
  @ApiContract({
    summary: "Who read or changed this person's data (admins and managers)",
    query: ListAuditEventsQuerySchema,
    response: AuditEventListSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodQuery(ListAuditEventsQuerySchema) query: z.output<typeof ListAuditEventsQuerySchema>,
  ) {
    return this.service.listForPerson(actor, personId, query);
  }
}
