import { Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AlternativeGoalListSchema,
  AlternativeGoalSchema,
  CreateAlternativeGoalBodySchema,
  ProgrammeOutcomeViewSchema,
  PutProgrammeOutcomeBodySchema,
  UpdateAlternativeGoalBodySchema,
  UuidSchema,
  type CreateAlternativeGoalBody,
  type PutProgrammeOutcomeBody,
  type UpdateAlternativeGoalBody,
} from '@ankomst/contracts';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam } from '../../core/http/zod-validation';
import { ProgrammeEndService } from './programme-end.service';

@ApiTags('programme-end')
@Controller()
export class ProgrammeEndController {
  constructor(private readonly service: ProgrammeEndService) {}

  @Get('programmes/:programmeId/outcome')
  @RequirePermission('participants.read')
  @ApiContract({
    summary: "A programme's end facts and its outcome (null until recorded)",
    response: ProgrammeOutcomeViewSchema,
  })
  getOutcome(@CurrentActor() actor: Actor, @ZodParam('programmeId', UuidSchema) programmeId: string) {
    return this.service.getOutcome(actor, programmeId);
  }

  @Put('programmes/:programmeId/outcome')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary:
      'Record or replace the outcome of a completed or discontinued programme (follow-ups from 6/12 months after the end)',
    body: PutProgrammeOutcomeBodySchema,
    response: ProgrammeOutcomeViewSchema,
  })
  putOutcome(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(PutProgrammeOutcomeBodySchema) body: PutProgrammeOutcomeBody,
  ) {
    return this.service.putOutcome(actor, programmeId, body);
  }

  @Get('programmes/:programmeId/alternative-goals')
  @RequirePermission('participants.read')
  @ApiContract({ summary: "A programme's alternative goals", response: AlternativeGoalListSchema })
  listGoals(@CurrentActor() actor: Actor, @ZodParam('programmeId', UuidSchema) programmeId: string) {
    return this.service.listGoals(actor, programmeId);
  }

  @Post('programmes/:programmeId/alternative-goals')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: 'Add an alternative goal (parenting, community participation …)',
    body: CreateAlternativeGoalBodySchema,
    response: AlternativeGoalSchema,
    status: 201,
  })
  createGoal(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(CreateAlternativeGoalBodySchema) body: CreateAlternativeGoalBody,
  ) {
    return this.service.createGoal(actor, programmeId, body);
  }

  @Patch('alternative-goals/:goalId')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: "Change an alternative goal's status, status date or narrative",
    body: UpdateAlternativeGoalBodySchema,
    response: AlternativeGoalSchema,
  })
  updateGoal(
    @CurrentActor() actor: Actor,
    @ZodParam('goalId', UuidSchema) goalId: string,
    @ZodBody(UpdateAlternativeGoalBodySchema) body: UpdateAlternativeGoalBody,
  ) {
    return this.service.updateGoal(actor, goalId, body);
  }

  @Delete('alternative-goals/:goalId')
  @RequirePermission('programmes.write')
  @ApiContract({ summary: 'Remove an alternative goal', status: 204 })
  deleteGoal(@CurrentActor() actor: Actor, @ZodParam('goalId', UuidSchema) goalId: string) {
    return this.service.deleteGoal(actor, goalId);
  }
}
