import {
  ApiErrorBodySchema,
  AuthErrorCode,
  BACKGROUND_REQUEST_HEADER,
  CommonErrorCode,
  CurrentUserSchema,
} from '@ankomst/contracts';
import request from 'supertest';
import { createMunicipality, createUser, signIn, type TestUser } from '../support/factories';
import { apiClient, apiPath, startTestApp, type ApiClient, type TestApp } from '../support/test-app';

/** Sign-in, sessions, timeouts, CSRF, throttling and cookies, as a user (or an attacker) meets them over HTTP. */
let app: TestApp;
let municipalityId: string;

beforeAll(async () => {
  app = await startTestApp();
  municipalityId = (await createMunicipality(app.prisma)).id;
});
afterAll(() => app?.close());

const newUser = (roles: TestUser['roles'] = ['CONSULTANT']) => createUser(app.prisma, municipalityId, { roles });
const sessionCookie = (res: request.Response) => setCookies(res).find((c) => c.startsWith('ankomst.sid='));
function setCookies(res: request.Response): string[] {
  const header = res.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? (header as string[]) : typeof header === 'string' ? [header] : [];
}
async function sessionsOf(userId: string) {
  return app.prisma.userSession.findMany({ where: { userId } });
}

/** Everything jest can fake except Date. */
const NOT_DATE: FakeableAPI[] = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];

describe('sign-in', () => {
  it('returns the signed-in user and starts a session', async () => {
    const user = await newUser(['CONSULTANT', 'MANAGER']);
    const client = await apiClient(app);
    const res = await client.login(user.email.toUpperCase(), user.password).expect(200);
    const me = CurrentUserSchema.parse(res.body);
    expect(me).toMatchObject({ id: user.id, email: user.email, name: user.name, municipality: { id: municipalityId } });
    expect(me.roles.sort()).toEqual(['CONSULTANT', 'MANAGER']);
    expect(res.body).not.toHaveProperty('passwordHash');
    await client.get('/auth/me').expect(200);
  });

  it('answers a wrong password and an unknown e-mail with the same 401 code and message', async () => {
    const user = await newUser();
    const client = await apiClient(app);
    const wrongPassword = await client.login(user.email, 'not the password at all').expect(401);
    const unknownEmail = await client.login('nobody-here@example.test', user.password).expect(401);
    const a = ApiErrorBodySchema.parse(wrongPassword.body);
    const b = ApiErrorBodySchema.parse(unknownEmail.body);
    expect(a.code).toBe(AuthErrorCode.INVALID_CREDENTIALS);
    expect({ code: b.code, message: b.message }).toEqual({ code: a.code, message: a.message });
    await client.get('/auth/me').expect(401);
  });

  it('refuses a deactivated user with the same answer as a wrong password', async () => {
    const user = await createUser(app.prisma, municipalityId, { roles: ['TEACHER'], active: false });
    const res = await (await apiClient(app)).login(user.email, user.password).expect(401);
    expect(res.body.code).toBe(AuthErrorCode.INVALID_CREDENTIALS);
  });

  it('names the missing field: no e-mail gives 400 naming email', async () => {
    const client = await apiClient(app);
    const res = await client.post('/auth/login', { password: 'whatever' }).expect(400);
    const body = ApiErrorBodySchema.parse(res.body);
    expect(body.code).toBe(CommonErrorCode.VALIDATION_FAILED);
    expect(body.issues?.map((i) => i.path)).toEqual(['email']);
  });
});

