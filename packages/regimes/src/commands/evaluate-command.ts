import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatFieldErrors, parseCaseFacts } from '../case-facts';
import { evaluate } from '../evaluate';
import type { CliCommand, CliIo } from './command';

/** Reads a JSON file and parses it; on failure writes the reason to stderr and returns undefined. */
export function readJsonFile(file: string | undefined, io: CliIo): unknown {
  if (!file) {
    io.stderr('error: missing FILE.json');
    return undefined;
  }
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    io.stderr(`error: cannot read ${path}`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    io.stderr(`error: ${path} is not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  usage: 'evaluate FILE.json   evaluate one case; prints the evaluation as JSON',
  run(args, io) {
    const json = readJsonFile(args[0], io);
    if (json === undefined) return 2;
    const parsed = parseCaseFacts(json);
    if (!parsed.ok) {
      io.stderr(`error: invalid case facts\n${formatFieldErrors(parsed.errors)}`);
      return 2;
    }
    io.stdout(JSON.stringify(evaluate(parsed.facts), null, 2));
    return 0;
  },
};
