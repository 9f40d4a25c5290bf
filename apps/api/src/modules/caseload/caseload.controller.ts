import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CaseloadListSchema,
  DeadlineListSchema,
  ListCaseloadQuerySchema,
  ListDeadlinesQuerySchema,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodQuery } from '../../core/http/zod-validation';
import { CaseloadService } from './caseload.service';

@ApiTags('caseload')
@Controller()
export class CaseloadController {
  constructor(private readonly caseload: CaseloadService) {}

  @Get('caseload')
  @RequirePermission('participants.read')
  @ApiContract({
    summary: 'My participants (own caseload first): regime, status, next deadline; filters, search, paging, sorting',
    query: ListCaseloadQuerySchema,
    response: CaseloadListSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListCaseloadQuerySchema) query: z.output<typeof ListCaseloadQuerySchema>,
  ) {
    return this.caseload.list(actor, query);
  }

  @Get('deadlines')
  @RequirePermission('deadlines.read')
  @ApiContract({
    summary: 'Deadlines ("frister"): my caseload or the whole municipality, earliest (overdue) first',
    query: ListDeadlinesQuerySchema,
    response: DeadlineListSchema,
  })
  deadlines(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListDeadlinesQuerySchema) query: z.output<typeof ListDeadlinesQuerySchema>,
  ) {
    return this.caseload.deadlines(actor, query);
  }
}