describe('sessions', () => {
  it('logout ends the session on the server: the old cookie gets 401 afterwards', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const cookie = sessionCookieFromJar(client);
    await client.post('/auth/logout').expect(204);
    await request(app.url).get(apiPath('/auth/me')).set('Cookie', cookie).expect(401);
    expect(await sessionsOf(user.id)).toHaveLength(0);
  });

  it('ends a session that has been idle past its idle expiry', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    await client.get('/auth/me').expect(200);
    await app.prisma.userSession.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await client.get('/auth/me').expect(401);
    expect(res.body.code).toBe(CommonErrorCode.UNAUTHENTICATED);
  });

  it('ends a session at its absolute expiry however active the user has been', async () => {
    // Only Date is faked (timers, I/O and the database run for real): the user makes a request every 25 minutes,
    // so the 30-minute idle expiry never strikes, and is still signed out when SESSION_ABSOLUTE_HOURS have passed.
    const shortDay = await startTestApp({
      DATABASE_URL: app.databaseUrl,
      SESSION_ABSOLUTE_HOURS: 1,
      SESSION_IDLE_MINUTES: 30,
    });
    const start = Date.now();
    try {
      const user = await newUser();
      const client = await signIn(shortDay, user.email, user.password);
      jest.useFakeTimers({ doNotFake: NOT_DATE, now: start });
      for (const minutes of [25, 50, 59]) {
        jest.setSystemTime(start + minutes * 60_000);
        await client.get('/auth/me').expect(200);
      }
      jest.setSystemTime(start + 61 * 60_000);
      await client.get('/auth/me').expect(401);
    } finally {
      jest.useRealTimers();
      await shortDay.close();
    }
  });

  it('activity moves the idle expiry forward, but never past the absolute expiry', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const absolute = new Date(Date.now() + 5 * 60_000); // idle is 30 minutes: the absolute expiry comes first
    const soon = new Date(Date.now() + 60_000);
    await app.prisma.$executeRaw`
      UPDATE user_session SET absolute_expires_at = ${absolute}, expires_at = ${soon},
             data = jsonb_set(data, '{auth,absoluteExpiresAt}', to_jsonb(${absolute.getTime()}::bigint))
       WHERE user_id = ${user.id}::uuid`;
    await client.get('/auth/me').expect(200);
    const [row] = await sessionsOf(user.id);
    expect(row!.expiresAt.getTime()).toBeGreaterThan(soon.getTime());
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(absolute.getTime());
  });

  it('a background request (the unread-count poll) is answered but does not move the idle expiry', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const soon = new Date(Date.now() + 60_000);
    await app.prisma.userSession.updateMany({ where: { userId: user.id }, data: { expiresAt: soon } });
    for (let i = 0; i < 3; i++) {
      const res = await client.get('/notifications/unread-count').set(BACKGROUND_REQUEST_HEADER, '1').expect(200);
      expect(res.body).toEqual({ unread: 0 });
    }
    expect((await sessionsOf(user.id))[0]!.expiresAt.getTime()).toBe(soon.getTime());
    // Once idle past it, the poll is signed out like any other request.
    await app.prisma.userSession.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await client.get('/notifications/unread-count').set(BACKGROUND_REQUEST_HEADER, '1').expect(401);
  });

  it('the same request without the background header is activity and moves the idle expiry', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const soon = new Date(Date.now() + 60_000);
    await app.prisma.userSession.updateMany({ where: { userId: user.id }, data: { expiresAt: soon } });
    await client.get('/notifications/unread-count').expect(200);
    expect((await sessionsOf(user.id))[0]!.expiresAt.getTime()).toBeGreaterThan(soon.getTime());
  });

  it('a session started on one app instance works on another instance on the same database', async () => {
    const second = await startTestApp({ DATABASE_URL: app.databaseUrl });
    try {
      const user = await newUser();
      const client = await signIn(app, user.email, user.password);
      const res = await request(second.url)
        .get(apiPath('/auth/me'))
        .set('Cookie', sessionCookieFromJar(client))
        .expect(200);
      expect(res.body.id).toBe(user.id);
      // Signing out on the second instance ends it on the first too.
      await request(second.url)
        .post(apiPath('/auth/logout'))
        .set('Cookie', [sessionCookieFromJar(client), csrfCookieFromJar(client)])
        .set('x-csrf-token', client.csrfToken)
        .expect(204);
      await client.get('/auth/me').expect(401);
    } finally {
      await second.close();
    }
  });

  it('a new sign-in gets a new session id (no session fixation)', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const before = sessionCookieFromJar(client);
    await client.login(user.email, user.password).expect(200);
    expect(sessionCookieFromJar(client)).not.toBe(before);
    await request(app.url).get(apiPath('/auth/me')).set('Cookie', before).expect(401);
  });
});

