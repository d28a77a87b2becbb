/**
 * Turns an invoice's readings into facts with their evidence. The owner's side is believed first (a
 * debtor may quote the figure it would rather pay). Amount still due: the latest stated remainder, else
 * the total with tax minus partial payments and credit notes (a partial payment the debtor says it made
 * after the owner's last figures counts too), else HT + VAT. Due date: the strongest
 * label, earliest message; else a payment term applied to the invoice date.
 */
import type { Cents, Currency, Evidence, Fact, InvoiceFacts, IsoDate } from '../model';
import { roundHalfUp } from '../util';
import type { RawInvoice, Reading } from './invoices';
import { applyTerm } from './rules/due-date';
import { ev } from './invoices';
import { fold } from './text/units';

type Method = 'add-then-eom' | 'eom-then-add';

const sideRank = (r: Reading) => (r.view.side === 'owner' ? 2 : r.view.side === 'unknown' ? 1 : 0);

function preferred(readings: Reading[]): Reading[] {
  const best = Math.max(-1, ...readings.map(sideRank));
  return readings.filter((r) => sideRank(r) === best);
}

function fact<T>(value: T, r: Reading, rule: string): Fact<T> {
  return { value, source: ev(r.view, r.unit, rule) };
}

export function invoiceFacts(inv: RawInvoice, method: Method = 'add-then-eom'): InvoiceFacts {
  const withAmounts = preferred(inv.readings.filter((r) => r.amounts.some((a) => a.kind !== 'ignore' && a.kind !== 'sum')));
  const byTime = [...withAmounts].sort((a, b) => a.view.index - b.view.index || b.weight - a.weight);
  const pick = (kind: string) => byTime.flatMap((r) => r.amounts.filter((a) => a.kind === kind).map((a) => ({ a, r })));
  const totals = [...pick('ttc'), ...pick('plain')].sort((x, y) => y.r.weight - x.r.weight || (x.a.kind === 'ttc' ? 0 : 1) - (y.a.kind === 'ttc' ? 0 : 1));
  const remaining = pick('remaining');
  const deductions = new Map<Cents, { a: ClassifiedLike; r: Reading }>();
  for (const d of pick('deduction')) if (!deductions.has(d.a.cents)) deductions.set(d.a.cents, d);
  // A partial payment the debtor says it made after the owner's figures ("I sent a partial payment of
  // $2,000.00 this morning") is deducted too: the owner would book it, and a later reminder would say so.
  const lastOwn = byTime[byTime.length - 1]?.view.index ?? -1;
  for (const r of inv.readings) {
    if (r.view.side !== 'other' || sideRank(r) >= sideRank(byTime[0] ?? r) || r.view.index <= lastOwn || !MADE.test(fold(r.unit))) continue;
    for (const a of r.amounts) if (a.kind === 'deduction' && !deductions.has(a.cents)) deductions.set(a.cents, { a, r });
  }

  let total: Fact<Cents> | null = totals[0] ? fact(totals[0].a.cents, totals[0].r, 'invoice-amount') : null;
  if (!total) {
    const ht = pick('ht')[0];
    const vat = pick('vat')[0];
    const rate = byTime.find((r) => r.vat !== null)?.vat ?? null;
    if (ht && vat) total = fact(ht.a.cents + vat.a.cents, ht.r, 'invoice-amount');
    else if (ht && rate !== null) total = fact(roundHalfUp(BigInt(ht.a.cents) * BigInt(10000 + rate), 10000n), ht.r, 'invoice-amount');
  }
  let amountDue: Fact<Cents> | null = null;
  const lastRemaining = remaining[remaining.length - 1];
  if (lastRemaining && (!totals[0] || lastRemaining.r.view.index >= totals[0].r.view.index || lastRemaining.a.cents <= totals[0].a.cents)) {
    amountDue = fact(lastRemaining.a.cents, lastRemaining.r, 'invoice-amount');
  } else if (total) {
    const minus = [...deductions.values()].reduce((s, d) => s + d.a.cents, 0);
    amountDue = minus > 0 && minus < total.value ? { value: total.value - minus, source: total.source } : total;
  }
  const currencyHits = byTime.flatMap((r) => r.amounts.filter((a) => a.currency).map((a) => ({ a, r })));
  // A bare "$" means US dollars, unless the invoice writes "$ CA" elsewhere: then its "$" are Canadian.
  const currencyHit = currencyHits[0]?.a.currency === 'USD' ? currencyHits.find((h) => h.a.currency === 'CAD') ?? currencyHits[0] : currencyHits[0];
  const currency: Fact<Currency> | null = currencyHit ? fact(currencyHit.a.currency!, currencyHit.r, 'invoice-amount') : null;

  const { dueDate, issueDate } = dates(inv, method);
  return { number: inv.number, typeCode: null, total, amountDue, currency, issueDate, dueDate, mentions: inv.mentions };
}

type ClassifiedLike = { cents: Cents };

/** A payment the writer says it made: "sent", "paid", "made", "viré", "versé", "réglé", "effectué". */
const MADE = /\b(?:sent|made|paid|transferred|wired|mailed|posted|vire|verse|regle|effectue|envoye|fait|poste)\b/;

function dates(inv: RawInvoice, method: Method): { dueDate: Fact<IsoDate> | null; issueDate: Fact<IsoDate> | null } {
  const readings = preferred(inv.readings.filter((r) => r.due.length || r.issue.length || r.term));
  const byTime = [...readings].sort((a, b) => a.view.index - b.view.index);
  const issueR = byTime.find((r) => r.issue.length);
  const issueDate = issueR ? fact(issueR.issue[0]!, issueR, 'due-date') : null;
  let best: { date: IsoDate; score: number; r: Reading } | null = null;
  for (const r of byTime) for (const d of r.due) {
    const score = d.weight * 10 + r.weight;
    if (!best || score > best.score) best = { date: d.date, score, r };
  }
  if (best && best.score >= 30) return { dueDate: fact(best.date, best.r, 'due-date'), issueDate };
  const termR = byTime.find((r) => r.term);
  if (termR?.term) {
    // Without a stated invoice date, the owner's mail that first sends the invoice with its terms is
    // dated the day the invoice went out: the term runs from that day.
    const sentWithInvoice = termR === byTime[0] && termR.view.side === 'owner' ? termR.view.day : null;
    const base = termR.issue[0] ?? issueDate?.value ?? sentWithInvoice;
    if (base) {
      const src: Evidence = ev(termR.view, termR.unit, 'due-date');
      return { dueDate: { value: applyTerm(base, termR.term, method), source: src }, issueDate };
    }
  }
  return { dueDate: best ? fact(best.date, best.r, 'due-date') : null, issueDate };
}
