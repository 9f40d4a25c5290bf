import { ConfigError, loadEnv } from './env';

/** The app refuses to start on bad configuration, with a message that names the variable. */
const SECRET = 'x'.repeat(32);

function configError(source: NodeJS.ProcessEnv): ConfigError {
  try {
    loadEnv(source);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadEnv accepted the configuration');
}

describe('loadEnv', () => {
  it('accepts an empty environment with development defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, TRUST_PROXY: false, SESSION_IDLE_MINUTES: 30 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('parses numbers and booleans from strings, and treats empty values as unset', () => {
    const env = loadEnv({
      PORT: '8080',
      TRUST_PROXY: 'true',
      COOKIE_SECURE: '0',
      DATABASE_URL: '',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '7',
    });
    expect(env).toMatchObject({
      PORT: 8080,
      TRUST_PROXY: true,
      COOKIE_SECURE: false,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 7,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([['abc'], ['70000'], ['-1'], ['80.5']])('PORT=%s is refused, naming PORT', (port) => {
    expect(configError({ PORT: port }).message).toMatch(/\bPORT\b/);
  });

  it.each([['not a url'], ['mysql://user@localhost/db'], ['http://localhost:5432/db']])(
    'DATABASE_URL=%s is refused, naming DATABASE_URL',
    (url) => {
      expect(configError({ DATABASE_URL: url }).message).toMatch(/\bDATABASE_URL\b/);
    },
  );

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(loadEnv({ DATABASE_URL: 'postgres://u:p@db:5432/ankomst' }).DATABASE_URL).toBe(
      'postgres://u:p@db:5432/ankomst',
    );
    expect(loadEnv({ DATABASE_URL: 'postgresql://u@127.0.0.1/ankomst' }).DATABASE_URL).toBe(
      'postgresql://u@127.0.0.1/ankomst',
    );
  });

  it('production without SESSION_SECRET is refused, naming SESSION_SECRET', () => {
    expect(configError({ NODE_ENV: 'production' }).message).toMatch(/\bSESSION_SECRET\b/);
    expect(loadEnv({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).SESSION_SECRET).toBe(SECRET);
  });

  it('a short SESSION_SECRET is refused, naming SESSION_SECRET', () => {
    expect(configError({ SESSION_SECRET: 'too-short' }).message).toMatch(/\bSESSION_SECRET\b/);
  });

  it('names every bad variable at once, and only those', () => {
    const message = configError({
      PORT: 'x',
      LOG_LEVEL: 'loud',
      TRUST_PROXY: 'yes',
      SESSION_IDLE_MINUTES: '30',
    }).message;
    expect(message).toMatch(/\bPORT\b/);
    expect(message).toMatch(/\bLOG_LEVEL\b/);
    expect(message).toMatch(/\bTRUST_PROXY\b/);
    expect(message).not.toMatch(/SESSION_IDLE_MINUTES/);
  });
});
