import {
  ageAtArrivalGroup,
  categoryGroup,
  childrenGroup,
  classifyPersonYear,
  computeIndicators,
  countryGroup,
  educationGroup,
  inOutcomePopulation,
  isInWork,
  suppressCell,
  suppressShare,
  yearsOfResidence,
  type PersonYear,
} from './index';

describe('botid: whole years since the immigration year, 0 on the first 1 January after arrival', () => {
  it.each([
    [2016, 2015, 0],
    [2017, 2015, 1],
    [2020, 2015, 4],
    [2015, 2015, -1],
  ])('outcome year %i, immigration %i → botid %i', (year, imm, expected) => {
    expect(yearsOfResidence(year, imm)).toBe(expected);
  });
});

describe('in work: earned income above 1G of that year (G on 1 May)', () => {
  it.each([
    [2022, 111_477, false], // exactly 1G is not above it
    [2022, 111_478, true],
    [2021, 106_399, false],
    [2021, 106_400, true],
    [2023, 118_620, false],
    [2023, 111_478, false], // above 2022's G but not 2023's
    [2010, 75_642, true],
  ])('%i, income %i → %s', (year, income, expected) => {
    expect(isInWork(income, year)).toBe(expected);
  });
});

describe('population: aged 20–69 in the outcome year, after the immigration year, until they leave', () => {
  const base = { immigrationYear: 2015, leftYear: null } as const;
  it.each([
    ['19 in the year', { ...base, year: 2019, birthYear: 2000 }, false],
    ['20 in the year', { ...base, year: 2020, birthYear: 2000 }, true],
    ['69 in the year', { ...base, year: 2020, birthYear: 1951 }, true],
    ['70 in the year', { ...base, year: 2020, birthYear: 1950 }, false],
    ['the immigration year itself', { ...base, year: 2015, birthYear: 1980 }, false],
    ['the year before leaving', { ...base, year: 2018, birthYear: 1980, leftYear: 2019 }, true],
    ['the year of leaving', { ...base, year: 2019, birthYear: 1980, leftYear: 2019 }, false],
    ['after leaving', { ...base, year: 2020, birthYear: 1980, leftYear: 2019 }, false],
  ])('%s', (_label, py, expected) => {
    expect(inOutcomePopulation(py)).toBe(expected);
  });
});

describe('a hand-computed cohort', () => {
  // 2018 arrivals, outcome year 2021 (botid 2, G 106 399). Ten person-years in the population, two outside it.
  const py = (
    earnedIncome: number,
    inEducation: boolean,
    extra: Partial<PersonYear> = {},
  ): PersonYear & { sex: string } => ({
    year: 2021,
    birthYear: 1985,
    immigrationYear: 2018,
    leftYear: null,
    earnedIncome,
    inEducation,
    sex: 'MALE',
    ...extra,
  });
  const cohort = [
    py(300_000, false),
    py(150_000, false),
    py(106_400, false), // 3 in work only
    py(200_000, true), // work and education
    py(0, true),
    py(50_000, true), // 2 education only
    py(106_399, false),
    py(0, false),
    py(20_000, false),
    py(0, false), // 4 neither (106 399 is exactly 1G)
    py(500_000, false, { birthYear: 2003 }), // 18: outside the population
    py(500_000, false, { leftYear: 2021 }), // left in 2021: drops out
  ].map((p, i) => ({ ...p, sex: i < 4 ? 'FEMALE' : 'MALE' }));

  it('counts 10 person-years: 4 in work, 3 in education, 6 in work or education', () => {
    const cells = computeIndicators(cohort, { threshold: 1 });
    expect(cells.get('ALL|2')).toEqual({
      suppressed: false,
      n: 10,
      inWork: 0.4,
      inEducation: 0.3,
      inWorkOrEducation: 0.6,
    });
    expect(classifyPersonYear(cohort[3] as PersonYear)).toEqual({
      botid: 2,
      inWork: true,
      inEducation: true,
      inWorkOrEducation: true,
    });
  });

  it('breaks down by one characteristic: 4 women all in work or education, 6 men of whom 2', () => {
    const cells = computeIndicators(cohort, { threshold: 1, groupOf: (p) => p.sex });
    expect(cells.get('FEMALE|2')).toEqual({
      suppressed: false,
      n: 4,
      inWork: 1,
      inEducation: 0.25,
      inWorkOrEducation: 1,
    });
    expect(cells.get('MALE|2')).toEqual({
      suppressed: false,
      n: 6,
      inWork: 0,
      inEducation: 0.333,
      inWorkOrEducation: 0.333,
    });
  });

  it('suppresses the whole cohort under the default threshold of 30, sending neither N nor rates', () => {
    expect(computeIndicators(cohort).get('ALL|2')).toEqual({
      suppressed: true,
      n: null,
      inWork: null,
      inEducation: null,
      inWorkOrEducation: null,
    });
  });
});

describe('suppression at the threshold', () => {
  it.each([
    [29, 30, true],
    [30, 30, false],
    [4, 5, true],
    [5, 5, false],
    [0, 1, true],
  ])('N %i with threshold %i → suppressed %s', (n, threshold, suppressed) => {
    expect(suppressCell({ n, inWork: 0, inEducation: 0, inWorkOrEducation: 0 }, threshold).suppressed).toBe(suppressed);
    expect(suppressShare(0, n, threshold).suppressed).toBe(suppressed);
  });
  it('gives a share with its N when shown', () => {
    expect(suppressShare(21, 30)).toEqual({ suppressed: false, n: 30, count: 21, share: 0.7 });
  });
});

describe('breakdown groups', () => {
  it.each([
    [null, '99'],
    [0, '0'],
    [1, '1'],
    [2, '2'],
    [3, '2'],
    [4, '3'],
    [5, '3'],
    [6, '4'],
    [7, '5'],
    [8, '5'],
    [9, '99'],
  ])('NUS %s → education group %s', (nus, group) => {
    expect(educationGroup(nus)).toBe(group);
  });
  it.each([
    [18, 'UNDER_20'],
    [19, 'UNDER_20'],
    [20, '20_29'],
    [29, '20_29'],
    [30, '30_39'],
    [59, '50_59'],
    [69, '60_69'],
    [70, '70_PLUS'],
  ])('age at arrival %i → %s', (age, group) => {
    expect(ageAtArrivalGroup(age)).toBe(group);
  });
  it.each([
    [0, '0'],
    [1, '1_2'],
    [2, '1_2'],
    [3, '3_PLUS'],
    [7, '3_PLUS'],
  ])('%i children → %s', (n, group) => {
    expect(childrenGroup(n)).toBe(group);
  });
  it('groups family reunification and establishment, and names the report countries', () => {
    expect(categoryGroup('FAMILY_ESTABLISHMENT')).toBe('FAMILY');
    expect(categoryGroup('FAMILY_REUNIFICATION')).toBe('FAMILY');
    expect(categoryGroup(null)).toBe('UNKNOWN');
    expect(countryGroup('SY')).toBe('SY');
    expect(countryGroup('CD')).toBe('OTHER');
    expect(countryGroup(null)).toBe('OTHER');
  });
});
