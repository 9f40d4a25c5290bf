import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateHandoverBodySchema,
  CreateHandoverMessageBodySchema,
  HandoverListSchema,
  HandoverSchema,
  HandoverTransitionBodySchema,
  ListHandoversQuerySchema,
  UpdateHandoverBodySchema,
  UuidSchema,
  type CreateHandoverBody,
  type CreateHandoverMessageBody,
  type HandoverTransitionBody,
  type ListHandoversQuery,
  type UpdateHandoverBody,
} from '@ankomst/contracts';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { HandoversService } from './handovers.service';

@ApiTags('handovers')
@Controller('handovers')
export class HandoversController {
  constructor(private readonly handovers: HandoversService) {}

  @Get()
  @RequirePermission('handovers.read')
  @ApiContract({
    summary: 'Handovers: box=incoming (my Nav office), box=mine (I wrote them), or one participant (personId)',
    query: ListHandoversQuerySchema,
    response: HandoverListSchema,
  })
  list(@CurrentActor() actor: Actor, @ZodQuery(ListHandoversQuerySchema) query: ListHandoversQuery) {
    return this.handovers.list(actor, query);
  }

  @Post()
  @RequirePermission('handovers.write')
  @ApiContract({
    summary: 'Start a handover draft for a participant (prefilled from structured data)',
    body: CreateHandoverBodySchema,
    response: HandoverSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @ZodBody(CreateHandoverBodySchema) body: CreateHandoverBody) {
    return this.handovers.create(actor, body.personId);
  }

  @Get(':handoverId')
  @RequirePermission('handovers.read')
  @ApiContract({ summary: 'One handover with its status history and thread', response: HandoverSchema })
  get(@CurrentActor() actor: Actor, @ZodParam('handoverId', UuidSchema) handoverId: string) {
    return this.handovers.get(actor, handoverId);
  }

  @Patch(':handoverId')
  @RequirePermission('handovers.write')
  @ApiContract({
    summary: 'Edit the draft note (send the version you loaded)',
    body: UpdateHandoverBodySchema,
    response: HandoverSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('handoverId', UuidSchema) handoverId: string,
    @ZodBody(UpdateHandoverBodySchema) body: UpdateHandoverBody,
  ) {
    return this.handovers.update(actor, handoverId, body);
  }

  @Post(':handoverId/transitions')
  @RequirePermission('handovers.participate')
  @ApiContract({
    summary: 'Take a step: SUBMIT, RECEIVE, REQUEST_INFO (with the question), ANSWER (with the answer), ACCEPT',
    body: HandoverTransitionBodySchema,
    response: HandoverSchema,
  })
  transition(
    @CurrentActor() actor: Actor,
    @ZodParam('handoverId', UuidSchema) handoverId: string,
    @ZodBody(HandoverTransitionBodySchema) body: HandoverTransitionBody,
  ) {
    return this.handovers.transition(actor, handoverId, body);
  }

  @Post(':handoverId/messages')
  @RequirePermission('handovers.participate')
  @ApiContract({
    summary: 'Write a comment in the thread',
    body: CreateHandoverMessageBodySchema,
    response: HandoverSchema,
    status: 201,
  })
  addMessage(
    @CurrentActor() actor: Actor,
    @ZodParam('handoverId', UuidSchema) handoverId: string,
    @ZodBody(CreateHandoverMessageBodySchema) body: CreateHandoverMessageBody,
  ) {
    return this.handovers.addMessage(actor, handoverId, body);
  }
}
