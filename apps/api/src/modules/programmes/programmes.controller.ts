import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ChangeProgrammeStatusBodySchema,
  ConsultantCandidateListSchema,
  CreateExtensionBodySchema,
  CreateLeaveBodySchema,
  CreateProgrammeBodySchema,
  OverrideRegimeBodySchema,
  ProgrammeListSchema,
  ProgrammeSchema,
  UpdateProgrammeBodySchema,
  UuidSchema,
  VersionSchema,
  type ChangeProgrammeStatusBody,
  type CreateExtensionBody,
  type CreateLeaveBody,
  type CreateProgrammeBody,
  type OverrideRegimeBody,
  type UpdateProgrammeBody,
} from '@ankomst/contracts';
import { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam } from '../../core/http/zod-validation';
import { ProgrammesService } from './programmes.service';

const ReevaluateBodySchema = z.object({ version: VersionSchema }).strict();

@ApiTags('programmes')
@Controller()
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get('persons/:personId/programmes')
  @RequirePermission('participants.read')
  @ApiContract({
    summary: "A person's introduction programmes, newest first, with regime, derivation log and deadlines",
    response: ProgrammeListSchema,
  })
  list(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.programmes.listForPerson(actor, personId);
  }

  @Post('persons/:personId/programmes')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: 'Start a programme for an adult: the rules engine derives the regime and deadlines',
    body: CreateProgrammeBodySchema,
    response: ProgrammeSchema,
    status: 201,
  })
  create(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(CreateProgrammeBodySchema) body: CreateProgrammeBody,
  ) {
    return this.programmes.create(actor, personId, body);
  }

  @Get('programmes/:programmeId')
  @RequirePermission('participants.read')
  @ApiContract({ summary: 'One programme', response: ProgrammeSchema })
  get(@CurrentActor() actor: Actor, @ZodParam('programmeId', UuidSchema) programmeId: string) {
    return this.programmes.get(actor, programmeId);
  }

  @Patch('programmes/:programmeId')
  @RequirePermission('programmes.write', 'programmes.reassign')
  @ApiContract({
    summary:
      'Change programme facts and dates (send the version you loaded); re-evaluates. ' +
      'With consultantId alone: move the programme to another consultant (programmes.reassign, managers too)',
    body: UpdateProgrammeBodySchema,
    response: ProgrammeSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(UpdateProgrammeBodySchema) body: UpdateProgrammeBody,
  ) {
    return this.programmes.update(actor, programmeId, body);
  }

  @Get('programmes/:programmeId/consultant-candidates')
  @RequirePermission('programmes.reassign')
  @ApiContract({
    summary: 'Consultants of my municipality who can take over the programme',
    response: ConsultantCandidateListSchema,
  })
  consultantCandidates(@CurrentActor() actor: Actor, @ZodParam('programmeId', UuidSchema) programmeId: string) {
    return this.programmes.consultantCandidates(actor, programmeId);
  }

  @Post('programmes/:programmeId/evaluate')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: "Re-run the rules engine on today's date with the person's current facts",
    body: ReevaluateBodySchema,
    response: ProgrammeSchema,
  })
  reevaluate(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(ReevaluateBodySchema) body: z.output<typeof ReevaluateBodySchema>,
  ) {
    return this.programmes.reevaluate(actor, programmeId, body.version);
  }

  @Post('programmes/:programmeId/regime-override')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: 'Override the derived regime with a reason (audited); regime null removes the override',
    body: OverrideRegimeBodySchema,
    response: ProgrammeSchema,
  })
  overrideRegime(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(OverrideRegimeBodySchema) body: OverrideRegimeBody,
  ) {
    return this.programmes.overrideRegime(actor, programmeId, body);
  }

  @Post('programmes/:programmeId/extensions')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: "Grant an extension (refused beyond the law's maximum)",
    body: CreateExtensionBodySchema,
    response: ProgrammeSchema,
    status: 201,
  })
  addExtension(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(CreateExtensionBodySchema) body: CreateExtensionBody,
  ) {
    return this.programmes.addExtension(actor, programmeId, body);
  }

  @Post('programmes/:programmeId/leaves')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: 'Record approved leave; it pauses the clock and moves the planned end',
    body: CreateLeaveBodySchema,
    response: ProgrammeSchema,
    status: 201,
  })
  addLeave(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(CreateLeaveBodySchema) body: CreateLeaveBody,
  ) {
    return this.programmes.addLeave(actor, programmeId, body);
  }

  @Post('programmes/:programmeId/status')
  @RequirePermission('programmes.write')
  @ApiContract({
    summary: 'Change status: PLANNED → ACTIVE → ON_LEAVE ↔ ACTIVE → COMPLETED / DISCONTINUED',
    body: ChangeProgrammeStatusBodySchema,
    response: ProgrammeSchema,
  })
  changeStatus(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(ChangeProgrammeStatusBodySchema) body: ChangeProgrammeStatusBody,
  ) {
    return this.programmes.changeStatus(actor, programmeId, body);
  }
}
