import { Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CareFactsSchema, UpdateCareFactsBodySchema, UuidSchema, type UpdateCareFactsBody } from '@ankomst/contracts';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { Clock } from '../../core/clock/clock';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam } from '../../core/http/zod-validation';
import { CareFactsService } from './care-facts.service';

/**
 * The route admits the roles that read person data (`participants.read`; admin 403); the care situation itself is
 * need-to-know for consultants, decided in the repository (others 404, ADR 0004).
 */
@ApiTags('care-facts')
@Controller('persons/:personId/care-facts')
export class CareFactsController {
  constructor(
    private readonly careFacts: CareFactsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequirePermission('participants.read')
  @ApiContract({
    summary: "The participant's care situation for the child-illness quota (consultants only)",
    response: CareFactsSchema,
  })
  get(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.careFacts.get(actor, personId, this.clock.today());
  }

  @Put()
  @RequirePermission('participants.read')
  @ApiContract({
    summary: 'Record the care situation (send the version you loaded, null the first time; consultants only)',
    body: UpdateCareFactsBodySchema,
    response: CareFactsSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(UpdateCareFactsBodySchema) body: UpdateCareFactsBody,
  ) {
    return this.careFacts.update(actor, personId, body, this.clock.today());
  }
}
