/**
 * Credit notes and the sign of what is owed. `ExtractedInvoice.total` / `amountDue` keep the document's
 * own sign; `owedCents` gives the buyer's debt: positive for an invoice, negative for a credit note
 * (UNTDID 1001 credit types, e.g. 381) or for an invoice stating a negative amount, so a caller can
 * simply add the owed amounts of a thread's documents.
 * @example owedCents({ type: '381', amountDue: 23347 }) // → -23347
 * @example owedCents({ type: '380', amountDue: -23347 }) // → -23347
 */
import type { Cents, ExtractedInvoice } from '../model';

/** UNTDID 1001 codes of credit notes (381 commercial credit note, 261/262 self-billed, 396 factored…). */
export const CREDIT_NOTE_TYPES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

export function isCreditNote(invoice: Pick<ExtractedInvoice, 'type'>): boolean {
  return invoice.type !== null && CREDIT_NOTE_TYPES.has(invoice.type);
}

/** The signed amount the buyer owes on this document (negative = a credit to deduct), or null when unknown. */
export function owedCents(invoice: Pick<ExtractedInvoice, 'type' | 'amountDue'>): Cents | null {
  if (invoice.amountDue === null) return null;
  return isCreditNote(invoice) ? -invoice.amountDue : invoice.amountDue;
}
