import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreatePlanRevisionBodySchema,
  CreatePlanRevisionResponseSchema,
  IntegrationPlanSchema,
  UuidSchema,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam } from '../../core/http/zod-validation';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('programmes/:programmeId/plan')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @RequirePermission('participants.read')
  @ApiContract({
    summary: 'The integration plan: current revision, every revision newest first, and warnings',
    response: IntegrationPlanSchema,
  })
  get(@CurrentActor() actor: Actor, @ZodParam('programmeId', UuidSchema) programmeId: string) {
    return this.plans.get(actor, programmeId);
  }

  @Post('revisions')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: 'Save a new revision (send the plan version it was based on; 409 STALE_VERSION if someone saved first)',
    body: CreatePlanRevisionBodySchema,
    response: CreatePlanRevisionResponseSchema,
    status: 201,
  })
  revise(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(CreatePlanRevisionBodySchema) body: z.output<typeof CreatePlanRevisionBodySchema>,
  ) {
    return this.plans.revise(actor, programmeId, body);
  }
}
