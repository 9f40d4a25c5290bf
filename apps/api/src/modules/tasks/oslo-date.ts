/** A `date` column value (midnight UTC) as `YYYY-MM-DD`. */
export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` as the Date Prisma writes to a `date` column. */
export function dateColumn(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}
