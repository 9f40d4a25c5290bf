import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Starts a real Ankomst (API + built web client on one port) for browser tests, as a child process: an embedded
 * PostgreSQL in a fresh temporary data folder (or a fresh database on TEST_DATABASE_URL's server), migrated and
 * seeded with the demo municipality. Nothing is faked: the browser talks to the same server users get.
 */
const REPO_ROOT = path.resolve(__dirname, '../../../..');
const NODE_ARGS = ['--conditions=development', '-r', '@swc-node/register'];

export interface RunningAnkomst {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startAnkomst(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningAnkomst> {
  const webDist = process.env.WEB_DIST_DIR ?? path.join(REPO_ROOT, 'apps/web/dist');
  if (!existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('apps/web/dist is missing: build the web client first (pnpm --filter @ankomst/web build)');
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    WEB_DIST_DIR: webDist,
    SESSION_SECRET: 'browser-tests-session-secret-0123456789abcdef',
    ...(await databaseEnv()),
    ...extraEnv,
  };
  await run(path.join(REPO_ROOT, 'apps/api/src/cli/seed.ts'), env);
  const child = spawn(process.execPath, [...NODE_ARGS, path.join(REPO_ROOT, 'apps/api/src/main.ts')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, child);
  return { baseUrl, env, stop: () => stopChild(child) };
}

async function databaseEnv(): Promise<NodeJS.ProcessEnv> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const { Client } = await import('pg');
    const name = `ankomst_browser_${Date.now()}_${process.pid}`;
    const client = new Client({ connectionString: server });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`).finally(() => client.end());
    const url = new URL(server);
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString() };
  }
  return {
    DATABASE_URL: '',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ankomst-browser-')),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
  };
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, script], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(script)} exited with ${code}`)),
    );
  });
}

async function waitUntilReady(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Ankomst exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Ankomst did not become ready within 60 s');
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
