/**
 * Runs the rules over a thread and combines them into a DebtorCase: invoices (text, then attached
 * documents, then the ledger), reminders sent, signals, and whether it is a debtor thread at all, each
 * fact with the rule and sentence it came from. See rules/ (one folder per rule; id = folder name).
 */
import type { DebtorCase, Evidence, ExtractedInvoice, InvoiceFacts, Lang, Thread } from '../model';
import { buildContext, fromOther, ownerOut, type DetectContext, type DetectOptions, type MessageView } from './context';
import { gatherInvoices, sameNumber } from './invoices';
import { invoiceFacts } from './facts';
import { applyCreditNote, applyDocument, isCreditNote } from './rules/e-invoice';
import { applyLedger } from './rules/ledger';
import { findReminders } from './reminders';
import { findSignals } from './signals';
import { INVOICE_WORD, weighRoles } from './role';
import { fold } from './text/units';

function documentsWithMessages(ctx: DetectContext, docs: ExtractedInvoice[]) {
  return docs.map((doc) => ({
    doc,
    view: ctx.messages.find((m) => doc.filename && m.message.attachments.some((a) => a.filename === doc.filename)) ?? null,
  }));
}

function withDocuments(invoices: InvoiceFacts[], docs: { doc: ExtractedInvoice; view: MessageView | null }[]): InvoiceFacts[] {
  let out = invoices;
  for (const { doc, view } of docs) {
    if (isCreditNote(doc)) continue;
    const i = out.findIndex((inv) => doc.number && sameNumber(inv.number, doc.number));
    const byOwner = !view || ownerOut(view);
    if (i >= 0) out = out.map((inv, k) => (k === i ? applyDocument(inv, doc, view?.message.id ?? null) : inv));
    else if (doc.number && byOwner && (doc.total !== null || doc.dueDate !== null)) {
      const empty: InvoiceFacts = { number: doc.number, typeCode: null, total: null, amountDue: null, currency: null, issueDate: null, dueDate: null, mentions: [] };
      out = [...out, applyDocument(empty, doc, view?.message.id ?? null)];
    }
  }
  for (const { doc, view } of docs) if (isCreditNote(doc) && out.length === 1) out = [applyCreditNote(out[0]!, doc, view?.message.id ?? null)];
  return out;
}

/**
 * `texts.join(' ').slice(0, max)` without joining what lies past the cut (a 200 KB message for 4,000 characters).
 * @example joinedHead(['Bonjour', 'Merci'], 10) // → 'Bonjour Me'
 */
export function joinedHead(texts: string[], max: number): string {
  let n = 0, k = 0;
  while (k < texts.length && n <= max) n += texts[k++]!.length + 1;
  return texts.slice(0, k).join(' ').slice(0, max);
}

// French and English words, counted in one pass: each match is a whole word, in one list only. The text is
// folded (lower case), so a word starts after a character that is not [a-z0-9_] (faster to scan than \b).
const LANG_WORDS = /(?:^|[^a-z0-9_])(?:(le|la|les|nous|vous|de|des|facture|merci|bonjour|est|pour)|the|we|you|of|and|invoice|thanks|hi|dear|is|for)(?![a-z0-9_])/g;

function language(ctx: DetectContext): Lang {
  const text = fold(joinedHead(ctx.messages.filter(ownerOut).map((m) => m.text), 4000) || joinedHead(ctx.messages.map((m) => m.text), 4000));
  let fr = 0, en = 0;
  LANG_WORDS.lastIndex = 0;
  for (let m = LANG_WORDS.exec(text); m; m = LANG_WORDS.exec(text)) if (m[1] !== undefined) fr++; else en++;
  return en > fr ? 'en' : 'fr';
}

/**
 * False only when detectCase cannot find a debtor thread, whatever its rules read: no attached document,
 * no message the owner's side sent out (the only ones that can claim), and no message from the other
 * side naming an invoice or a payment (INVOICE_WORD: without it, its promise or dispute acknowledges
 * nothing; weighRoles). Costs who-wrote-what only: no message is cut into sentences.
 * @example mayBeDebtor(supplierInvoiceThread, { me: '@menuiserie-durand.example', on: '2025-03-22' }) // → true
 */
export function mayBeDebtor(thread: Thread, options: DetectOptions): boolean {
  if (options.documents?.length) return true;
  const ctx = buildContext(thread, options, { units: false });
  return ctx.messages.some((v) => ownerOut(v) || (fromOther(v) && INVOICE_WORD.test(fold(v.text + ' ' + v.subject))));
}

/**
 * @example detectCase(thread, { me: '@menuiserie-durand.example', on: '2025-03-22' })
 * // → { debtor: true, invoices: [{ number: 'FA-2025-0142', amountDue: { value: 124000, … }, … }], reminders: [1 item], … }
 */
export function detectCase(thread: Thread, options: DetectOptions): DebtorCase {
  const ctx = buildContext(thread, options);
  const docs = documentsWithMessages(ctx, options.documents ?? []);
  let invoices = gatherInvoices(ctx).map((r) => invoiceFacts(r, options.endOfMonth));
  invoices = withDocuments(invoices, docs);
  if (options.ledger?.length) invoices = invoices.map((inv) => applyLedger(inv, options.ledger!));
  // Early exit for ordinary mail: with no invoice, weighRoles never reads the signals, and reminders and
  // signals are only returned for a debtor thread, so they are worked out only once the roles make it one.
  const hasInvoices = invoices.length > 0;
  let reminders = hasInvoices ? findReminders(ctx, invoices, options.history) : [];
  let signals = hasInvoices ? findSignals(ctx, invoices, reminders) : [];
  const roles = weighRoles(ctx, hasInvoices, signals, docs);
  const debtor = roles.forOwner.length > 0 && roles.forOwner.length > roles.against.length;
  if (debtor && !hasInvoices) {
    reminders = findReminders(ctx, invoices, options.history);
    signals = findSignals(ctx, invoices, reminders);
  }
  const other = [...ctx.messages].reverse().find(fromOther)?.message.from
    ?? [...ctx.messages].reverse().find(ownerOut)?.message.to.find((a) => a.address) ?? null;
  const why: Evidence[] = debtor ? roles.forOwner : roles.against.length ? roles.against
    : [{ messageId: null, excerpt: '', rule: 'no-claim' }];
  return {
    debtor, why, owner: ctx.owner.raw, counterparty: other,
    invoices: debtor ? invoices : [], reminders: debtor ? reminders : [], signals: debtor ? signals : [],
    lang: language(ctx),
  };
}
