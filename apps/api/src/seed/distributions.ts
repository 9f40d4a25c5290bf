/**
 * Reference distributions for synthetic data, from DOMAIN.md § 8 (approximate, partly assumed where the brief
 * says so). Everything the generator draws comes from these tables, so a reviewer can check them in one place.
 */
import type { Prng } from './prng';

export type Category =
  'RESETTLEMENT' | 'ASYLUM' | 'FAMILY_REUNIFICATION' | 'FAMILY_ESTABLISHMENT' | 'COLLECTIVE_PROTECTION';
export const FIRST_COHORT = 2010;
export const LAST_COHORT = 2025;

/** Relative arrival volumes by immigration year: asylum peak 2016, family 2017, Ukrainians 2022–23. */
export const COHORT_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [2010, 4],
  [2011, 4],
  [2012, 4.5],
  [2013, 5],
  [2014, 6],
  [2015, 8],
  [2016, 11],
  [2017, 9],
  [2018, 5],
  [2019, 4],
  [2020, 3],
  [2021, 4],
  [2022, 16],
  [2023, 13],
  [2024, 12],
  [2025, 10],
];

type Mix = Readonly<Record<'RESETTLEMENT' | 'ASYLUM' | 'FAMILY' | 'COLLECTIVE_PROTECTION', number>>;
/** Category mix by cohort (2010–14: asylum 45 / family 35 / resettlement 20; 2019–20 resettlement ≈ 50 %; Ukrainians from 2022). */
export function categoryMix(year: number): Mix {
  if (year <= 2014) return { ASYLUM: 45, FAMILY: 35, RESETTLEMENT: 20, COLLECTIVE_PROTECTION: 0 };
  if (year <= 2016) return { ASYLUM: 55, FAMILY: 25, RESETTLEMENT: 20, COLLECTIVE_PROTECTION: 0 };
  if (year === 2017) return { ASYLUM: 28, FAMILY: 47, RESETTLEMENT: 25, COLLECTIVE_PROTECTION: 0 };
  if (year === 2018) return { ASYLUM: 30, FAMILY: 35, RESETTLEMENT: 35, COLLECTIVE_PROTECTION: 0 };
  if (year <= 2020) return { ASYLUM: 25, FAMILY: 25, RESETTLEMENT: 50, COLLECTIVE_PROTECTION: 0 };
  if (year === 2021) return { ASYLUM: 30, FAMILY: 30, RESETTLEMENT: 40, COLLECTIVE_PROTECTION: 0 };
  if (year <= 2023) return { ASYLUM: 8, FAMILY: 10, RESETTLEMENT: 12, COLLECTIVE_PROTECTION: 70 };
  return { ASYLUM: 15, FAMILY: 20, RESETTLEMENT: 15, COLLECTIVE_PROTECTION: 50 };
}

export function drawCategory(rng: Prng, year: number): Category {
  const c = rng.weighted(categoryMix(year));
  if (c === 'FAMILY') return rng.chance(0.8) ? 'FAMILY_REUNIFICATION' : 'FAMILY_ESTABLISHMENT';
  return c;
}

/** Birth country (ISO alpha-2) by category and period. */
export function drawCountry(rng: Prng, category: Category, year: number): string {
  const late = year >= 2014;
  switch (category) {
    case 'COLLECTIVE_PROTECTION':
      return 'UA';
    case 'RESETTLEMENT':
      return late
        ? rng.weighted({ SY: 60, CD: 12, ER: 5, SD: 6, AF: 8, IR: 3, MM: 3, SS: 3 })
        : rng.weighted({ CD: 22, ER: 15, SD: 10, AF: 15, IR: 10, SO: 10, MM: 10, IQ: 8 });
    case 'ASYLUM':
      return late
        ? rng.weighted({ SY: 40, AF: 25, ER: 15, IQ: 6, IR: 5, SO: 4, ET: 2, TR: 3 })
        : rng.weighted({ SO: 30, ER: 30, AF: 15, IR: 8, IQ: 7, ET: 5, SD: 3, RU: 2 });
    default:
      return late
        ? rng.weighted({ SY: 40, ER: 30, SO: 8, AF: 8, IQ: 4, IR: 4, ET: 3, SD: 3 })
        : rng.weighted({ ER: 35, SO: 25, AF: 10, IQ: 10, ET: 8, IR: 7, SD: 5 });
  }
}

/** The nine birth-country groups of the register study; anything else is OTHER. */
export const REPORT_COUNTRIES = ['SY', 'IR', 'IQ', 'AF', 'SD', 'SO', 'ET', 'ER'] as const;

