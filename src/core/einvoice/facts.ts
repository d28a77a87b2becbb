/** The facts an XML syntax reader returns; `extract.ts` adds the source and file names. */
import type { ExtractedInvoice } from '../model';

export type InvoiceFacts = Omit<ExtractedInvoice, 'source' | 'filename' | 'embeddedFile'>;

/** True for an IBAN-shaped string (two letters, two check digits, 11–30 alphanumerics; spaces allowed). */
export function looksLikeIban(s: string): boolean {
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s.replace(/[\s-]/g, '').toUpperCase());
}

/** Picks the first IBAN-shaped account; otherwise the first account given at all (some senders use national formats). */
export function pickIban(candidates: (string | null)[]): string | null {
  const present = candidates.filter((c): c is string => c !== null && c.trim() !== '').map((c) => c.trim());
  return present.find(looksLikeIban) ?? present[0] ?? null;
}
