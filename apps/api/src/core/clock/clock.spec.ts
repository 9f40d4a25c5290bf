import { Clock, osloDate } from './clock';

describe('osloDate', () => {
  it.each([
    ['2024-12-31T22:59:59Z', '2024-12-31'],
    ['2024-12-31T23:00:00Z', '2025-01-01'], // midnight in Oslo (UTC+1 in winter)
    ['2024-06-30T21:59:59Z', '2024-06-30'],
    ['2024-06-30T22:00:00Z', '2024-07-01'], // midnight in Oslo (UTC+2 in summer)
    ['2025-06-30T22:30:00Z', '2025-07-01'],
    ['2025-01-31T22:59:00Z', '2025-01-31'],
  ])('%s is %s in Norway', (instant, date) => {
    expect(osloDate(new Date(instant))).toBe(date);
  });
});

describe('Clock', () => {
  afterEach(() => jest.useRealTimers());

  it('today is the Norwegian calendar date, not UTC', () => {
    jest.useFakeTimers({ now: new Date('2025-06-30T22:30:00Z') });
    expect(new Clock().today()).toBe('2025-07-01');
  });
});