export const LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  SY: ['ar'],
  IQ: ['ar', 'ku'],
  SD: ['ar'],
  SS: ['en', 'ar'],
  ER: ['ti'],
  ET: ['am', 'om'],
  SO: ['so'],
  AF: ['fa', 'ps'],
  IR: ['fa'],
  CD: ['fr', 'sw', 'ln'],
  MM: ['my'],
  UA: ['uk', 'ru'],
  TR: ['tr', 'ku'],
  RU: ['ru'],
};

const NAMES: Readonly<Record<string, { female: readonly string[]; male: readonly string[]; last: readonly string[] }>> =
  {
    arabic: {
      female: [
        'Amal',
        'Fatima',
        'Rania',
        'Noor',
        'Layla',
        'Huda',
        'Salma',
        'Yasmin',
        'Rasha',
        'Mariam',
        'Lina',
        'Dima',
      ],
      male: [
        'Ahmad',
        'Mohammad',
        'Omar',
        'Khaled',
        'Yusuf',
        'Hassan',
        'Ali',
        'Tarek',
        'Bassam',
        'Samir',
        'Karim',
        'Fadi',
      ],
      last: [
        'Haddad',
        'Al-Khatib',
        'Nasser',
        'Hamdan',
        'Darwish',
        'Saleh',
        'Mansour',
        'Haddad',
        'Ibrahim',
        'Aziz',
        'Khalil',
        'Suleiman',
      ],
    },
    horn: {
      female: ['Selam', 'Helen', 'Hanna', 'Ruth', 'Semhar', 'Ayan', 'Hodan', 'Fardowsa', 'Saba', 'Tsega'],
      male: ['Yonas', 'Dawit', 'Tesfay', 'Abdi', 'Mahad', 'Ahmed', 'Samuel', 'Filmon', 'Kidane', 'Mohamed'],
      last: [
        'Tesfamariam',
        'Haile',
        'Gebremedhin',
        'Warsame',
        'Abdullahi',
        'Yusuf',
        'Tekle',
        'Ghebre',
        'Osman',
        'Farah',
      ],
    },
    persian: {
      female: ['Zahra', 'Maryam', 'Shirin', 'Parisa', 'Fereshteh', 'Nargis', 'Soraya', 'Laleh', 'Roya', 'Mina'],
      male: ['Reza', 'Ahmad', 'Hamid', 'Javad', 'Farid', 'Mahmoud', 'Sohrab', 'Omid', 'Nasir', 'Jawad'],
      last: ['Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Mohammadi', 'Sadeghi', 'Noori', 'Hakimi', 'Rezaei', 'Habibi'],
    },
    central: {
      female: ['Esther', 'Grace', 'Chantal', 'Aline', 'Nadine', 'Aye', 'Thandar', 'Furaha', 'Neema', 'Mado'],
      male: ['Jean', 'Patrick', 'Emmanuel', 'Pascal', 'Kyaw', 'Htun', 'Baraka', 'Dieudonné', 'Joseph', 'Moses'],
      last: ['Mukendi', 'Kabila', 'Ilunga', 'Mbuyi', 'Tshibanda', 'Win', 'Aung', 'Nkurunziza', 'Kasongo', 'Lumumba'],
    },
    slavic: {
      female: ['Olena', 'Iryna', 'Natalia', 'Oksana', 'Tetiana', 'Yulia', 'Svitlana', 'Kateryna', 'Anastasia', 'Olha'],
      male: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Mykola', 'Volodymyr', 'Ivan', 'Yurii', 'Bohdan', 'Taras'],
      last: [
        'Shevchenko',
        'Kovalenko',
        'Bondarenko',
        'Tkachenko',
        'Kravchenko',
        'Melnyk',
        'Boiko',
        'Oliinyk',
        'Lysenko',
        'Marchenko',
      ],
    },
  };
const NAME_GROUP: Readonly<Record<string, keyof typeof NAMES>> = {
  SY: 'arabic',
  IQ: 'arabic',
  SD: 'arabic',
  TR: 'arabic',
  SS: 'central',
  ER: 'horn',
  ET: 'horn',
  SO: 'horn',
  AF: 'persian',
  IR: 'persian',
  CD: 'central',
  MM: 'central',
  UA: 'slavic',
  RU: 'slavic',
};
export function namesFor(country: string): (typeof NAMES)[keyof typeof NAMES] {
  return NAMES[NAME_GROUP[country] ?? 'arabic'] as (typeof NAMES)[keyof typeof NAMES];
}

/** Share of women among adults, by category and cohort (asylum lowest 2014–17). */
export function femaleShare(category: Category, year: number): number {
  switch (category) {
    case 'RESETTLEMENT':
      return 0.52;
    case 'ASYLUM':
      return year >= 2014 && year <= 2017 ? 0.25 : 0.38;
    case 'COLLECTIVE_PROTECTION':
      return 0.68;
    default:
      return 0.6;
  }
}

