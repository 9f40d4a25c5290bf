import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD` (legal dates are never instants). */
export const IsoDateSchema = z.iso.date({ error: 'Må være en dato (ÅÅÅÅ-MM-DD)' });
/** An instant, ISO 8601 with offset. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
export const UuidSchema = z.uuid();

/** Paging for list endpoints: `page` is 1-based. */
export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/** Optimistic concurrency: every edit of a shared record sends the version it was based on. */
export const VersionSchema = z.number().int().min(0);
