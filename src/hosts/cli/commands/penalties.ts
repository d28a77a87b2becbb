/**
 * `relance penalties --amount 1200.00 --due 2025-03-15 --on 2025-05-01 [--rate 12.00]
 *   [--debtor business|consumer|public] [--creditor business|individual] [--notice-date YYYY-MM-DD] [--ecb-rate 2.15]`
 *
 * Prints one JSON line (decimals as strings, two decimals). `--ecb-rate` is the ECB reference rate for every
 * half-year of the delay that the project does not know yet (e.g. 2026 H2); a published rate always wins, so
 * the option never changes a known figure. Usage errors: one line, exit 2. Refusals (rate unknown, contractual
 * rate below the legal floor…): one French sentence naming the figure, exit 1. Warnings: stderr, exit 0.
 */
import { addDays, computePenalties, describeProblem, formatDecimal, halfYearsBetween, isIsoDate, parseDecimal, type DebtorKind, type CreditorKind, type Penalties } from '../../../core';
import { EXIT_INPUT, EXIT_OK, UsageError, parseArgs, type CliIo } from '../io';

/** What the command line can and cannot supply when the core asks for a figure. */
const HINTS: Record<string, string> = {
  'rate-unknown': ' Option : --ecb-rate TAUX (en %, point décimal).',
  'legal-rate-unknown': ' La ligne de commande ne permet pas de le fournir (--ecb-rate ne le remplace pas).',
};

const VALUED = ['amount', 'due', 'on', 'rate', 'debtor', 'creditor', 'notice-date', 'ecb-rate'];

export async function penalties(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseArgs(args, VALUED);
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"`);
  const principal = decimal(flags, 'amount', true)!;
  if (principal <= 0) throw new UsageError(`--amount must be greater than 0 (got ${flags.amount})`);
  const dueDate = date(flags, 'due', true)!;
  const on = date(flags, 'on', true)!;
  const noticeDate = date(flags, 'notice-date', false);
  const debtor = choice(flags, 'debtor', ['business', 'consumer', 'public']) as DebtorKind | undefined;
  const creditor = choice(flags, 'creditor', ['business', 'individual']) as CreditorKind | undefined;
  const contractualRate = decimal(flags, 'rate', false);
  const ecbRate = decimal(flags, 'ecb-rate', false);
  const ecbOverrides: Record<string, number> = {};
  if (ecbRate !== null && on > dueDate) for (const h of halfYearsBetween(addDays(dueDate, 1), on)) ecbOverrides[h] = ecbRate;

  const result = computePenalties({ principal, dueDate, on, debtor, creditor, contractualRate, noticeDate, ecbOverrides });
  if (!result.ok) {
    const hint = HINTS[result.error.code] ?? '';
    io.err(`relance penalties: ${describeProblem(result.error, 'fr')}${hint}`);
    return EXIT_INPUT;
  }
  for (const w of result.value.warnings ?? []) io.err(`relance penalties: avertissement : ${describeProblem(w, 'fr')}`);
  io.out(JSON.stringify(toJson(result.value)));
  return EXIT_OK;
}

/** The command-line contract's shape: decimals as strings with two decimals, nothing else. */
export function toJson(p: Penalties) {
  return {
    principal: formatDecimal(p.principal),
    daysLate: p.daysLate,
    segments: p.segments.map((s) => ({ from: s.from, to: s.to, days: s.days, rate: formatDecimal(s.rate), interest: formatDecimal(s.interest) })),
    interest: formatDecimal(p.interest),
    indemnity: formatDecimal(p.indemnity),
    total: formatDecimal(p.total),
  };
}

function decimal(flags: Record<string, string>, name: string, required: boolean): number | null {
  const raw = flags[name];
  if (raw === undefined) {
    if (required) throw new UsageError(`missing --${name} (e.g. --${name} ${name === 'amount' ? '1200.00' : '12.00'})`);
    return null;
  }
  const parsed = parseDecimal(raw);
  if (!parsed.ok || raw.trim() !== raw || parsed.value < 0) {
    throw new UsageError(`invalid --${name} "${raw}": expected a non-negative decimal with a dot and at most two decimals, e.g. ${name === 'amount' ? '1200.00' : '12.00'}`);
  }
  if (name !== 'amount' && parsed.value > 10_000) throw new UsageError(`invalid --${name} "${raw}": a rate in percent, 0 to 100`);
  return parsed.value;
}

function date(flags: Record<string, string>, name: string, required: boolean): string | null {
  const raw = flags[name];
  if (raw === undefined) {
    if (required) throw new UsageError(`missing --${name} YYYY-MM-DD`);
    return null;
  }
  if (!isIsoDate(raw)) throw new UsageError(`invalid --${name} "${raw}": expected a real calendar date YYYY-MM-DD`);
  return raw;
}

function choice(flags: Record<string, string>, name: string, allowed: string[]): string | undefined {
  const raw = flags[name];
  if (raw !== undefined && !allowed.includes(raw)) throw new UsageError(`invalid --${name} "${raw}": expected ${allowed.join('|')}`);
  return raw;
}
