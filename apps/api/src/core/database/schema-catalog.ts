import { Client } from 'pg';

/**
 * A normalised description of a database schema from PostgreSQL's catalog: tables, columns (type, nullability,
 * default), indexes, enums, foreign keys. Two databases with equal catalogs have the same schema. Used by the
 * drift check to compare "what the migrations build" with "what schema.prisma describes".
 */
export interface SchemaCatalog {
  tables: Record<string, { columns: Record<string, string>; indexes: string[]; foreignKeys: string[] }>;
  enums: Record<string, string[]>;
}

const IGNORED_TABLES = new Set(['_prisma_migrations']);

export async function readCatalog(connectionString: string, schema = 'public'): Promise<SchemaCatalog> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const catalog: SchemaCatalog = { tables: {}, enums: {} };
    const columns = await client.query<{ table_name: string; column_name: string; def: string }>(
      `SELECT c.table_name, c.column_name,
              format_type(a.atttypid, a.atttypmod) || CASE WHEN c.is_nullable = 'NO' THEN ' NOT NULL' ELSE ' NULL' END
              || COALESCE(' DEFAULT ' || c.column_default, '') AS def
         FROM information_schema.columns c
         JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                            AND a.attname = c.column_name
        WHERE c.table_schema = $1`,
      [schema],
    );
    for (const row of columns.rows) {
      if (IGNORED_TABLES.has(row.table_name)) continue;
      const table = (catalog.tables[row.table_name] ??= { columns: {}, indexes: [], foreignKeys: [] });
      table.columns[row.column_name] = row.def;
    }
    const indexes = await client.query<{ tablename: string; indexdef: string }>(
      'SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = $1',
      [schema],
    );
    for (const row of indexes.rows) {
      catalog.tables[row.tablename]?.indexes.push(row.indexdef);
    }
    const fks = await client.query<{ table_name: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS table_name, conname AS name, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype IN ('f', 'c', 'u') AND connamespace = $1::regnamespace`,
      [schema],
    );
    for (const row of fks.rows) {
      catalog.tables[row.table_name.replace(/^"|"$/g, '')]?.foreignKeys.push(`${row.name}: ${row.def}`);
    }
    const enums = await client.query<{ name: string; labels: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = $1::regnamespace GROUP BY t.typname`,
      [schema],
    );
    for (const row of enums.rows) catalog.enums[row.name] = row.labels;
    for (const t of Object.values(catalog.tables)) {
      t.indexes.sort();
      t.foreignKeys.sort();
    }
    return catalog;
  } finally {
    await client.end();
  }
}

/** Human-readable differences between two catalogs; empty when they match. */
export function compareCatalogs(expected: SchemaCatalog, actual: SchemaCatalog): string[] {
  const out: string[] = [];
  const tableNames = new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)]);
  for (const name of [...tableNames].sort()) {
    const e = expected.tables[name];
    const a = actual.tables[name];
    if (!e) {
      out.push(`table ${name}: exists in the database but not in schema.prisma`);
      continue;
    }
    if (!a) {
      out.push(`table ${name}: in schema.prisma but no migration creates it`);
      continue;
    }
    const cols = new Set([...Object.keys(e.columns), ...Object.keys(a.columns)]);
    for (const c of [...cols].sort()) {
      if (e.columns[c] !== a.columns[c]) {
        out.push(
          `column ${name}.${c}: schema.prisma says ${e.columns[c] ?? '(none)'}; migrations give ${a.columns[c] ?? '(none)'}`,
        );
      }
    }
    diffList(`index on ${name}`, e.indexes, a.indexes, out);
    diffList(`constraint on ${name}`, e.foreignKeys, a.foreignKeys, out);
  }
  const enumNames = new Set([...Object.keys(expected.enums), ...Object.keys(actual.enums)]);
  for (const name of [...enumNames].sort()) {
    const e = expected.enums[name]?.join(', ');
    const a = actual.enums[name]?.join(', ');
    if (e !== a) out.push(`enum ${name}: schema.prisma says [${e ?? '(none)'}]; migrations give [${a ?? '(none)'}]`);
  }
  return out;
}

function diffList(label: string, expected: string[], actual: string[], out: string[]): void {
  for (const x of expected) if (!actual.includes(x)) out.push(`${label}: missing in migrations: ${x}`);
  for (const x of actual) if (!expected.includes(x)) out.push(`${label}: not in schema.prisma: ${x}`);
}
