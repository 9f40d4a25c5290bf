/**
 * Calendar dates between the API and PostgreSQL `date` columns. Prisma reads a `@db.Date` column as a Date at UTC
 * midnight and writes one back the same way; legal dates travel as `YYYY-MM-DD` strings everywhere else.
 */

/** A `date` column value as `YYYY-MM-DD` (null stays null). */
export function isoDate(value: Date): string;
export function isoDate(value: Date | null | undefined): string | null;
export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** `YYYY-MM-DD` as the Date Prisma writes to a `date` column (null and undefined pass through, for partial updates). */
export function dateColumn(value: string): Date;
export function dateColumn(value: string | null | undefined): Date | null | undefined;
export function dateColumn(value: string | null | undefined): Date | null | undefined {
  return value === undefined ? undefined : value === null ? null : new Date(`${value}T00:00:00Z`);
}
