import { Controller, Get, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CaseworkerCandidateListSchema,
  ListPersonsQuerySchema,
  PersonListSchema,
  PersonSchema,
  UpdatePersonBodySchema,
  UuidSchema,
  type UpdatePersonBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { PersonsService } from './persons.service';

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  @Get()
  @RequirePermission('persons.search')
  @ApiContract({
    summary: 'Search persons by name (no address or contact details in the list)',
    query: ListPersonsQuerySchema,
    response: PersonListSchema,
  })
  search(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListPersonsQuerySchema) query: z.output<typeof ListPersonsQuerySchema>,
  ) {
    return this.persons.search(actor, query);
  }

  @Get(':personId')
  @RequirePermission('participants.read')
  @ApiContract({ summary: 'One person, with what your service needs to know', response: PersonSchema })
  get(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.persons.get(actor, personId);
  }

  @Get(':personId/caseworker-candidates')
  @RequirePermission('participants.write')
  @ApiContract({
    summary: "Consultants of my municipality who can take over the person's case",
    response: CaseworkerCandidateListSchema,
  })
  caseworkerCandidates(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.persons.caseworkerCandidates(actor, personId);
  }

  @Patch(':personId')
  @RequirePermission('participants.write')
  @ApiContract({
    summary: "Change a person's facts (send the version you loaded)",
    body: UpdatePersonBodySchema,
    response: PersonSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(UpdatePersonBodySchema) body: UpdatePersonBody,
  ) {
    return this.persons.update(actor, personId, body);
  }
}
