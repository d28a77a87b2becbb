/**
 * invoice-number — invoice references as written: after "facture", "invoice", "Fact." (with n°, #,
 * number…), lists of them ("factures n° 1207 et 1215"), and the first cell of statement lines that
 * also carry an amount and a date. A number that follows no invoice word (SIRET, IBAN, phone, order,
 * quote, credit note, contract, postal code) is never taken; dates and amounts are not numbers.
 * @example findInvoiceNumbers('notre facture n° 1207 et 1215, bon de commande BC-7781') // → ['1207', '1215']
 */
import { findAmounts } from '../../text/money';
import { findDates } from '../../text/dates';
import { defineGate } from '../../text/candidates';

export const id = 'invoice-number';

export interface NumberHit { number: string; start: number; end: number }

const TOKEN = String.raw`#?(?:[A-Z]{1,6}[-/]?)?\d[A-Z0-9]*(?:[-/.][A-Z0-9]+)*`;
const KEYWORD = String.raw`\b(?:factures?|invoices?|fact\.|inv\.|rechnung|notes? d'honoraires)(?:\s+(?:de\s+solde|d'acompte|rectificative|finale?|originale?|suivante))?`;
const LEAD = String.raw`(?:\s*(?:n°|n°s|no\.?|nos\.?|num[ée]ro|number|nr\.?|ref\.?|réf\.?|#))?\s*:?\s*`;
/**
 * What every KEYWORD match holds, folded (see text/candidates): a unit without it names no invoice after a
 * keyword. Anywhere in a word: KEYWORD reads the raw unit, where "é" before "facture" is a word boundary.
 */
export const NUMBER_GATE = defineGate(['factur', 'invoice', 'fact.', 'inv.', 'rechnung', 'honoraires'], false);
const FIRST = new RegExp(`${KEYWORD}${LEAD}(${TOKEN})`, 'gi');
const MORE = new RegExp(String.raw`^\s*(?:,|et|and|&|/)\s*(?:(?:la|the)\s+)?(?:n°\s*|#)?(${TOKEN})`, 'i');
// The token ends the reference: a blank, colon, parenthesis, dash, comma or semicolon after it, but not a
// dash that goes on with letters or digits ("PR-2025-0142," is one reference, not "PR-2025").
const LIST_START = new RegExp(String.raw`^\s*(?:[-•*·]\s*)?(${TOKEN})(?=[\s:(–,;]|-(?![A-Za-z0-9]))`, 'i');

/** Cleans a raw token; null when it is not an invoice number (date, amount, year, too short). */
export function cleanNumber(raw: string, after: string): string | null {
  const t = raw.replace(/^#/, '').replace(/[.\-/]+$/, '');
  const digits = t.replace(/\D/g, '').length;
  if (digits < 3 || t.length > 24 || /[a-z]/.test(t)) return null;
  if (/^\d{1,3}$/.test(t)) return null;
  if (/^(?:19|20)\d{2}$/.test(t)) return null; // a year
  if (/^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(t) || /^\d{4}-\d{2}-\d{2}$/.test(t)) return null; // a date
  if (/^[,.]\d{2}\b/.test(after) || /^\s?(?:€|EUR|USD|GBP|\$|£|%)/i.test(after)) return null; // an amount
  return t;
}

export function findInvoiceNumbers(text: string): NumberHit[] {
  const hits: NumberHit[] = [];
  const push = (raw: string, start: number) => {
    const end = start + raw.length;
    const n = cleanNumber(raw, text.slice(end, end + 6));
    if (n && !hits.some((h) => h.start === start)) hits.push({ number: n, start, end });
    return n !== null;
  };
  for (const m of text.matchAll(FIRST)) {
    const raw = m[1]!;
    let pos = m.index! + m[0].length - raw.length;
    if (!push(raw, pos)) continue;
    pos += raw.length;
    // "n° 1207 (4 320,00 €) et n° 1215": skip a short parenthesis between list items.
    for (let guard = 0; guard < 6; guard++) {
      let rest = text.slice(pos, pos + 120);
      const paren = /^\s*\([^()]{0,80}\)/.exec(rest);
      const skip = paren ? paren[0].length : 0;
      rest = rest.slice(skip);
      const more = MORE.exec(rest);
      if (!more) break;
      const at = pos + skip + more.index + more[0].length - more[1]!.length;
      if (!push(more[1]!, at)) break;
      pos = at + more[1]!.length;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Statement or table line: "FA-2024-0340  du 29/03/2024  échéance 30/04/2024  1 152,00 EUR TTC". */
export function findStatementNumber(line: string): NumberHit | null {
  const m = LIST_START.exec(line);
  if (!m) return null;
  const raw = m[1]!;
  if (!/[-/]/.test(raw) && !/^[A-Z]/i.test(raw) && raw.replace(/\D/g, '').length < 5) return null;
  const start = m.index + m[0].length - raw.length;
  const n = cleanNumber(raw, line.slice(start + raw.length, start + raw.length + 6));
  if (!n || findAmounts(line).length === 0 || findDates(line, null).length === 0) return null;
  return { number: n, start, end: start + raw.length };
}

/** Same number written differently ("#2025-044" / "2025-044", case). */
export function sameNumber(a: string, b: string): boolean {
  return a.replace(/^#/, '').toUpperCase() === b.replace(/^#/, '').toUpperCase();
}
