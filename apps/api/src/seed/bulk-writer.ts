import type { ClientBase } from 'pg';

/** A column: its database name and the cast (or an expression with `{}` for the text value) that types it. */
export type ColumnSpec = readonly [name: string, cast: string];
export interface TableSpec {
  table: string;
  columns: readonly ColumnSpec[];
}
export type Cell = string | number | boolean | null;

/**
 * Buffers rows per table and loads them with one multi-row statement per batch:
 * `INSERT INTO t (...) SELECT casts FROM unnest($1::text[], $2::text[], ...)`, one array parameter per column,
 * so a 5,000-row batch is one round trip with as many parameters as columns. (pg-copy-streams is not installed,
 * so COPY is not available.) Tables are registered parents first: flushing a table flushes every table
 * registered before it, so foreign keys always find their parent rows, even inside one transaction.
 */
export class BulkWriter {
  private readonly buffers = new Map<string, Cell[][]>();
  private readonly order: TableSpec[];
  private readonly sql = new Map<string, string>();
  readonly counts = new Map<string, number>();

  constructor(
    private readonly client: ClientBase,
    tables: readonly TableSpec[],
    private readonly batchSize = 5000,
  ) {
    this.order = [...tables];
    for (const spec of tables) {
      this.buffers.set(spec.table, []);
      this.counts.set(spec.table, 0);
      const names = spec.columns.map(([n]) => `"${n}"`).join(', ');
      const params = spec.columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
      const aliases = spec.columns.map((_, i) => `c${i}`);
      const selects = spec.columns
        .map(([, cast], i) => (cast.includes('{}') ? cast.replaceAll('{}', `u.c${i}`) : `u.c${i}::${cast}`))
        .join(', ');
      this.sql.set(
        spec.table,
        `INSERT INTO "${spec.table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases.join(', ')})`,
      );
    }
  }

  async add(table: string, row: Cell[]): Promise<void> {
    const buffer = this.buffers.get(table);
    if (!buffer) throw new Error(`Unknown table ${table}`);
    buffer.push(row);
    if (buffer.length >= this.batchSize) await this.flushUpTo(table);
  }

  /** Flushes `table` and every table registered before it (its possible parents). */
  async flushUpTo(table: string): Promise<void> {
    const last = this.order.findIndex((t) => t.table === table);
    for (let i = 0; i <= last; i += 1) {
      const spec = this.order[i];
      if (spec) await this.flushOne(spec);
    }
  }

  async flushAll(): Promise<void> {
    for (const spec of this.order) await this.flushOne(spec);
  }

  private async flushOne(spec: TableSpec): Promise<void> {
    const rows = this.buffers.get(spec.table);
    if (!rows || rows.length === 0) return;
    this.buffers.set(spec.table, []);
    const columns: (string | null)[][] = spec.columns.map(() => new Array<string | null>(rows.length));
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r] as Cell[];
      for (let c = 0; c < spec.columns.length; c += 1) {
        const v = row[c];
        (columns[c] as (string | null)[])[r] = v === null || v === undefined ? null : String(v);
      }
    }
    const sql = this.sql.get(spec.table) as string;
    await this.client.query(sql, columns);
    this.counts.set(spec.table, (this.counts.get(spec.table) ?? 0) + rows.length);
  }
}
