import type { AddressInfo } from 'node:net';
import { CSRF_HEADER } from '@ankomst/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { PrismaPg } from '@prisma/adapter-pg';
import request from 'supertest';
import { createApp, API_PREFIX } from '../../src/configure-app';
import { loadEnv, type EnvSchema } from '../../src/core/config/env';
import { PrismaClient } from '../../src/generated/prisma/client';
import type { z } from 'zod';
import { createTestDatabase } from './test-database';

/**
 * The real Ankomst app on a database of its own, for HTTP end-to-end tests.
 *
 *   const app = await startTestApp();                       // clones the migrated template database
 *   const b = await startTestApp({ DATABASE_URL: app.databaseUrl });  // a second instance on the same database
 *   const small = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: 2 });  // any env variable, as in .env
 *   await request(app.url).get('/api/v1/health/live');      // or: await apiClient(app) / signIn(...) (factories.ts)
 *   app.prisma.user.findMany(...)                           // arrange and inspect data directly
 *   afterAll(() => app.close());                            // stops the app, drops the database it cloned
 *
 * `apiClient(app)` is an anonymous cookie-keeping client that already holds a CSRF token and sends it on writes;
 * paths not starting with `/api/` get the `/api/v1` prefix (`client.get('/auth/me')`).
 */
export type EnvOverrides = Partial<Record<keyof z.input<typeof EnvSchema>, string | number | boolean>>;

/** Long enough for the schema (32+); every test app shares it, so a cookie from one instance works on another. */
export const TEST_SESSION_SECRET = 'ankomst-test-session-secret-0123456789abcdef';

export interface TestApp {
  app: NestExpressApplication;
  /** A Prisma client of its own on the app's database, for arranging and inspecting data. */
  prisma: PrismaClient;
  /** http://127.0.0.1:<port> */
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export async function startTestApp(overrides: EnvOverrides = {}): Promise<TestApp> {
  const ownDatabase = overrides.DATABASE_URL === undefined ? await createTestDatabase() : null;
  const databaseUrl = ownDatabase?.url ?? String(overrides.DATABASE_URL);
  const source = Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, String(v)]));
  // Quiet and without background jobs unless a test asks (LOG_LEVEL: 'debug' helps when debugging one).
  const defaults = { LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' };
  let app: NestExpressApplication;
  try {
    const env = loadEnv({
      ...defaults,
      ...source,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'test',
      SESSION_SECRET: TEST_SESSION_SECRET,
    });
    app = await createApp(env);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await ownDatabase?.drop();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
  return {
    app,
    prisma,
    url: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    databaseUrl,
    close: async () => {
      await app.close();
      await prisma.$disconnect();
      await ownDatabase?.drop();
    },
  };
}

/** Adds the API prefix to paths that do not start with `/api/`. */
export function apiPath(path: string): string {
  return path.startsWith('/api/') ? path : `/${API_PREFIX}${path.startsWith('/') ? '' : '/'}${path}`;
}

export interface ApiClientOptions {
  /** Sent on every request, e.g. `{ 'x-forwarded-for': '203.0.113.7' }` with TRUST_PROXY. */
  headers?: Record<string, string>;
}

/** A cookie-keeping client that sends the CSRF token on writes. Each method returns a supertest request. */
export class ApiClient {
  constructor(
    readonly agent: request.Agent,
    readonly csrfToken: string,
    /** The app's base URL (for the cookie jar's domain). */
    readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  get(path: string) {
    return this.agent.get(apiPath(path)).set(this.headers);
  }
  post(path: string, body?: string | object) {
    return this.write(this.agent.post(apiPath(path)), body);
  }
  patch(path: string, body?: string | object) {
    return this.write(this.agent.patch(apiPath(path)), body);
  }
  put(path: string, body?: string | object) {
    return this.write(this.agent.put(apiPath(path)), body);
  }
  delete(path: string, body?: string | object) {
    return this.write(this.agent.delete(apiPath(path)), body);
  }
  /** `name=value` of a cookie the client holds (to replay it elsewhere, e.g. on a second app instance). */
  cookie(name: string): string {
    const jar = (this.agent as unknown as { jar: CookieJar }).jar;
    const found = jar.getCookie(name, { domain: new URL(this.url).hostname, path: '/', secure: false, script: false });
    if (!found) throw new Error(`The client holds no ${name} cookie`);
    return `${name}=${found.value}`;
  }

  /** POST /auth/login; the response tells how it went (use `signIn` when it must succeed). */
  login(email: string, password: string) {
    return this.post('/auth/login', { email, password });
  }

  private write(req: request.Test, body?: string | object) {
    const withHeaders = req.set(this.headers).set(CSRF_HEADER, this.csrfToken);
    return body === undefined ? withHeaders : withHeaders.send(body);
  }
}

/** The part of superagent's cookie jar (package cookiejar) that `cookie()` reads. */
interface CookieJar {
  getCookie(
    name: string,
    access: { domain: string; path: string; secure: boolean; script: boolean },
  ): { value: string } | undefined;
}

/** An anonymous client that has fetched a CSRF token (its cookie is in the agent's jar). */
export async function apiClient(app: Pick<TestApp, 'url'>, options: ApiClientOptions = {}): Promise<ApiClient> {
  const agent = request.agent(app.url);
  const res = await agent
    .get(apiPath('/auth/csrf'))
    .set(options.headers ?? {})
    .expect(200);
  return new ApiClient(agent, (res.body as { csrfToken: string }).csrfToken, app.url, options.headers);
}