/** Age at arrival of an adult (18+). Asylum: young adults; Ukrainians: > 10 % aged 60+. */
export function drawAdultAge(rng: Prng, category: Category): number {
  const band =
    category === 'ASYLUM'
      ? rng.weighted<number>([
          [18, 40],
          [25, 30],
          [30, 17],
          [40, 9],
          [50, 3],
          [60, 1],
        ])
      : category === 'COLLECTIVE_PROTECTION'
        ? rng.weighted<number>([
            [18, 14],
            [25, 18],
            [30, 22],
            [40, 18],
            [50, 15],
            [60, 13],
          ])
        : rng.weighted<number>([
            [18, 16],
            [25, 24],
            [30, 28],
            [40, 18],
            [50, 9],
            [60, 5],
          ]);
  const width = band === 18 ? 7 : band === 60 ? 15 : band === 25 ? 5 : 10;
  return band + rng.int(0, width - 1);
}

/** Probability that an adult has a partner (asylum 20 → 50 %, family > 90 %, resettlement ≈ 55 %). */
export function partnerShare(category: Category, year: number): number {
  switch (category) {
    case 'RESETTLEMENT':
      return 0.55;
    case 'ASYLUM':
      return 0.2 + 0.3 * Math.min(1, Math.max(0, (year - 2010) / 12));
    case 'COLLECTIVE_PROTECTION':
      return 0.35;
    default:
      return 0.93;
  }
}

/** Number of children under 18 in the household (resettlement: most have children, rising 3+; asylum: mostly none). */
export function drawChildren(rng: Prng, category: Category, year: number, hasPartner: boolean): number {
  const band = (() => {
    switch (category) {
      case 'RESETTLEMENT':
        return year >= 2015
          ? rng.weighted<number>([
              [0, 15],
              [1, 40],
              [3, 45],
            ])
          : rng.weighted<number>([
              [0, 25],
              [1, 45],
              [3, 30],
            ]);
      case 'ASYLUM': {
        const childless = 0.8 - 0.3 * Math.min(1, Math.max(0, (year - 2010) / 12));
        return rng.chance(childless)
          ? 0
          : rng.weighted<number>([
              [1, 70],
              [3, 30],
            ]);
      }
      case 'COLLECTIVE_PROTECTION':
        return rng.weighted<number>([
          [0, 40],
          [1, 50],
          [3, 10],
        ]);
      default:
        return rng.weighted<number>([
          [0, 42],
          [1, 40],
          [3, 18],
        ]);
    }
  })();
  if (band === 0) return 0;
  if (band === 1) return rng.int(1, 2);
  return rng.int(3, hasPartner ? 6 : 4);
}

/** NUS level 0–8 among the known values; resettlement and asylum from DOMAIN.md § 8 (family like asylum, Ukrainians higher). */
export function drawNus(rng: Prng, category: Category): number {
  const group =
    category === 'RESETTLEMENT'
      ? rng.weighted<number>([
          [0, 15],
          [1, 30],
          [2, 30],
          [4, 15],
          [6, 6],
          [7, 4],
        ])
      : category === 'COLLECTIVE_PROTECTION'
        ? rng.weighted<number>([
            [0, 1],
            [1, 4],
            [2, 10],
            [4, 35],
            [6, 30],
            [7, 20],
          ])
        : rng.weighted<number>([
            [0, 5],
            [1, 15],
            [2, 35],
            [4, 25],
            [6, 12],
            [7, 8],
          ]);
  if (group === 2) return rng.int(2, 3);
  if (group === 4) return rng.int(4, 5);
  if (group === 7) return rng.int(7, 8);
  return group;
}

/** Share of adults whose education is missing in the register: ≈ 25 % in 2010 rising to ≈ 80 % in recent cohorts. */
export function missingEducationShare(category: Category, year: number): number {
  if (category === 'COLLECTIVE_PROTECTION') return 0.85;
  return Math.min(0.8, 0.25 + 0.055 * Math.max(0, year - 2010));
}

export const POSTAL_TOWNS: ReadonlyArray<readonly [string, string]> = [
  ['0150', 'Oslo'],
  ['5003', 'Bergen'],
  ['7010', 'Trondheim'],
  ['4006', 'Stavanger'],
  ['9510', 'Alta'],
  ['1338', 'Sandvika'],
  ['4876', 'Grimstad'],
  ['5353', 'Straume'],
  ['3044', 'Drammen'],
  ['9008', 'Tromsø'],
];
export const STREETS = [
  'Storgata',
  'Kirkeveien',
  'Skolegata',
  'Parkveien',
  'Elvegata',
  'Bjørkeveien',
  'Fjellveien',
  'Sjøgata',
  'Torget',
  'Løkkeveien',
];
