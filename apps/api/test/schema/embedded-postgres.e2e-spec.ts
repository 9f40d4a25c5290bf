import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const scenario = path.join(__dirname, '../support/embedded-postgres-scenario.ts');

/**
 * The database Ankomst starts when DATABASE_URL is unset: its data outlives the server, and a clash on the data
 * folder says what to do instead of failing with nothing.
 */
describe('embedded PostgreSQL', () => {
  jest.setTimeout(180_000);
  let seen: { dataDir: string; rowsAfterRestart: unknown[]; clash: string };

  beforeAll(async () => {
    const ports = [await freePort(), await freePort()].map(String);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=development', '-r', '@swc-node/register', scenario, ...ports],
      { cwd: path.join(__dirname, '../..'), timeout: 170_000 },
    );
    seen = JSON.parse(stdout) as typeof seen;
  });

  it('keeps its data across a stop and a start', () => {
    expect(seen.rowsAfterRestart).toEqual([{ note: 'still here' }]);
  });

  it('refuses a second server on the same data folder, naming the folder and the way out', () => {
    expect(seen.clash).toContain(`(data in ${seen.dataDir}`);
    expect(seen.clash).toMatch(/EMBEDDED_POSTGRES_PORT.*DATABASE_URL/s);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
