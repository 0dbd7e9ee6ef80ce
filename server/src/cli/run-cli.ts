// What both CLIs share: problems printed one per line (file:line when known), and the exit code.
import { ConfigError } from '../config.ts';
import { AppError } from '../errors.ts';

/** Prints an AppError and its details to stderr and answers exit code 1; rethrows anything else. */
export function reportProblems(error: unknown): number {
  if (!(error instanceof AppError)) throw error;
  process.stderr.write(`\n${error.message}\n`);
  for (const d of error.details) {
    const where = d.file ? `${d.file}:${d.line ?? ''}: ` : '';
    process.stderr.write(`  ${where}${d.path}: ${d.message}\n`);
  }
  return 1;
}

/** Runs a CLI's main and exits with its code; a bad configuration or a crash exits 1 with a message. */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof ConfigError ? error.message : `${name} failed: ${(error as Error).stack ?? String(error)}`}\n`);
      process.exit(1);
    },
  );
}
