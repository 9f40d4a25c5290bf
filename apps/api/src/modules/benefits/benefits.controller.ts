import { Controller, Delete, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateExternalBenefitBodySchema,
  ExternalBenefitListSchema,
  ExternalBenefitSchema,
  ListExternalBenefitsQuerySchema,
  MonthSchema,
  MunicipalityBenefitMonthSchema,
  ProgrammeBenefitSchema,
  UuidSchema,
  type CreateExternalBenefitBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { BenefitsService } from './benefits.service';

@ApiTags('benefits')
@Controller()
export class BenefitsController {
  constructor(private readonly benefits: BenefitsService) {}

  @Get('programmes/:programmeId/benefit/:month')
  @RequirePermission('benefits.read')
  @ApiContract({
    summary: "One participant's introduksjonsstønad for a month, with every line item and its rule",
    response: ProgrammeBenefitSchema,
  })
  programmeMonth(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodParam('month', MonthSchema) month: string,
  ) {
    return this.benefits.programmeMonth(actor, programmeId, month);
  }

  @Get('benefits/:month')
  @RequirePermission('benefits.read')
  @ApiContract({
    summary: "The municipality's month: every programme running in it",
    response: MunicipalityBenefitMonthSchema,
  })
  municipalityMonth(@CurrentActor() actor: Actor, @ZodParam('month', MonthSchema) month: string) {
    return this.benefits.municipalityMonth(actor, month);
  }

  @Get('persons/:personId/external-benefits')
  @RequirePermission('benefits.read')
  @ApiContract({
    summary: "A participant's other benefits (samordning)",
    query: ListExternalBenefitsQuerySchema,
    response: ExternalBenefitListSchema,
  })
  listExternal(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodQuery(ListExternalBenefitsQuerySchema) query: z.output<typeof ListExternalBenefitsQuerySchema>,
  ) {
    return this.benefits.listExternal(actor, personId, query.month);
  }

  @Post('persons/:personId/external-benefits')
  @RequirePermission('benefits.write')
  @ApiContract({
    summary: 'Enter another benefit for a month, offset against the introduksjonsstønad',
    body: CreateExternalBenefitBodySchema,
    response: ExternalBenefitSchema,
    status: 201,
  })
  createExternal(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodBody(CreateExternalBenefitBodySchema) body: CreateExternalBenefitBody,
  ) {
    return this.benefits.createExternal(actor, personId, body);
  }

  @Delete('external-benefits/:externalBenefitId')
  @RequirePermission('benefits.write')
  @ApiContract({ summary: 'Remove an entered benefit', status: 204 })
  deleteExternal(@CurrentActor() actor: Actor, @ZodParam('externalBenefitId', UuidSchema) externalBenefitId: string) {
    return this.benefits.deleteExternal(actor, externalBenefitId);
  }
}
