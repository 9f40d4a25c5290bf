import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddHouseholdMemberBodySchema,
  CreateHouseholdBodySchema,
  GetHouseholdQuerySchema,
  HouseholdListSchema,
  HouseholdSchema,
  ListHouseholdsQuerySchema,
  RemoveHouseholdMemberQuerySchema,
  SettlementTransitionBodySchema,
  UpdateHouseholdBodySchema,
  UuidSchema,
  type AddHouseholdMemberBody,
  type CreateHouseholdBody,
  type SettlementTransitionBody,
  type UpdateHouseholdBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { HouseholdsService } from './households.service';

@ApiTags('households')
@Controller('households')
export class HouseholdsController {
  constructor(private readonly households: HouseholdsService) {}

  @Get()
  @RequirePermission('participants.read')
  @ApiContract({
    summary: 'Households I may see, newest first',
    query: ListHouseholdsQuerySchema,
    response: HouseholdListSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListHouseholdsQuerySchema) query: z.output<typeof ListHouseholdsQuerySchema>,
  ) {
    return this.households.list(actor, query);
  }

  @Post()
  @RequirePermission('households.write')
  @ApiContract({
    summary: 'Register a household IMDi asks us to settle, with all its members',
    body: CreateHouseholdBodySchema,
    response: HouseholdSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @ZodBody(CreateHouseholdBodySchema) body: CreateHouseholdBody) {
    return this.households.create(actor, body);
  }

  @Get(':householdId')
  @RequirePermission('participants.read')
  @ApiContract({
    summary: 'One household: members (children’s ages on asOf), settlement status, history',
    query: GetHouseholdQuerySchema,
    response: HouseholdSchema,
  })
  get(
    @CurrentActor() actor: Actor,
    @ZodParam('householdId', UuidSchema) householdId: string,
    @ZodQuery(GetHouseholdQuerySchema) query: z.output<typeof GetHouseholdQuerySchema>,
  ) {
    return this.households.get(actor, householdId, query.asOf);
  }

  @Patch(':householdId')
  @RequirePermission('households.write')
  @ApiContract({
    summary: "Change a household's facts (send the version you loaded)",
    body: UpdateHouseholdBodySchema,
    response: HouseholdSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('householdId', UuidSchema) householdId: string,
    @ZodBody(UpdateHouseholdBodySchema) body: UpdateHouseholdBody,
  ) {
    return this.households.update(actor, householdId, body);
  }

  @Post(':householdId/transitions')
  @RequirePermission('households.write')
  @ApiContract({
    summary: 'Move the household to its next settlement state, with the legal date',
    body: SettlementTransitionBodySchema,
    response: HouseholdSchema,
    status: 200,
  })
  transition(
    @CurrentActor() actor: Actor,
    @ZodParam('householdId', UuidSchema) householdId: string,
    @ZodBody(SettlementTransitionBodySchema) body: SettlementTransitionBody,
  ) {
    return this.households.transition(actor, householdId, body);
  }

  @Post(':householdId/members')
  @RequirePermission('households.write')
  @ApiContract({
    summary: 'Add a member: a new person, or one already registered',
    body: AddHouseholdMemberBodySchema,
    response: HouseholdSchema,
    status: 201,
  })
  addMember(
    @CurrentActor() actor: Actor,
    @ZodParam('householdId', UuidSchema) householdId: string,
    @ZodBody(AddHouseholdMemberBodySchema) body: AddHouseholdMemberBody,
  ) {
    return this.households.addMember(actor, householdId, body);
  }

  @Delete(':householdId/members/:personId')
  @RequirePermission('households.write')
  @ApiContract({
    summary: 'Remove a member from the household (the person stays registered)',
    query: RemoveHouseholdMemberQuerySchema,
    response: HouseholdSchema,
  })
  removeMember(
    @CurrentActor() actor: Actor,
    @ZodParam('householdId', UuidSchema) householdId: string,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodQuery(RemoveHouseholdMemberQuerySchema) query: z.output<typeof RemoveHouseholdMemberQuerySchema>,
  ) {
    return this.households.removeMember(actor, householdId, personId, query.version);
  }
}
