import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TaskAssigneeListSchema, UuidSchema } from '@ankomst/contracts';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodParam } from '../../core/http/zod-validation';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('persons/:personId/task-assignees')
export class TaskAssigneesController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('tasks.write')
  @ApiContract({
    summary: 'Who a task about the person can be given to: active users of my municipality with need-to-know',
    response: TaskAssigneeListSchema,
  })
  list(@CurrentActor() actor: Actor, @ZodParam('personId', UuidSchema) personId: string) {
    return this.tasks.assignees(actor, personId);
  }
}