describe('CSRF', () => {
  it('refuses a state-changing request without the x-csrf-token header', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const res = await client.agent.post(apiPath('/auth/logout')).expect(403);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.CSRF_TOKEN_INVALID);
    await client.get('/auth/me').expect(200);
  });

  it('refuses a token that does not match the cookie, and a forged one', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const other = await apiClient(app);
    await client.agent.post(apiPath('/auth/logout')).set('x-csrf-token', other.csrfToken).expect(403);
    const forged = `${client.csrfToken.split('.')[0]}.AAAA`;
    await request(app.url)
      .post(apiPath('/auth/logout'))
      .set('Cookie', [sessionCookieFromJar(client), `ankomst.csrf=${forged}`])
      .set('x-csrf-token', forged)
      .expect(403);
    await client.get('/auth/me').expect(200);
  });
});

describe('change password', () => {
  it('a wrong current password gives 400 AUTH_WRONG_CURRENT_PASSWORD naming currentPassword', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const res = await client
      .post('/auth/password', { currentPassword: 'wrong-wrong-wrong', newPassword: 'a brand new passphrase' })
      .expect(400);
    const body = ApiErrorBodySchema.parse(res.body);
    expect(body.code).toBe(AuthErrorCode.WRONG_CURRENT_PASSWORD);
    expect(body.issues?.map((i) => i.path)).toEqual(['currentPassword']);
    await signIn(app, user.email, user.password); // unchanged
  });

  it('a too short new password gives 400 naming newPassword', async () => {
    const user = await newUser();
    const client = await signIn(app, user.email, user.password);
    const res = await client
      .post('/auth/password', { currentPassword: user.password, newPassword: 'short' })
      .expect(400);
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['newPassword']);
  });

  it('success ends the user’s other sessions but not this one, and only the new password works', async () => {
    const user = await newUser();
    const here = await signIn(app, user.email, user.password);
    const elsewhere = await signIn(app, user.email, user.password);
    const newPassword = 'another long passphrase 42';
    await here.post('/auth/password', { currentPassword: user.password, newPassword }).expect(204);
    await here.get('/auth/me').expect(200);
    await elsewhere.get('/auth/me').expect(401);
    await (await apiClient(app)).login(user.email, user.password).expect(401);
    await signIn(app, user.email, newPassword);
  });
});

describe('login throttling', () => {
  // Its own instance with small limits; behind a "proxy" so each test can come from its own client address.
  let throttled: TestApp;
  beforeAll(async () => {
    throttled = await startTestApp({
      DATABASE_URL: app.databaseUrl,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 3,
      LOGIN_MAX_FAILURES_PER_CLIENT: 5,
      TRUST_PROXY: true,
      COOKIE_SECURE: false,
    });
  });
  afterAll(() => throttled?.close());
  let address = 10;
  const from = () => ({ headers: { 'x-forwarded-for': `198.51.100.${++address}` } });

  it('after the allowed failures for one account, refuses it with 429 and Retry-After, even with the right password', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++)
      await (await apiClient(throttled, from())).login(user.email, 'wrong password').expect(401);
    const res = await (await apiClient(throttled, from())).login(user.email, user.password).expect(429);
    expect(res.body.code).toBe(AuthErrorCode.LOGIN_THROTTLED);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account is not affected.
    const other = await newUser();
    await signIn(throttled, other.email, other.password, from());
  });

  it('counts the account however the e-mail is capitalised', async () => {
    const user = await newUser();
    for (const email of [user.email, user.email.toUpperCase(), user.email.replace(/^./, (c) => c.toUpperCase())]) {
      await (await apiClient(throttled, from())).login(email, 'wrong password').expect(401);
    }
    await (await apiClient(throttled, from())).login(user.email, user.password).expect(429);
  });

  it('throttles one client address that guesses across many accounts', async () => {
    const client = await apiClient(throttled, from());
    for (let i = 0; i < 5; i++) {
      const victim = await newUser();
      await client.login(victim.email, 'wrong password').expect(401);
    }
    const user = await newUser();
    const res = await client.login(user.email, user.password).expect(429);
    expect(res.body.code).toBe(AuthErrorCode.LOGIN_THROTTLED);
    expect(res.headers['retry-after']).toBeDefined();
    // The same account signs in fine from another address.
    await signIn(throttled, user.email, user.password, from());
  });

  it('a successful sign-in clears the account’s failures', async () => {
    const user = await newUser();
    for (let i = 0; i < 2; i++)
      await (await apiClient(throttled, from())).login(user.email, 'wrong password').expect(401);
    await signIn(throttled, user.email, user.password, from());
    for (let i = 0; i < 2; i++)
      await (await apiClient(throttled, from())).login(user.email, 'wrong password').expect(401);
    await signIn(throttled, user.email, user.password, from());
  });

  it('failures older than the window no longer count', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++)
      await (await apiClient(throttled, from())).login(user.email, 'wrong password').expect(401);
    await (await apiClient(throttled, from())).login(user.email, user.password).expect(429);
    await app.prisma.loginAttempt.updateMany({
      where: { municipalityId },
      data: { attemptedAt: new Date(Date.now() - 16 * 60_000) },
    });
    await signIn(throttled, user.email, user.password, from());
  });

  it('stores neither the e-mail nor the address', async () => {
    const user = await newUser();
    await (
      await apiClient(throttled, { headers: { 'x-forwarded-for': '203.0.113.99' } })
    )
      .login(user.email, 'wrong password')
      .expect(401);
    const rows = await app.prisma.$queryRaw<{ row: string }[]>`SELECT row_to_json(a)::text AS row FROM login_attempt a`;
    const text = rows.map((r) => r.row).join('\n');
    expect(text).not.toContain(user.email);
    expect(text).not.toContain('203.0.113.99');
  });
});

