import path from 'node:path';
import { migrate } from '../../src/core/database/migrator';
import { databaseUrl, startDatabaseServer, type DatabaseServer } from './database-server';
import { adminQuery } from './test-database';

declare global {
  var __ANKOMST_DB_SERVER__: DatabaseServer | undefined;
}

/** Starts (or connects to) the test PostgreSQL and migrates a template database once for the whole run. */
export default async function globalSetup(): Promise<void> {
  const server = await startDatabaseServer((m) => process.stderr.write(`${m}\n`));
  globalThis.__ANKOMST_DB_SERVER__ = server;
  const template = `ankomst_template_${process.pid}`;
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(server.adminUrl, `CREATE DATABASE "${template}"`);
  await migrate(databaseUrl(server.adminUrl, template), path.resolve(__dirname, '../../../../prisma/migrations'));
  process.env.ANKOMST_TEST_ADMIN_URL = server.adminUrl;
  process.env.ANKOMST_TEST_TEMPLATE_DB = template;
}
