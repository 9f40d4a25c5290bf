/** Date and time in the reader's language, Norwegian time zone (meetings happen in Norway). */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

export { formatCalendarDateMedium as formatDate } from '../../../lib/format';

/** `date` (YYYY-MM-DD) and `time` (HH:MM) typed in the browser, as an ISO instant. */
export function toInstant(date: string, time: string): string {
  return new Date(`${date}T${time}`).toISOString();
}

/** An ISO instant as the browser-local `date` and `time` field values. */
export function toLocalFields(iso: string | null): { date: string; time: string } {
  if (!iso) return { date: '', time: '' };
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}