describe('cookies', () => {
  it('the session and CSRF cookies are httpOnly and SameSite, and not Secure without TLS settings', async () => {
    const user = await newUser();
    const csrf = await request(app.url).get(apiPath('/auth/csrf')).expect(200);
    const csrfCookie = setCookies(csrf).find((c) => c.startsWith('ankomst.csrf='))!;
    expect(csrfCookie).toMatch(/; HttpOnly/i);
    expect(csrfCookie).toMatch(/; SameSite=Strict/i);
    const login = await request(app.url)
      .post(apiPath('/auth/login'))
      .set('Cookie', csrfCookie.split(';')[0]!)
      .set('x-csrf-token', csrf.body.csrfToken)
      .send({ email: user.email, password: user.password })
      .expect(200);
    const sid = sessionCookie(login)!;
    expect(sid).toMatch(/; HttpOnly/i);
    expect(sid).toMatch(/; SameSite=Lax/i);
    expect(sid).not.toMatch(/; Secure/i);
  });

  it('behind a TLS proxy (TRUST_PROXY) the cookies are Secure', async () => {
    const proxied = await startTestApp({ DATABASE_URL: app.databaseUrl, TRUST_PROXY: true });
    try {
      const user = await newUser();
      const tls = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '192.0.2.10' };
      const csrf = await request(proxied.url).get(apiPath('/auth/csrf')).set(tls).expect(200);
      const csrfCookie = setCookies(csrf).find((c) => c.startsWith('ankomst.csrf='))!;
      expect(csrfCookie).toMatch(/; Secure/i);
      const login = await request(proxied.url)
        .post(apiPath('/auth/login'))
        .set(tls)
        .set('Cookie', csrfCookie.split(';')[0]!)
        .set('x-csrf-token', csrf.body.csrfToken)
        .send({ email: user.email, password: user.password })
        .expect(200);
      const sid = sessionCookie(login)!;
      expect(sid).toMatch(/; Secure/i);
      expect(sid).toMatch(/; HttpOnly/i);
      expect(login.headers['strict-transport-security']).toBeDefined();
    } finally {
      await proxied.close();
    }
  });

  it('COOKIE_SECURE=true makes the cookies Secure', async () => {
    const secure = await startTestApp({ DATABASE_URL: app.databaseUrl, COOKIE_SECURE: true });
    try {
      const csrf = await request(secure.url).get(apiPath('/auth/csrf')).expect(200);
      expect(setCookies(csrf).find((c) => c.startsWith('ankomst.csrf='))).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });
});

const sessionCookieFromJar = (client: ApiClient) => client.cookie('ankomst.sid');
const csrfCookieFromJar = (client: ApiClient) => client.cookie('ankomst.csrf');
