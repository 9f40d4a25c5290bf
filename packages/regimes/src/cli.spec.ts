import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { caseFacts } from './testing/case-facts-builder';

const packageDir = resolve(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'regimes-cli-'));

function runCli(args: string[], cwd = dir): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['-r', require.resolve('@swc-node/register', { paths: [packageDir] }), join(packageDir, 'src/cli.ts'), ...args],
    {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI: regimes evaluate FILE.json', () => {
  it('prints one JSON evaluation on stdout and exits 0, resolving FILE relative to INIT_CWD', () => {
    writeFileSync(join(dir, 'case.json'), JSON.stringify({ ...caseFacts(), settlementDate: '2023-11-30' }));
    const out = runCli(['evaluate', 'case.json']);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout) as { regime: string; programme: { latestStart: string }; rules: unknown[] };
    expect(json.regime).toBe('INTEGRERINGSLOVEN');
    expect(json.programme.latestStart).toBe('2024-02-29');
    expect(json.rules.length).toBeGreaterThan(0);
  }, 30_000);

  it('names the bad field on stderr and exits 2', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...caseFacts(), birthDate: '1990-02-30' }));
    const out = runCli(['evaluate', 'bad.json']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('birthDate: must be a date YYYY-MM-DD');
  }, 30_000);

  it('says when the file is not JSON or missing', () => {
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect(runCli(['evaluate', 'broken.json']).stderr).toContain('is not valid JSON');
    const missing = runCli(['evaluate', 'nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  }, 30_000);

  it('prints usage on stderr and exits 2 for an unknown command', () => {
    const out = runCli(['frobnicate']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
    expect(out.stderr).toContain('evaluate FILE.json');
  }, 30_000);
});
