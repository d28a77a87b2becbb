/** What a command may touch of the outside world; tests pass a fake. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Today in Europe/Paris (`YYYY-MM-DD`); the only clock the CLI reads. */
  today(): string;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** A usage error: the message is shown on one line, exit 2. */
export class UsageError extends Error {
  readonly code = 'usage';
}

/** Today's calendar date in Europe/Paris. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface ParsedArgs {
  flags: Record<string, string>;
  bools: Set<string>;
  positional: string[];
}

/**
 * Parses `--name value`, `--name=value` and boolean `--flag` (listed in `booleans`).
 * Unknown flags are a usage error so a typo never silently changes a figure.
 */
export function parseArgs(argv: string[], valued: string[], booleans: string[] = []): ParsedArgs {
  const flags: Record<string, string> = {};
  const bools = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq === -1 ? undefined : eq);
      if (booleans.includes(name)) { bools.add(name); continue; }
      if (!valued.includes(name)) throw new UsageError(`unknown option --${name}`);
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
      flags[name] = value;
    } else positional.push(a);
  }
  return { flags, bools, positional };
}
