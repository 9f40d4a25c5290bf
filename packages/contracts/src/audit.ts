import { z } from 'zod';
import { pageOf, PageQuerySchema } from './common';

export const AuditActionSchema = z.enum(['READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGOUT']);

/** One audit event: who touched which person's data, when and how. Never the values of the fields. */
export const AuditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: AuditActionSchema,
  operation: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  personId: z.uuid().nullable(),
  fields: z.array(z.string()),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const ListAuditEventsQuerySchema = PageQuerySchema;
export const AuditEventListSchema = pageOf(AuditEventSchema);
