import { Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateUserBodySchema,
  ListUsersQuerySchema,
  ResetPasswordBodySchema,
  UpdateUserBodySchema,
  UserListSchema,
  UserSchema,
  UuidSchema,
  type CreateUserBody,
  type UpdateUserBody,
} from '@ankomst/contracts';
import type { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@RequirePermission('users.manage')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiContract({ summary: 'List the users of my municipality', query: ListUsersQuerySchema, response: UserListSchema })
  list(@CurrentActor() actor: Actor, @ZodQuery(ListUsersQuerySchema) query: z.output<typeof ListUsersQuerySchema>) {
    return this.users.list(actor, query);
  }

  @Post()
  @ApiContract({ summary: 'Create a user', body: CreateUserBodySchema, response: UserSchema, status: 201 })
  create(@CurrentActor() actor: Actor, @ZodBody(CreateUserBodySchema) body: CreateUserBody) {
    return this.users.create(actor, body);
  }

  @Patch(':userId')
  @ApiContract({
    summary: 'Change name, roles or active status (send the version you loaded)',
    body: UpdateUserBodySchema,
    response: UserSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @ZodParam('userId', UuidSchema) userId: string,
    @ZodBody(UpdateUserBodySchema) body: UpdateUserBody,
  ) {
    return this.users.update(actor, userId, body);
  }

  @Post(':userId/password')
  @ApiContract({ summary: "Reset a user's password (ends their sessions)", body: ResetPasswordBodySchema, status: 204 })
  resetPassword(
    @CurrentActor() actor: Actor,
    @ZodParam('userId', UuidSchema) userId: string,
    @ZodBody(ResetPasswordBodySchema) body: z.output<typeof ResetPasswordBodySchema>,
  ) {
    return this.users.resetPassword(actor, userId, body.newPassword);
  }
}
