import type { IsoDate } from './dates';
import { parts } from './dates';

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** 2024-02-29 -> "29. februar 2024" (bokmål). */
export function norwegianDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${day}. ${MONTHS[month - 1] ?? ''} ${year}`;
}

const FRACTIONS: ReadonlyArray<[number, string]> = [
  [1 / 3, '1/3'],
  [2 / 3, '2/3'],
  [5 / 6, '5/6'],
  [1 / 2, '1/2'],
  [1, 'hele'],
];

/** 2/3 -> "2/3"; other values with a decimal comma. */
export function fractionText(value: number): string {
  const known = FRACTIONS.find(([v]) => Math.abs(v - value) < 1e-9);
  return known ? known[1] : String(Math.round(value * 1000) / 1000).replace('.', ',');
}

/** The note added to a rule text when the reading is uncertain ([U] in DOMAIN.md). */
export function uncertain(reading: string): string {
  return `Usikker tolkning: ${reading}`;
}
