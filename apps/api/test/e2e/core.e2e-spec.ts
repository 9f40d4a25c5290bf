import { ApiErrorBodySchema, CommonErrorCode, HealthSchema } from '@ankomst/contracts';
import request from 'supertest';
import { createMunicipality, createUser, signIn } from '../support/factories';
import { apiClient, apiPath, startTestApp, type TestApp } from '../support/test-app';

/** What every response shares: error bodies, request ids, security headers, the API description and health. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const api = () => request(app.url);

describe('errors', () => {
  it('have the shape { code, message, requestId } and the requestId matches the x-request-id header', async () => {
    const res = await api().get(apiPath('/auth/me')).expect(401);
    const body = ApiErrorBodySchema.strict().parse(res.body);
    expect(body.code).toBe(CommonErrorCode.UNAUTHENTICATED);
    expect(body.message).toBeTruthy();
    expect(body.requestId).toBe(res.headers['x-request-id']);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('echo a valid incoming x-request-id and replace an invalid one', async () => {
    const echoed = await api().get(apiPath('/auth/me')).set('x-request-id', 'proxy-id-1234.abc').expect(401);
    expect(echoed.headers['x-request-id']).toBe('proxy-id-1234.abc');
    expect(echoed.body.requestId).toBe('proxy-id-1234.abc');
    const replaced = await api().get(apiPath('/health/live')).set('x-request-id', 'bad id <script>').expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a request without an incoming id still gets one, different each time', async () => {
    const [a, b] = await Promise.all([api().get(apiPath('/health/live')), api().get(apiPath('/health/live'))]);
    expect(a.headers['x-request-id']).toBeTruthy();
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it('invalid JSON gives 400 with the error shape', async () => {
    const client = await apiClient(app);
    const res = await client
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.no", ')
      .expect(400);
    const body = ApiErrorBodySchema.parse(res.body);
    expect(body.code).toBe(CommonErrorCode.VALIDATION_FAILED);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('a malformed %-encoding in a path parameter gives 400 with the error shape', async () => {
    const municipality = await createMunicipality(app.prisma);
    const user = await createUser(app.prisma, municipality.id, { roles: ['ADMIN'] });
    const client = await signIn(app, user.email, user.password);
    const res = await client.get('/persons/%E0%A4%A/audit-events').expect(400);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.VALIDATION_FAILED);
  });

  it('an unknown route gives 404 with the error shape', async () => {
    const res = await api().get(apiPath('/no-such-thing')).expect(404);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe(CommonErrorCode.NOT_FOUND);
    // Signed in, too: the guard does not turn a missing route into something else.
    const municipality = await createMunicipality(app.prisma);
    const user = await createUser(app.prisma, municipality.id, { roles: ['CONSULTANT'] });
    const client = await signIn(app, user.email, user.password);
    const signedIn = await client.get('/no-such-thing').expect(404);
    expect(ApiErrorBodySchema.parse(signedIn.body).code).toBe(CommonErrorCode.NOT_FOUND);
  });

  it('a body over the size limit gives 413 with the error shape', async () => {
    const client = await apiClient(app);
    const res = await client.post('/auth/login', { email: 'a@b.no', password: 'x'.repeat(1_100_000) }).expect(413);
    expect(ApiErrorBodySchema.parse(res.body).code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('security headers', () => {
  it('API responses carry CSP with frame-ancestors none, nosniff and no X-Powered-By', async () => {
    const res = await api().get(apiPath('/health/live')).expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
    expect(res.headers['referrer-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Not behind TLS: no HSTS (it would lock browsers out of a plain-HTTP test install).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('error responses carry them too', async () => {
    const res = await api().get(apiPath('/no-such-thing')).expect(404);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('API description', () => {
  it('serves /api/docs/openapi.json generated from the contracts', async () => {
    const res = await api().get('/api/docs/openapi.json').expect(200);
    const login = res.body.paths?.['/api/v1/auth/login']?.post;
    expect(login).toBeDefined();
    const schema = login.requestBody.content['application/json'].schema;
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['email', 'password']));
    expect(schema.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/users', '/api/v1/persons/{personId}/audit-events', '/api/v1/health/ready']),
    );
  });

  it('serves the documentation page', async () => {
    const res = await api().get('/api/docs').redirects(1).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('health', () => {
  it('live answers 200 without signing in', async () => {
    const res = await api().get(apiPath('/health/live')).expect(200);
    expect(HealthSchema.parse(res.body).status).toBe('ok');
  });

  it('ready answers 200 when the database answers', async () => {
    const res = await api().get(apiPath('/health/ready')).expect(200);
    expect(HealthSchema.parse(res.body)).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });
});
