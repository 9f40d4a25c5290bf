import { Controller, Delete, Get, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  CreateNirRegistrationBodySchema,
  IsoDateSchema,
  NirCompletenessQuerySchema,
  NirCompletenessReportSchema,
  NirExportQuerySchema,
  NirProgrammeCompletenessSchema,
  UuidSchema,
  type CreateNirRegistrationBody,
} from '@ankomst/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { NirService } from './nir.service';

const AsOfQuerySchema = z.object({ asOf: IsoDateSchema.optional() });

@ApiTags('nir')
@Controller()
export class NirController {
  constructor(private readonly nir: NirService) {}

  @Get('nir/completeness')
  @RequirePermission('nir.read')
  @ApiContract({
    summary: 'NIR completeness per participant (consultants: own cases; managers: the municipality)',
    query: NirCompletenessQuerySchema,
    response: NirCompletenessReportSchema,
  })
  report(
    @CurrentActor() actor: Actor,
    @ZodQuery(NirCompletenessQuerySchema) query: z.output<typeof NirCompletenessQuerySchema>,
  ) {
    return this.nir.report(actor, query);
  }

  @Get('nir/export')
  @RequirePermission('nir.read')
  @ApiProduces('application/x-ndjson', 'text/csv')
  @ApiContract({
    summary: 'Programme and Norwegian-training facts per participant and regime (docs/nir-export.md)',
    query: NirExportQuerySchema,
  })
  async export(
    @CurrentActor() actor: Actor,
    @ZodQuery(NirExportQuerySchema) query: z.output<typeof NirExportQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.nir.export(actor, query.format, query.asOf);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.body);
  }

  @Get('programmes/:programmeId/nir')
  @RequirePermission('nir.read')
  @ApiContract({
    summary: "One programme's NIR facts and their status",
    query: AsOfQuerySchema,
    response: NirProgrammeCompletenessSchema,
  })
  programme(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodQuery(AsOfQuerySchema) query: z.output<typeof AsOfQuerySchema>,
  ) {
    return this.nir.programme(actor, programmeId, query.asOf);
  }

  @Post('programmes/:programmeId/nir-registrations')
  @RequirePermission('nir.write')
  @ApiContract({
    summary: 'Record that a fact was registered in NIR',
    body: CreateNirRegistrationBodySchema,
    response: NirProgrammeCompletenessSchema,
    status: 201,
  })
  register(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodBody(CreateNirRegistrationBodySchema) body: CreateNirRegistrationBody,
  ) {
    return this.nir.register(actor, programmeId, body);
  }

  @Delete('programmes/:programmeId/nir-registrations/:fact')
  @RequirePermission('nir.write')
  @ApiContract({ summary: 'Undo a registration recorded by mistake', status: 204 })
  unregister(
    @CurrentActor() actor: Actor,
    @ZodParam('programmeId', UuidSchema) programmeId: string,
    @ZodParam('fact', z.string().regex(/^[A-Z_]+(:[0-9a-f-]{36})?$/)) fact: string,
  ) {
    return this.nir.unregister(actor, programmeId, fact);
  }
}
