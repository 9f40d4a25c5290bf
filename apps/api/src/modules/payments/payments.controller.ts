import { Controller, Delete, Get, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ApprovePaymentRunBodySchema,
  ListPaymentRunsQuerySchema,
  PaymentExportFormatSchema,
  PaymentRunDetailSchema,
  PaymentRunListSchema,
  PreparePaymentRunBodySchema,
  UuidSchema,
  VersionSchema,
  type ApprovePaymentRunBody,
  type PreparePaymentRunBody,
} from '@ankomst/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentActor, RequirePermission } from '../../core/access/access.decorators';
import type { Actor } from '../../core/access/actor';
import { ApiContract } from '../../core/http/api-contract.decorator';
import { ZodBody, ZodParam, ZodQuery } from '../../core/http/zod-validation';
import { PaymentsService } from './payments.service';

const DiscardQuerySchema = z.object({ version: z.coerce.number().pipe(VersionSchema) });

/** Reading runs needs `payments.approve` (every role that prepares may also approve others' runs). */
@ApiTags('payment-runs')
@Controller('payment-runs')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  @RequirePermission('payments.approve')
  @ApiContract({
    summary: 'Payment runs, newest month first',
    query: ListPaymentRunsQuerySchema,
    response: PaymentRunListSchema,
  })
  list(
    @CurrentActor() actor: Actor,
    @ZodQuery(ListPaymentRunsQuerySchema) query: z.output<typeof ListPaymentRunsQuerySchema>,
  ) {
    return this.payments.list(actor, query.month);
  }

  @Post()
  @RequirePermission('payments.prepare')
  @ApiContract({
    summary:
      "Prepare a month's run (a snapshot of every line); after an approved run, a correction run with only the differences",
    body: PreparePaymentRunBodySchema,
    response: PaymentRunDetailSchema,
    status: 201,
  })
  prepare(@CurrentActor() actor: Actor, @ZodBody(PreparePaymentRunBodySchema) body: PreparePaymentRunBody) {
    return this.payments.prepare(actor, body.month);
  }

  @Get(':runId')
  @RequirePermission('payments.approve')
  @ApiContract({ summary: 'A run with its lines', response: PaymentRunDetailSchema })
  get(@CurrentActor() actor: Actor, @ZodParam('runId', UuidSchema) runId: string) {
    return this.payments.get(actor, runId);
  }

  @Post(':runId/approve')
  @RequirePermission('payments.approve')
  @ApiContract({
    summary:
      'Approve a prepared run (not your own); it is then locked. 409 PAYMENT_RUN_ALREADY_APPROVED if someone else was first',
    body: ApprovePaymentRunBodySchema,
    response: PaymentRunDetailSchema,
  })
  approve(
    @CurrentActor() actor: Actor,
    @ZodParam('runId', UuidSchema) runId: string,
    @ZodBody(ApprovePaymentRunBodySchema) body: ApprovePaymentRunBody,
  ) {
    return this.payments.approve(actor, runId, body.version);
  }

  @Delete(':runId')
  @RequirePermission('payments.prepare')
  @ApiContract({ summary: 'Discard a prepared (not approved) run', query: DiscardQuerySchema, status: 204 })
  discard(
    @CurrentActor() actor: Actor,
    @ZodParam('runId', UuidSchema) runId: string,
    @ZodQuery(DiscardQuerySchema) query: z.output<typeof DiscardQuerySchema>,
  ) {
    return this.payments.discard(actor, runId, query.version);
  }

  @Get(':runId/export/:format')
  @RequirePermission('payments.approve')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiContract({ summary: 'Payroll file of an approved run: CSV (UTF-8 with BOM, semicolons, decimal comma) or XLSX' })
  async export(
    @CurrentActor() actor: Actor,
    @ZodParam('runId', UuidSchema) runId: string,
    @ZodParam('format', PaymentExportFormatSchema) format: 'csv' | 'xlsx',
    @Res({ passthrough: true }) res: Response,
  ) {
    const file = await this.payments.export(actor, runId, format);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.body);
  }
}
