/**
 * e-invoice — facts of attached invoices (Factur-X, ZUGFeRD, UBL, CII, PDF text) outrank what the text
 * suggests: number, total, amount due, currency, issue and due dates. A credit note (type 381) lowers the
 * amount due of the invoice it accompanies. Each document is tied to the message that carried it.
 * @example applyDocument(facts, { number: 'FA-1', type: '380', amountDue: 47015, … }, null) // facts.amountDue.value → 47015
 */
import type { Evidence, ExtractedInvoice, InvoiceFacts } from '../../../model';

export const id = 'e-invoice';

export const isCreditNote = (d: ExtractedInvoice) => d.type === '381' || (d.total !== null && d.total < 0);

function source(doc: ExtractedInvoice, messageId: string | null): Evidence {
  return { messageId, excerpt: `${doc.filename ?? doc.source}: ${doc.number ?? ''}`.trim(), rule: `${id}:${doc.source}` };
}

/** Sets the document's facts on an invoice (documents outrank text). */
export function applyDocument(inv: InvoiceFacts, doc: ExtractedInvoice, messageId: string | null): InvoiceFacts {
  const src = source(doc, messageId);
  const f = <T>(value: T | null, old: { value: T; source: Evidence } | null) => (value === null ? old : { value, source: src });
  const textDue = inv.amountDue;
  let amountDue = f(doc.amountDue ?? doc.total, inv.amountDue);
  // A remainder stated later in the text (a partial payment after the invoice) can only lower it.
  if (textDue && amountDue && textDue.source.rule !== src.rule && textDue.value < amountDue.value && textDue.value > 0) amountDue = textDue;
  return {
    ...inv, typeCode: doc.type ?? inv.typeCode ?? null,
    total: f(doc.total, inv.total), amountDue, currency: f(doc.currency, inv.currency),
    issueDate: f(doc.issueDate, inv.issueDate), dueDate: f(doc.dueDate, inv.dueDate),
    mentions: [...inv.mentions, src],
  };
}

/** Lowers an invoice's amount due by a credit note's total. */
export function applyCreditNote(inv: InvoiceFacts, note: ExtractedInvoice, messageId: string | null): InvoiceFacts {
  const credit = Math.abs(note.amountDue ?? note.total ?? 0);
  if (!inv.amountDue || credit === 0) return inv;
  return { ...inv, amountDue: { value: Math.max(0, inv.amountDue.value - credit), source: source(note, messageId) } };
}
