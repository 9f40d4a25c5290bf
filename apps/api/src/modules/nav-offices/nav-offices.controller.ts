import { Controller, Delete, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateNavOfficeBodySchema,
  NavOfficeListSchema,
  NavOfficeSchema,
  UpdateNavOfficeBodySchema,
  UuidSchema,
  type CreateNavOfficeBody,
  type UpdateNavOfficeBody,
} from '@ankomst/contracts';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam } from '../../core/http/zod-validation';
import { NavOfficesService } from './nav-offices.service';

@ApiTags('nav-offices')
@Controller('nav-offices')
export class NavOfficesController {
  constructor(private readonly offices: NavOfficesService) {}

  /** Every signed-in user of the municipality may list the offices (a consultant picks one when submitting a handover). */
  @Get()
  @ApiContract({ summary: "The municipality's Nav offices and their advisers", response: NavOfficeListSchema })
  list(@CurrentActor() actor: Actor) {
    return this.offices.list(actor);
  }

  @Post()
  @RequirePermission('navOffices.manage')
  @ApiContract({ summary: 'Add a Nav office', body: CreateNavOfficeBodySchema, response: NavOfficeSchema, status: 201 })
  create(@CurrentActor() actor: Actor, @ZodBody(CreateNavOfficeBodySchema) body: CreateNavOfficeBody) {
    return this.offices.create(actor, body.name);
  }

  @Patch(':navOfficeId')
  @RequirePermission('navOffices.manage')
  @ApiContract({ summary: 'Rename a Nav office', body: UpdateNavOfficeBodySchema, response: NavOfficeSchema })
  rename(
    @CurrentActor() actor: Actor,
    @ZodParam('navOfficeId', UuidSchema) navOfficeId: string,
    @ZodBody(UpdateNavOfficeBodySchema) body: UpdateNavOfficeBody,
  ) {
    return this.offices.rename(actor, navOfficeId, body.name);
  }

  @Delete(':navOfficeId')
  @RequirePermission('navOffices.manage')
  @ApiContract({ summary: 'Delete a Nav office that has received no handovers', status: 204 })
  delete(@CurrentActor() actor: Actor, @ZodParam('navOfficeId', UuidSchema) navOfficeId: string) {
    return this.offices.delete(actor, navOfficeId);
  }

  @Put(':navOfficeId/advisers/:userId')
  @RequirePermission('navOffices.manage')
  @ApiContract({ summary: "Set a Nav adviser's office", response: NavOfficeSchema })
  addAdviser(
    @CurrentActor() actor: Actor,
    @ZodParam('navOfficeId', UuidSchema) navOfficeId: string,
    @ZodParam('userId', UuidSchema) userId: string,
  ) {
    return this.offices.addAdviser(actor, navOfficeId, userId);
  }

  @Delete(':navOfficeId/advisers/:userId')
  @RequirePermission('navOffices.manage')
  @ApiContract({ summary: 'Take a Nav adviser off this office', response: NavOfficeSchema })
  removeAdviser(
    @CurrentActor() actor: Actor,
    @ZodParam('navOfficeId', UuidSchema) navOfficeId: string,
    @ZodParam('userId', UuidSchema) userId: string,
  ) {
    return this.offices.removeAdviser(actor, navOfficeId, userId);
  }
}
