import { Controller, Get, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  OutcomeExportQuerySchema,
  OutcomeIndicatorsQuerySchema,
  OutcomeIndicatorsSchema,
  OutcomeParticipantListSchema,
  OutcomeParticipantsQuerySchema,
  ProgrammeKpisQuerySchema,
  ProgrammeKpisSchema,
} from '@ankomst/contracts';
import type { Response } from 'express';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodQuery } from '../../core/http/zod-validation';
import { indicatorsCsv, indicatorsXlsx } from './outcomes.export';
import { OutcomesService } from './outcomes.service';

@ApiTags('outcomes')
@Controller('outcomes')
@RequirePermission('outcomes.read')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Get('indicators')
  @ApiContract({
    summary:
      'Register-style indicators by botid (in work > 1G, in education, either), one breakdown at a time; small cells suppressed',
    query: OutcomeIndicatorsQuerySchema,
    response: OutcomeIndicatorsSchema,
  })
  indicators(
    @CurrentActor() actor: Actor,
    @ZodQuery(OutcomeIndicatorsQuerySchema) query: z.output<typeof OutcomeIndicatorsQuerySchema>,
  ) {
    return this.outcomes.indicators(actor, query);
  }

  @Get('indicators/export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiContract({
    summary: 'The indicator table as CSV (UTF-8 with BOM, semicolons) or XLSX; suppressed cells marked',
    query: OutcomeExportQuerySchema,
  })
  async export(
    @CurrentActor() actor: Actor,
    @ZodQuery(OutcomeExportQuerySchema) query: z.output<typeof OutcomeExportQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = await this.outcomes.indicators(actor, query);
    await this.outcomes.recordExport(actor, query.format, query.breakdown);
    const xlsx = query.format === 'xlsx';
    res.setHeader(
      'Content-Type',
      xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    );
    res.setHeader('Content-Disposition', `attachment; filename="indikatorer-${query.breakdown}.${query.format}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(xlsx ? await indicatorsXlsx(data) : indicatorsCsv(data));
  }

  @Get('programme-kpis')
  @ApiContract({
    summary:
      'Programme KPIs: end goal reached, start within three months, overdue deadlines, length vs maximum, direct transition at end, alternative goals',
    query: ProgrammeKpisQuerySchema,
    response: ProgrammeKpisSchema,
  })
  kpis(
    @CurrentActor() actor: Actor,
    @ZodQuery(ProgrammeKpisQuerySchema) query: z.output<typeof ProgrammeKpisQuerySchema>,
  ) {
    return this.outcomes.programmeKpis(actor, query);
  }

  @Get('participants')
  @ApiContract({
    summary: 'Drill-down: the participants behind a KPI, only those the user may see',
    query: OutcomeParticipantsQuerySchema,
    response: OutcomeParticipantListSchema,
  })
  participants(
    @CurrentActor() actor: Actor,
    @ZodQuery(OutcomeParticipantsQuerySchema) query: z.output<typeof OutcomeParticipantsQuerySchema>,
  ) {
    return this.outcomes.participants(actor, query);
  }
}
