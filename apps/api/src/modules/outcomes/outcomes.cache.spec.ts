import { AggregateCache } from './outcomes.cache';

describe('AggregateCache', () => {
  it('loads once within the time to live, again after it, and shares a load in flight', async () => {
    let now = 0;
    let loads = 0;
    const cache = new AggregateCache<number>(1000, 10, () => now);
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    now = 999;
    expect(await cache.get('k', load)).toBe(1);
    now = 1000;
    expect(await cache.get('k', load)).toBe(2);
    expect(await cache.get('other municipality', load)).toBe(3);
  });

  it('does not keep a failed load, and evicts the oldest entry when full', async () => {
    const cache = new AggregateCache<number>(60_000, 2, () => 0);
    await expect(cache.get('a', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('a', async () => 1)).toBe(1);
    await cache.get('b', async () => 2);
    await cache.get('c', async () => 3);
    expect(await cache.get('a', async () => 4)).toBe(4);
  });
});
