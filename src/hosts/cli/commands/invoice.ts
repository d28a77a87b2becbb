/**
 * `relance invoice FILE` — prints the facts of an e-invoice (Factur-X / ZUGFeRD / XRechnung PDF, CII or UBL
 * XML) or of an invoice PDF read as text, as one JSON line:
 * `{"number","type","issueDate","dueDate","currency","total","amountDue","seller","buyer","iban","profile","source"}`.
 * Dates `YYYY-MM-DD`, amounts decimal strings with two decimals, unknown → null. Unreadable input: one line on
 * stderr, exit 1; no FILE: usage, exit 2.
 */
import { readFile } from 'node:fs/promises';
import { describeProblem, extractInvoice, formatDecimal, type ExtractedInvoice } from '../../../core';
import { EXIT_INPUT, EXIT_OK, UsageError, parseArgs, type CliIo } from '../io';

export async function invoice(args: string[], io: CliIo): Promise<number> {
  const { positional } = parseArgs(args, []);
  if (positional.length === 0) throw new UsageError('missing FILE (usage: relance invoice FILE)');
  if (positional.length > 1) throw new UsageError(`one FILE at a time (got ${positional.length})`);
  const file = positional[0]!;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as { code?: string }).code;
    io.err(`relance invoice: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ?? 'read error'}`);
    return EXIT_INPUT;
  }
  const r = await extractInvoice(bytes, file);
  if (!r.ok) {
    io.err(`relance invoice: ${file}: ${describeProblem(r.error, 'en')}`);
    return EXIT_INPUT;
  }
  io.out(JSON.stringify(toJson(r.value)));
  return EXIT_OK;
}

/** The command-line contract's shape (design.md): exactly these keys, in this order. */
export function toJson(v: ExtractedInvoice) {
  const money = (c: number | null) => (c === null ? null : formatDecimal(c));
  return {
    number: v.number, type: v.type, issueDate: v.issueDate, dueDate: v.dueDate, currency: v.currency,
    total: money(v.total), amountDue: money(v.amountDue), seller: v.seller, buyer: v.buyer, iban: v.iban,
    profile: v.profile, source: v.source,
  };
}
