export { formatCalendarDate as formatDate } from '../../../lib/format';

/** 2/3 → "2/3"; other fractions as a decimal. */
export function formatFraction(value: number, language: string): string {
  const known: Array<[number, string]> = [
    [1 / 3, '1/3'],
    [2 / 3, '2/3'],
    [5 / 6, '5/6'],
    [1, '1'],
  ];
  const hit = known.find(([v]) => Math.abs(v - value) < 1e-9);
  return hit
    ? hit[1]
    : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 3 }).format(value);
}

export function formatHours(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }).format(value);
}
