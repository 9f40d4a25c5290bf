/**
 * A small in-process cache for outcome aggregates. The benchmark (docs/benchmarks.md) showed the register
 * indicator query at ≈ 0.7–0.9 s for a municipality with 100,000 persons: it aggregates every person-year, and no
 * index changes that. Register data arrives by yearly import and the figures are aggregates, so a manager may see
 * them up to `ttlMs` old. Keys always start with the municipality id; entries never leave the process.
 */
export class AggregateCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value, or `load()` once (concurrent callers share the same promise; a failure is not kept). */
  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    const t = this.now();
    if (hit && t - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const value = load();
    this.entries.set(key, { at: t, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
