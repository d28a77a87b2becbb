/**
 * Gathers the thread's invoices and, for each, the amounts and dates read around its mentions.
 * A sentence that names exactly one invoice speaks for it (weight 3); a sentence naming none speaks for
 * the only invoice of its message or thread (weight 2); in a sentence naming several, each fact goes to
 * the nearest number before it (weight 1). Invoices said to be paid leave the case when others stay open.
 */
import type { Evidence, IsoDate } from '../model';
import type { DetectContext, MessageView } from './context';
import { NUMBER_GATE, findInvoiceNumbers, findStatementNumber, sameNumber, type NumberHit } from './rules/invoice-number';
import { cancelledNumbers, saysSettled } from './rules/invoice-settled';
import { classifyAmounts, tableColumns, tableRow, vatRate, type ClassifiedAmount } from './rules/invoice-amount';
import { findAmounts } from './text/money';
import { readDueDates, statementDueDate, type Term } from './rules/due-date';
import { unitsMatching } from './text/candidates';

export interface Reading {
  view: MessageView;
  unit: string;
  weight: number;
  amounts: ClassifiedAmount[];
  due: { date: IsoDate; weight: number }[];
  issue: IsoDate[];
  term: Term | null;
  vat: number | null;
}

export interface RawInvoice {
  number: string;
  mentions: Evidence[];
  readings: Reading[];
  settled: Evidence | null;
}

const NO_HITS: readonly NumberHit[] = [];

/** `mayName`: the unit holds an invoice keyword (else findInvoiceNumbers finds nothing in it). */
function numbersIn(unit: string, mayName: boolean): readonly NumberHit[] {
  const st = findStatementNumber(unit);
  if (!mayName) return st ? [st] : NO_HITS;
  const hits = findInvoiceNumbers(unit);
  if (st && !hits.some((h) => h.start === st.start)) hits.push(st);
  return hits.sort((a, b) => a.start - b.start);
}

/** The number stands alone in the unit (not inside a longer reference). */
function namesNumber(unit: string, n: string): boolean {
  const i = unit.toUpperCase().indexOf(n.toUpperCase());
  if (i < 0) return false;
  const before = unit[i - 1] ?? ' ', after = unit[i + n.length] ?? ' ';
  return !/[\p{L}\p{N}/-]/u.test(before) && !/[\p{L}\p{N}/-]/u.test(after);
}

const NONE: ReadonlySet<string> = new Set();

export function gatherInvoices(ctx: DetectContext): RawInvoice[] {
  const byNumber = new Map<string, RawInvoice>();
  const get = (n: string) => {
    const key = n.toUpperCase();
    let inv = byNumber.get(key);
    if (!inv) byNumber.set(key, (inv = { number: n, mentions: [], readings: [], settled: null }));
    return inv;
  };
  const views = ctx.messages.filter((m) => !m.internal);
  const perMessage = new Map<MessageView, { unit: string; hits: readonly NumberHit[] }[]>();
  for (const v of views) {
    const mayName = unitsMatching(v.units, NUMBER_GATE);
    const rows = v.units.map((unit, i) => ({ unit, hits: numbersIn(unit, mayName[i]!) }));
    for (const h of findInvoiceNumbers(v.subject)) get(h.number).mentions.push(ev(v, v.subject));
    for (const a of v.message.attachments) for (const h of findInvoiceNumbers(fileNameText(a.filename))) get(h.number).mentions.push(ev(v, a.filename));
    for (const r of rows) {
      if (!r.hits.length) continue;
      const cancelled = cancelledNumbers(r.unit, r.hits);
      for (const h of r.hits) {
        const inv = get(h.number);
        inv.mentions.push(ev(v, r.unit));
        if (!inv.settled && cancelled.includes(h.number)) inv.settled = ev(v, r.unit, 'invoice-settled');
        else if (!inv.settled && saysSettled(r.unit) && (!cancelled.length || cancelled.includes(h.number))) inv.settled = ev(v, r.unit);
      }
    }
    perMessage.set(v, rows);
  }
  const all = [...byNumber.values()];
  // "INV-2291 has been paid": a sentence may name a number already known in the thread without the word
  // "invoice" before it; it still settles that invoice.
  if (all.length) for (const v of views) for (const unit of v.units) {
    if (!saysSettled(unit)) continue;
    for (const inv of all) if (!inv.settled && namesNumber(unit, inv.number)) inv.settled = ev(v, unit);
  }
  for (const [v, rows] of perMessage) {
    const inMessage = new Set([v.subject, ...v.message.attachments.map((a) => fileNameText(a.filename))]
      .flatMap((t) => findInvoiceNumbers(t)).map((h) => h.number.toUpperCase()));
    for (const r of rows) for (const h of r.hits) inMessage.add(h.number.toUpperCase());
    // A sentence naming no invoice speaks for the message's only invoice, or its only one still open
    // ("facture de solde FA-2025-058 … acompte (facture FA-2025-031, réglée le 12/03)").
    const openIn = inMessage.size > 1 ? [...inMessage].filter((n) => !byNumber.get(n)?.settled) : [];
    const only = inMessage.size === 1 ? byNumber.get([...inMessage][0]!) : openIn.length === 1 ? byNumber.get(openIn[0]!)
      : all.length === 1 && inMessage.size === 0 ? all[0] : undefined;
    const many = inMessage.size > 1;
    for (let k = 0; k < rows.length; k++) {
      const { unit, hits } = rows[k]!;
      if (!hits.length && !only) continue; // nothing to read it for (most sentences of ordinary mail)
      const distinct = hits.length ? new Set(hits.map((h) => h.number.toUpperCase())) : NONE;
      const cells = distinct.size === 1 ? statementRow(rows, k) : null;
      if (cells) {
        // A row of a statement with columns: its amounts are what the heading says; nothing left due settles it.
        const inv = get(hits[0]!.number);
        const left = cells.find((c) => c.kind === 'remaining');
        if (left && left.cents === 0) { inv.settled ??= ev(v, unit, 'invoice-settled'); continue; }
        addReading(inv, v, unit, 3, many, unit, cells.filter((c) => c.cents > 0));
      } else if (distinct.size === 1) addReading(get(hits[0]!.number), v, unit, 3, many, unit);
      else if (distinct.size === 0 && only) addReading(only, v, unit, 2, many, unit);
      else hits.forEach((h, i) => addReading(get(h.number), v, unit.slice(h.start, hits[i + 1]?.start ?? unit.length), 1, true, unit));
    }
  }
  const open = all.filter((i) => !i.settled);
  return open.length > 0 ? open : all;
}

