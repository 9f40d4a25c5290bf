/**
 * Command-line entry: `pnpm --silent regimes <command> ...`. Prints one JSON object on stdout and exits 0,
 * or a clear error on stderr and exits 2.
 */
import type { CliCommand, CliIo } from './commands/command';
import { evaluateCommand } from './commands/evaluate-command';
import { benefitCommand } from './benefit/cli-command';

/**
 * The command table. To add a command, import it and add it here: one line each, e.g.
 *   import { benefitCommand } from './benefit/cli-command';   ...   benefitCommand,
 */
export const COMMANDS: readonly CliCommand[] = [evaluateCommand, benefitCommand];

export function usage(): string {
  return [
    'usage: pnpm --silent regimes <command> [args]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.usage}`),
  ].join('\n');
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...args] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(name ? `error: unknown command "${name}"\n\n${usage()}` : usage());
    return 2;
  }
  return command.run(args, io);
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
}
