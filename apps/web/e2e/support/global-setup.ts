import { startAnkomst, type RunningAnkomst } from './ankomst-server';

declare global {
  var __ANKOMST_BROWSER_SERVER__: RunningAnkomst | undefined;
}

/** One running Ankomst for the whole browser suite, unless ANKOMST_BASE_URL points at one already. */
export default async function globalSetup(): Promise<void> {
  if (process.env.ANKOMST_BASE_URL) return;
  const server = await startAnkomst();
  globalThis.__ANKOMST_BROWSER_SERVER__ = server;
  process.env.ANKOMST_BASE_URL = server.baseUrl;
}
