import { adminQuery } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__ANKOMST_DB_SERVER__;
  if (!server) return;
  const template = process.env.ANKOMST_TEST_TEMPLATE_DB;
  if (template && server.kind === 'url') {
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`).catch(() => undefined);
  }
  await server.stop();
}
