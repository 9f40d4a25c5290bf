import path from 'node:path';
import { Client } from 'pg';
import { diffSql, readSchema } from '../../../../prisma/tools/prisma-diff';
import { migrate } from '../../src/core/database/migrator';
import { compareCatalogs, readCatalog, type SchemaCatalog } from '../../src/core/database/schema-catalog';
import { createEmptyDatabase } from '../support/test-database';

/**
 * The drift check: the schema the migrations build must equal the schema prisma/schema.prisma describes (and the
 * Prisma client is generated from), down to columns, types, nullability, defaults, indexes, constraints and enums.
 */
const MIGRATIONS = path.resolve(__dirname, '../../../../prisma/migrations');
const adminUrl = () => process.env.ANKOMST_TEST_ADMIN_URL as string;

async function catalogFromSql(sql: string): Promise<SchemaCatalog> {
  const db = await createEmptyDatabase('ankomst_drift');
  try {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query(sql).finally(() => client.end());
    return await readCatalog(db.url);
  } finally {
    await db.drop();
  }
}

let migrated: SchemaCatalog;

beforeAll(async () => {
  const db = await createEmptyDatabase('ankomst_drift');
  try {
    await migrate(db.url, MIGRATIONS);
    migrated = await readCatalog(db.url);
  } finally {
    await db.drop();
  }
}, 60_000);

describe('schema drift check', () => {
  it('the migrations build exactly the schema that schema.prisma describes', async () => {
    const expected = await catalogFromSql(await diffSql(null, readSchema(), adminUrl()));
    expect(compareCatalogs(expected, migrated)).toEqual([]);
    expect(Object.keys(migrated.tables).length).toBeGreaterThan(3);
  }, 60_000);

  it('every table carries the municipality it belongs to', () => {
    const withoutMunicipality = Object.entries(migrated.tables)
      .filter(([name, t]) => name !== 'municipality' && !('municipality_id' in t.columns))
      .map(([name]) => name);
    expect(withoutMunicipality).toEqual([]);
  });

  it('catches a schema change that has no migration (column, nullability, index, enum value and table)', async () => {
    const changed = readSchema()
      .replace(/(model Person \{[^}]*?)(\n {2}version)/, '$1\n  nickname String?$2')
      .replace(/(\n {2}lastName\s+)String(\s)/, '$1String?$2')
      .replace(
        '  @@index([municipalityId, lastName, firstName])',
        '  @@index([municipalityId, lastName, firstName])\n  @@index([birthDate])',
      )
      .replace('enum Role {\n  CONSULTANT', 'enum Role {\n  INTERPRETER\n  CONSULTANT')
      .concat('\nmodel Note {\n  id String @id\n  municipalityId String @map("municipality_id")\n  @@map("note")\n}\n');
    const expected = await catalogFromSql(await diffSql(null, changed, adminUrl()));
    const differences = compareCatalogs(expected, migrated).join('\n');
    expect(differences).toMatch(/column person\.nickname/);
    expect(differences).toMatch(
      /column person\.last_name: schema\.prisma says text NULL; migrations give text NOT NULL/,
    );
    expect(differences).toMatch(/index on person: missing in migrations: .*birth_date/);
    expect(differences).toMatch(/enum Role: .*INTERPRETER/);
    expect(differences).toMatch(/table note: in schema\.prisma but no migration creates it/);
  }, 60_000);
});
