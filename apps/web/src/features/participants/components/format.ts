export { formatCalendarDate as formatDate } from '../../../lib/format';

export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Oslo',
  }).format(new Date(instant));
}
