/** One CLI command: `pnpm --silent regimes <name> ...args`. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where relative file arguments are resolved from. */
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One usage line, e.g. `evaluate FILE.json`. */
  usage: string;
  /** Returns the process exit code: 0 success, 2 bad input or usage. */
  run: (args: readonly string[], io: CliIo) => number;
}
