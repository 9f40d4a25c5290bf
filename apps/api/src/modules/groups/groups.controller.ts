import { Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AddGroupMemberBodySchema,
  GroupCandidateListSchema,
  GroupCandidatesQuerySchema,
  GroupMemberSchema,
  ResponsibilityGroupSchema,
  UuidSchema,
  type AddGroupMemberBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { GroupsService } from './groups.service';

@ApiTags('groups')
@Controller('persons/:personId/group')
export class GroupsController {
  constructor(private readonly groups: GroupsService) {}

  @Get()
  @RequirePermission('participants.read')
  @ApiContract({ summary: "A participant's responsibility group (ansvarsgruppe)", response: ResponsibilityGroupSchema })
  get(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.groups.get(actor, personId);
  }

  @Get('candidates')
  @RequirePermission('groups.write')
  @ApiContract({
    summary: 'Users who can be added to the group with a role',
    query: GroupCandidatesQuerySchema,
    response: GroupCandidateListSchema,
  })
  candidates(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodQuery(GroupCandidatesQuerySchema) query: z.output<typeof GroupCandidatesQuerySchema>,
  ) {
    return this.groups.candidates(actor, personId, query.role);
  }

  @Post('members')
  @RequirePermission('groups.write')
  @ApiContract({
    summary: 'Add a user or an external person to the group',
    body: AddGroupMemberBodySchema,
    response: GroupMemberSchema,
    status: 201,
  })
  addMember(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(AddGroupMemberBodySchema) body: AddGroupMemberBody,
  ) {
    return this.groups.addMember(actor, personId, body);
  }

  @Delete('members/:memberId')
  @RequirePermission('groups.write')
  @ApiContract({ summary: 'Remove a member from the group', status: 204 })
  removeMember(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodParam('memberId', UuidSchema) memberId: string,
  ) {
    return this.groups.removeMember(actor, personId, memberId);
  }
}
