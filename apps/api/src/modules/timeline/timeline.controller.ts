import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListTimelineQuerySchema, TimelineEventListSchema, UuidSchema } from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { TimelineService } from './timeline.service';

@ApiTags('timeline')
@Controller('persons/:personId/timeline')
@RequirePermission('participants.read')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiContract({
    summary: "A participant's shared timeline, newest first",
    query: ListTimelineQuerySchema,
    response: TimelineEventListSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @ZodParam('personId', UuidSchema) personId: string,
    @ZodQuery(ListTimelineQuerySchema) query: z.output<typeof ListTimelineQuerySchema>,
  ) {
    return this.timeline.list(actor, personId, query);
  }
}
