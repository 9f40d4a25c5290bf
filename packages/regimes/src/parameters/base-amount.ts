import type { IsoDate } from '../dates';

/**
 * The National Insurance base amount (grunnbeløpet, G), which changes every 1 May. Values from DOMAIN.md § 5.6;
 * the grade says how sure we are. A new year's G is one row here plus a test.
 */
export interface BaseAmountRow {
  validFrom: IsoDate;
  amount: number;
  grade: 'L' | 'G' | 'R' | 'U';
}

export const BASE_AMOUNTS: readonly BaseAmountRow[] = [
  { validFrom: '2010-05-01', amount: 75_641, grade: 'G' },
  { validFrom: '2011-05-01', amount: 79_216, grade: 'U' },
  { validFrom: '2012-05-01', amount: 82_122, grade: 'U' },
  { validFrom: '2013-05-01', amount: 85_245, grade: 'U' },
  { validFrom: '2014-05-01', amount: 88_370, grade: 'G' },
  { validFrom: '2015-05-01', amount: 90_068, grade: 'G' },
  { validFrom: '2016-05-01', amount: 92_576, grade: 'G' },
  { validFrom: '2017-05-01', amount: 93_634, grade: 'G' },
  { validFrom: '2018-05-01', amount: 96_883, grade: 'G' },
  { validFrom: '2019-05-01', amount: 99_858, grade: 'L' },
  { validFrom: '2020-05-01', amount: 101_351, grade: 'G' },
  { validFrom: '2021-05-01', amount: 106_399, grade: 'G' },
  { validFrom: '2022-05-01', amount: 111_477, grade: 'G' },
  { validFrom: '2023-05-01', amount: 118_620, grade: 'R' },
  { validFrom: '2024-05-01', amount: 124_028, grade: 'U' },
  { validFrom: '2025-05-01', amount: 130_160, grade: 'U' },
];

export class UnknownBaseAmountError extends Error {
  constructor(readonly date: IsoDate) {
    super(`No base amount (G) is known for ${date}`);
  }
}

/** G in force on `date`. The latest known G stays in force until a newer row is added. */
export function baseAmountOn(date: IsoDate, rows: readonly BaseAmountRow[] = BASE_AMOUNTS): BaseAmountRow {
  let found: BaseAmountRow | undefined;
  for (const row of rows) if (row.validFrom <= date) found = row;
  if (!found) throw new UnknownBaseAmountError(date);
  return found;
}
