import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Produces migration SQL with Prisma 6.19's CLI, whose schema engine is WebAssembly (Prisma 7's is native and
 * cannot be downloaded here). Prisma 6 insists on a datasource `url` and, with the JS engine, on a reachable
 * server (it connects but does not change it): `serverUrl` is any PostgreSQL the caller has at hand.
 * See docs/adr/0002-migrations-without-the-native-engine.md.
 */
const run = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PRISMA6_CLI = path.join(REPO_ROOT, 'node_modules', 'prisma6', 'build', 'index.js');
const CONFIG = path.join(__dirname, 'prisma6.config.ts');

/** Prisma 6 wants `url` in the datasource block; Prisma 7 forbids it. Write a Prisma 6 copy of a schema. */
export function toPrisma6Schema(schemaText: string): string {
  const withUrl = schemaText.replace(
    /datasource\s+db\s*\{([^}]*)\}/,
    (_m, body: string) => `datasource db {${body.trimEnd()}\n  url = env("DATABASE_URL")\n}`,
  );
  // The Prisma 7 generator options mean nothing to Prisma 6's diff; keep the block minimal.
  return withUrl.replace(/generator\s+client\s*\{[^}]*\}/, 'generator client {\n  provider = "prisma-client-js"\n}');
}

function writeTemp(schemaText: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ankomst-schema-'));
  const file = path.join(dir, 'schema.prisma');
  writeFileSync(file, toPrisma6Schema(schemaText));
  return file;
}

/** SQL that turns the datamodel `from` (null: an empty database) into the datamodel `to`. */
export async function diffSql(from: string | null, to: string, serverUrl: string): Promise<string> {
  if (!existsSync(PRISMA6_CLI)) throw new Error('prisma6 (Prisma 6.19 CLI) is not installed; run pnpm install');
  const fromArgs = from === null ? ['--from-empty'] : ['--from-schema-datamodel', writeTemp(from)];
  const placeholder = path.join(tmpdir(), 'ankomst-no-native-engine');
  if (!existsSync(placeholder)) writeFileSync(placeholder, '');
  const { stdout } = await run(
    process.execPath,
    [
      PRISMA6_CLI,
      'migrate',
      'diff',
      '--config',
      CONFIG,
      ...fromArgs,
      '--to-schema-datamodel',
      writeTemp(to),
      '--script',
    ],
    {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        DATABASE_URL: serverUrl,
        // The CLI checks for native engines it will not use; any existing file satisfies the check offline.
        PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
        PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
    },
  );
  return stdout.replace(/^Loaded Prisma config.*\n/m, '');
}

export function readSchema(file = path.join(REPO_ROOT, 'prisma', 'schema.prisma')): string {
  return readFileSync(file, 'utf8');
}
