import { z } from 'zod';
import { MonthSchema } from './attendance';
import { VersionSchema } from './common';

export const PaymentRunStatusSchema = z.enum(['PREPARED', 'APPROVED']);
export type PaymentRunStatus = z.infer<typeof PaymentRunStatusSchema>;

const UserRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const PaymentTotalsSchema = z.object({
  gross: z.number(),
  deductions: z.number(),
  offsets: z.number(),
  net: z.number(),
  decisionRequired: z.number().int(),
  lines: z.number().int(),
});

export const PaymentRunSchema = z.object({
  id: z.uuid(),
  month: z.string(),
  /** 1 for the month's run; 2, 3, ... for correction runs with only the differences. */
  sequence: z.number().int(),
  status: PaymentRunStatusSchema,
  preparedBy: UserRefSchema,
  preparedAt: z.string(),
  approvedBy: UserRefSchema.nullable(),
  approvedAt: z.string().nullable(),
  version: z.number().int(),
  totals: PaymentTotalsSchema,
});
export type PaymentRun = z.infer<typeof PaymentRunSchema>;

/** One participant's line. In a correction run the amounts are the differences from the approved runs. */
export const PaymentLineSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  programmeId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  gross: z.number(),
  deductions: z.number(),
  offsets: z.number(),
  net: z.number(),
  decisionRequired: z.boolean(),
});
export type PaymentLine = z.infer<typeof PaymentLineSchema>;

export const PaymentRunDetailSchema = PaymentRunSchema.extend({ lines: z.array(PaymentLineSchema) });
export type PaymentRunDetail = z.infer<typeof PaymentRunDetailSchema>;

export const PaymentRunListSchema = z.object({ items: z.array(PaymentRunSchema) });
export const ListPaymentRunsQuerySchema = z.object({ month: MonthSchema.optional() });

export const PreparePaymentRunBodySchema = z.object({ month: MonthSchema });
export type PreparePaymentRunBody = z.infer<typeof PreparePaymentRunBodySchema>;

export const ApprovePaymentRunBodySchema = z.object({ version: VersionSchema });
export type ApprovePaymentRunBody = z.infer<typeof ApprovePaymentRunBodySchema>;

export const PaymentExportFormatSchema = z.enum(['csv', 'xlsx']);

export const PaymentErrorCode = {
  RUN_NOT_FOUND: 'PAYMENT_RUN_NOT_FOUND',
  /** The preparer can never approve their own run. */
  SELF_APPROVAL: 'PAYMENT_RUN_SELF_APPROVAL',
  ALREADY_APPROVED: 'PAYMENT_RUN_ALREADY_APPROVED',
  /** An approved run is locked: nothing in it changes; corrections go into a new run. */
  LOCKED: 'PAYMENT_RUN_LOCKED',
  /** A run for the month is prepared and not yet approved: approve or discard it first. */
  PENDING_RUN_EXISTS: 'PAYMENT_RUN_PENDING_EXISTS',
  NO_DIFFERENCES: 'PAYMENT_RUN_NO_DIFFERENCES',
  NOTHING_TO_PAY: 'PAYMENT_RUN_NOTHING_TO_PAY',
  NOT_APPROVED: 'PAYMENT_RUN_NOT_APPROVED',
} as const;