/**
 * A statement row read by the column headings above it (the nearest line naming no invoice that names
 * two amount columns, past other rows and lines without amounts), or null.
 */
function statementRow(rows: { unit: string; hits: readonly NumberHit[] }[], k: number): ClassifiedAmount[] | null {
  const row = rows[k]!.unit;
  if (!AMOUNTS_TWICE.test(row)) return null;
  for (let j = k - 1; j >= 0 && j >= k - 30; j--) {
    const { unit, hits } = rows[j]!;
    if (hits.length) continue;
    const columns = tableColumns(unit);
    if (columns) return tableRow(row, columns);
    if (findAmounts(unit).length) return null;
  }
  return null;
}
// At least two currency signs or codes: what a statement row with two amount columns holds at least.
const AMOUNTS_TWICE = /(?:€|\bEUR\b|\$|£|\bUSD\b|\bGBP\b|\bCHF\b|\beuros?\b)[^]*?(?:€|\bEUR\b|\$|£|\bUSD\b|\bGBP\b|\bCHF\b|\beuros?\b)/i;

/**
 * An attachment's name read as words: "Facture_2025-118.pdf" → "Facture 2025-118" (the body often says
 * only "ci-joint notre facture").
 * @example fileNameText('Facture-FA-2025-0142.pdf') // → 'Facture FA-2025-0142'
 */
export function fileNameText(name: string): string {
  return name.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/_/g, ' ')
    .replace(/\b(factures?|invoices?|rechnung|fact|inv)[-.\s]+(?=[A-Za-z]{0,6}[-/]?\d)/gi, '$1 ');
}

function addReading(inv: RawInvoice, view: MessageView, text: string, weight: number, many: boolean, unit: string, read?: ClassifiedAmount[]) {
  const amounts = read ?? classifyAmounts(text, many);
  const dd = readDueDates(text, view.day);
  const st = weight === 3 ? statementDueDate(unit) : null;
  if (st && !dd.due.length) { dd.due.push({ date: st.due, weight: 2 }); dd.issue.push(st.issue); }
  if (!amounts.length && !dd.due.length && !dd.issue.length && !dd.term) return;
  inv.readings.push({ view, unit, weight, amounts, due: dd.due, issue: dd.issue, term: dd.term, vat: vatRate(text) });
}

export function ev(v: MessageView, excerpt: string, rule = 'invoice-number'): Evidence {
  return { messageId: v.message.id, excerpt: excerpt.slice(0, 300), rule };
}

export { sameNumber };
