/** `2024-03-05` → `5.3.2024` (nb) / `05/03/2024` (en). */
export function formatDate(date: string | null | undefined, language: string): string {
  if (!date) return '–';
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}
