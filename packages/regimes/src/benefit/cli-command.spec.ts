import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Runs the CLI the way the brief documents it: from the repository root, `node -r @swc-node/register packages/regimes/src/cli.ts ...`. */
const repoRoot = resolve(__dirname, '../../../..');
const packageDir = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'regimes-benefit-cli-'));

function runBenefit(input: unknown): { status: number | null; stdout: string; stderr: string } {
  const file = join(dir, `input-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof input === 'string' ? input : JSON.stringify(input));
  const env = { ...process.env };
  delete env.INIT_CWD;
  const result = spawnSync(
    process.execPath,
    [
      '-r',
      require.resolve('@swc-node/register', { paths: [packageDir] }),
      'packages/regimes/src/cli.ts',
      'benefit',
      file,
    ],
    { cwd: repoRoot, env, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const valid = {
  month: '2025-06',
  regime: 'INTEGRERINGSLOVEN',
  birthDate: '2000-06-15',
  livesWithParents: false,
  programmeStart: '2024-09-02',
  unauthorisedAbsence: [{ date: '2025-06-20', hours: 7.5 }],
  otherBenefits: [{ kind: 'CHILD_BENEFIT', amount: 1766 }],
};

describe('CLI: regimes benefit FILE.json', () => {
  it('prints the calculation with every line item and exits 0', () => {
    const out = runBenefit(valid);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as {
      gross: number;
      net: number;
      lineItems: { kind: string; amount: number; rule: { id: string } }[];
    };
    expect(json.gross).toBe(18_318.82);
    expect(json.net).toBe(17_263.47);
    expect(json.lineItems.map((l) => l.kind)).toEqual([
      'BENEFIT',
      'BENEFIT',
      'ABSENCE_DEDUCTION',
      'OFFSET_NOT_APPLIED',
    ]);
    expect(json.lineItems.every((l) => l.rule.id.length > 0)).toBe(true);
  }, 30_000);

  it.each([
    ['a bad month', { ...valid, month: '2025-6' }, 'month: must be YYYY-MM'],
    [
      'a bad nested field',
      { ...valid, otherBenefits: [{ kind: 'GIFT', amount: 1 }] },
      'otherBenefits[0].kind: must be one of',
    ],
    [
      'a month before any known G',
      { ...valid, month: '2009-06', programmeStart: '2009-01-05', unauthorisedAbsence: [], otherBenefits: [] },
      'month: no base amount (G) is known',
    ],
    ['invalid JSON', '{ "month": ', 'is not valid JSON'],
  ])(
    'names the problem on stderr and exits 2: %s',
    (_name, input, message) => {
      const out = runBenefit(input);
      expect(out.status).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toContain(message);
    },
    30_000,
  );
});
