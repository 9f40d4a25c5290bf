const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nb-NO');

/**
 * A calendar date (`2024-03-05`) → `5.3.2024` (nb) / `05/03/2024` (en); `–` when there is none. Legal dates are
 * calendar dates: they never shift with the time zone.
 */
export function formatCalendarDate(date: string | null | undefined, language: string): string {
  if (!date) return '–';
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

/** A calendar date (`2024-03-05`) in the medium style (month by name), never shifted by the time zone. */
export function formatCalendarDateMedium(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
