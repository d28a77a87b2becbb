/**
 * `relance detect [--on YYYY-MM-DD] [--me ADDRESS|@domain] [--ledger FILE.csv] PATH...` — one JSON line
 * per thread (design.md contract, keys in its order). Folders are walked for .eml/.mbox (sorted) and
 * streamed: one file is read, analysed, printed and dropped before the next. Attached PDF/XML invoices go
 * through `extractInvoice`; a bad file gives one line on stderr and the others go on (exit 1 at the end).
 * A file whose bytes show it cannot concern a payment (`mayConcernPayment`) is not parsed: its line is the
 * one a thread with no claim gets (the same detection run on an empty thread, once per run).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  analyse, describeProblem, extractInvoice, formatDecimal, isIsoDate, mayBeDebtor, mayConcernPayment, parseLedgerCsv, parseMailFile,
  type DebtorCase, type ExtractedInvoice, type LedgerRow, type Stage, type Thread,
} from '../../../core';
import { EXIT_INPUT, EXIT_OK, UsageError, parseArgs, type CliIo } from '../io';

const MAIL = /\.(eml|mbox)$/i;

export async function detect(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseArgs(args, ['on', 'me', 'ledger']);
  const on = flags.on ?? io.today();
  if (!isIsoDate(on)) throw new UsageError(`--on must be a date YYYY-MM-DD (got "${on}")`);
  const me = flags.me;
  if (me !== undefined && !/^[^\s@]*@[^\s@]+\.[^\s@]+$/.test(me)) throw new UsageError(`--me must be an address or @domain (got "${me}")`);
  if (positional.length === 0) throw new UsageError('missing PATH (an .eml, an .mbox or a folder of them)');

  let ledger: LedgerRow[] | undefined;
  if (flags.ledger) {
    const text = await readText(flags.ledger);
    if (text === null) { io.err(`relance detect: cannot read ledger ${flags.ledger}`); return EXIT_INPUT; }
    const parsed = parseLedgerCsv(text);
    for (const p of parsed.problems) io.err(`relance detect: ${flags.ledger} line ${p.line}: ${describeProblem(p.problem, 'en')}`);
    ledger = parsed.rows;
  }

  let failed = false;
  for (const path of positional) {
    for await (const file of mailFiles(path)) {
      if ('error' in file) { io.err(`relance detect: ${file.path}: ${file.error}`); failed = true; continue; }
      const line = await detectFile(file.path, { on, me, ledger });
      if (typeof line === 'string') io.out(line);
      else { io.err(`relance detect: ${file.path}: ${line.error}`); failed = true; }
    }
  }
  return failed ? EXIT_INPUT : EXIT_OK;
}

async function readText(path: string): Promise<string | null> {
  try { return await readFile(path, 'utf8'); } catch { return null; }
}

/** Yields the mail files under a path, sorted, one at a time (a folder is never listed whole into memory per file). */
async function* mailFiles(path: string): AsyncGenerator<{ path: string } | { path: string; error: string }> {
  let info;
  try { info = await stat(path); } catch { yield { path, error: 'no such file or folder' }; return; }
  if (!info.isDirectory()) { yield { path }; return; }
  let names: string[];
  try { names = (await readdir(path)).sort(); } catch { yield { path, error: 'cannot read folder' }; return; }
  for (const name of names) {
    const child = join(path, name);
    let s;
    try { s = await stat(child); } catch { continue; } // vanished meanwhile: nothing to report
    if (s.isDirectory()) yield* mailFiles(child);
    else if (MAIL.test(name)) yield { path: child };
  }
}

async function detectFile(path: string, o: DetectFileOptions): Promise<string | { error: string }> {
  let bytes: Uint8Array;
  try { bytes = new Uint8Array(await readFile(path)); } catch { return { error: 'cannot read file' }; }
  return detectLine(path, bytes, o);
}

export interface DetectFileOptions { on: string; me?: string; ledger?: LedgerRow[] }

/**
 * The JSON line (or the error) for one mail file's bytes: at once (a string) for a file the prefilter
 * spares a parse, else a promise. `prefilter: false` parses every file (the tests and the bench compare
 * both paths).
 */
export function detectLine(path: string, bytes: Uint8Array, o: DetectFileOptions, prefilter = true): string | Promise<string | { error: string }> {
  if (prefilter && !/\.msg$/i.test(path) && !mayConcernPayment(bytes)) return noClaimLine(path, o);
  return parsedLine(path, bytes, o);
}

async function parsedLine(path: string, bytes: Uint8Array, o: DetectFileOptions): Promise<string | { error: string }> {
  const parsed = await parseMailFile(path, bytes);
  if (!parsed.ok) return { error: describeProblem(parsed.error, 'en') };
  const documents = await attachedInvoices(parsed.value);
  const options = { on: o.on, me: o.me, ledger: o.ledger, documents };
  // No one on the owner's side writing out and no invoice named by the other side: the no-claim line.
  if (!mayBeDebtor(parsed.value, options)) return noClaimLine(path, o);
  const { case: c, stage } = analyse(parsed.value, options);
  return JSON.stringify(toJson(path, c, stage));
}

/** What detection says of a thread with no claim in it (what an ordinary message gets). */
function noClaim(o: DetectFileOptions): [DebtorCase, Stage] {
  const { case: c, stage } = analyse({ messages: [], subject: '' }, { on: o.on, me: o.me, ledger: o.ledger });
  return [c, stage];
}

/** The line of a file with no claim in it. */
function noClaimLine(path: string, o: DetectFileOptions): string {
  return `{"file":${JSON.stringify(path)}${noClaimTail(o)}`;
}

// The no-claim line depends on the options only (not on the file): worked out once per run, after its "file" key.
let lastNoClaim: { on: string; me?: string; ledger?: LedgerRow[]; tail: string } | null = null;
function noClaimTail(o: DetectFileOptions): string {
  const l = lastNoClaim;
  if (l && l.on === o.on && l.me === o.me && l.ledger === o.ledger) return l.tail;
  const tail = JSON.stringify(toJson('', ...noClaim(o))).slice('{"file":""'.length);
  lastNoClaim = { on: o.on, me: o.me, ledger: o.ledger, tail };
  return tail;
}

async function attachedInvoices(thread: Thread): Promise<ExtractedInvoice[]> {
  const out: ExtractedInvoice[] = [];
  for (const m of thread.messages) for (const a of m.attachments) {
    if (!/\.(pdf|xml)$/i.test(a.filename) && !/pdf|xml/i.test(a.contentType)) continue;
    const r = await extractInvoice(a.content, a.filename);
    if (r.ok) out.push({ ...r.value, filename: a.filename }); // an unreadable attachment is just not evidence
  }
  return out;
}

/** The contract's shape (design.md), keys in its order. */
export function toJson(file: string, c: DebtorCase, s: Stage) {
  const active = (k: string) => c.signals.some((x) => x.active && (x.kind === k || (k === 'promise' && x.kind === 'payment-plan')));
  return {
    file,
    debtor: c.debtor,
    invoices: c.invoices.map((i) => ({
      number: i.number, amount: i.amountDue ? formatDecimal(i.amountDue.value) : null,
      currency: i.currency?.value ?? null, dueDate: i.dueDate?.value ?? null,
    })),
    remindersSent: s.remindersSent,
    nextStep: s.nextStep,
    nextStepOn: s.nextStepOn,
    signals: { promise: active('promise'), paid: active('paid'), dispute: active('dispute') },
  };
}
