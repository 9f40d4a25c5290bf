import { Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CompleteTaskBodySchema,
  CreateTaskBodySchema,
  ListTasksQuerySchema,
  TaskListSchema,
  TaskSchema,
  UuidSchema,
  type CompleteTaskBody,
  type CreateTaskBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('tasks.read')
  @ApiContract({
    summary: 'Tasks assigned to me (view=mine) or given by me (view=given), overdue first',
    query: ListTasksQuerySchema,
    response: TaskListSchema,
  })
  list(@CurrentActor() actor: Actor, @ZodQuery(ListTasksQuerySchema) query: z.output<typeof ListTasksQuerySchema>) {
    return this.tasks.list(actor, query);
  }

  @Get(':taskId')
  @RequirePermission('tasks.read')
  @ApiContract({ summary: 'One task (its assignee or creator)', response: TaskSchema })
  get(@CurrentActor() actor: Actor, @ZodParam('taskId', UuidSchema) taskId: string) {
    return this.tasks.get(actor, taskId);
  }

  @Post()
  @RequirePermission('tasks.write')
  @ApiContract({
    summary: 'Give a task to a user who may see the person',
    body: CreateTaskBodySchema,
    response: TaskSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @ZodBody(CreateTaskBodySchema) body: CreateTaskBody) {
    return this.tasks.create(actor, body);
  }

  @Post(':taskId/complete')
  @RequirePermission('tasks.read')
  @ApiContract({
    summary: 'Mark a task done with a comment (its assignee or creator; send the version)',
    body: CompleteTaskBodySchema,
    response: TaskSchema,
  })
  complete(
    @CurrentActor() actor: Actor,
    @ZodParam('taskId', UuidSchema) taskId: string,
    @ZodBody(CompleteTaskBodySchema) body: CompleteTaskBody,
  ) {
    return this.tasks.complete(actor, taskId, body);
  }
}
