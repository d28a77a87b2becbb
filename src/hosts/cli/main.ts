/**
 * `relance` — the command-line shell. Dispatches to one module per command; each returns its exit code.
 * The one top-level catch turns a usage error into one line and exit 2, anything else (a bug) into one
 * line and exit 1 — never a stack trace.
 */
import { EXIT_INPUT, EXIT_USAGE, UsageError, type CliIo } from './io';
import { commands } from './commands';

const USAGE = `usage: relance <command> [options]
  detect    [--on YYYY-MM-DD] [--me ADDRESS|@domain] [--ledger FILE.csv] PATH...
  penalties --amount 1200.00 --due YYYY-MM-DD --on YYYY-MM-DD [--rate 12.00] [--debtor business|consumer|public]
            [--creditor business|individual] [--notice-date YYYY-MM-DD] [--ecb-rate 2.15]
  draft     [--on YYYY-MM-DD] [--me ...] [--lang fr|en] [--tier ...] [--ecb-rate ...] PATH
  invoice   FILE`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? io.out : io.err)(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands[name];
  if (!command) {
    io.err(`relance: unknown command "${name}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`relance ${name}: ${e.message}`);
      return EXIT_USAGE;
    }
    io.err(`relance ${name}: internal error (${e instanceof Error ? e.name : 'unknown'}); please report it`);
    return EXIT_INPUT;
  }
}
