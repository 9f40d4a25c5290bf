import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from './database-server';

/**
 * Per-test-file databases cloned from the template that global-setup migrated once. Cloning takes tens of
 * milliseconds, so every spec file gets a database of its own and no test depends on another file's data.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = requireEnv('ANKOMST_TEST_ADMIN_URL');
  const template = requireEnv('ANKOMST_TEST_TEMPLATE_DB');
  const name = `ankomst_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function createEmptyDatabase(prefix = 'ankomst_scratch'): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = requireEnv('ANKOMST_TEST_ADMIN_URL');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (global-setup prepares the database)`);
  return value;
}
