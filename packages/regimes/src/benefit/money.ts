/**
 * Money is computed in whole øre (integers). Each line item is rounded once, half up, to whole øre;
 * totals are sums of rounded line items, so the printed items always add up to the net amount.
 */
export type Ore = number;

/** Rounds a non-negative amount in kroner to whole øre, half up. `toPrecision(12)` strips binary noise (1.005 × 100). */
export function toOre(kroner: number): Ore {
  return Math.round(Number((kroner * 100).toPrecision(12)));
}

export function oreToKroner(ore: Ore): number {
  return ore / 100;
}

/** `12 345,67 kr` in Norwegian notation (non-breaking spaces avoided so the text is grep-friendly). */
export function formatKroner(ore: Ore): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kr = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${grouped},${String(rest).padStart(2, '0')} kr`;
}

/** `7,5` */
export function formatNumber(value: number): string {
  return String(value).replace('.', ',');
}
