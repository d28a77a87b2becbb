/**
 * invoice-amount — reads what an amount stands for from the words around it: the total with tax
 * ("Montant TTC", "Total due", "including VAT"), the net (HT) and the VAT, what is still due ("solde",
 * "reste", "remaining", "outstanding"), a partial payment or a credit note to deduct, or something to
 * ignore (penalties, the 40 € indemnity, unit prices, a sum of several invoices).
 * @example classifyAmounts('Montant HT : 1 033,33 € – TVA 20 % : 206,67 € – Montant TTC : 1 240,00 €').map((a) => a.kind)
 * // → ['ht', 'vat', 'ttc']
 */
import type { Cents, Currency } from '../../../model';
import { findAmounts } from '../../text/money';
import { fold } from '../../text/units';

export const id = 'invoice-amount';

export type AmountKind = 'ttc' | 'plain' | 'ht' | 'vat' | 'remaining' | 'deduction' | 'sum' | 'ignore';

export interface ClassifiedAmount {
  cents: Cents;
  currency: Currency | null;
  kind: AmountKind;
}

const IGNORE_BEFORE = /(?:indemnite|penalite|interets?|majoration|frais de recouvrement|late fee|compensation|budget|capital social|au capital|prix unitaire|taux|refund|remboursement)/;
const IGNORE_NEAR = /(?:\bat|\bx|a raison de)\s*$/;
const IGNORE_AFTER = /^\s*(?:\/|par (?:jour|heure|mois|an)|per |an hour|a day|\/day|ht\/)/;
const SUM = /(?:au total|soit un total|total du|total des|total de ces|in total|combined|soit au total)/;
const REMAINING = /(?:solde|reste|restant|remaining|balance|outstanding|still due|amount due|montant du\b)/;
const DEDUCTION = /(?:retenue de garantie|retention|acompte|virement partiel|premier virement|deja regle|deja verse|avoir|credit note|partial payment|part payment|deposit|verse(?:ment)? de)/;
// "un chèque de 500,00 $ en acompte sur la facture", "£200 as a part payment"
const DEDUCTION_AFTER = /^\s*(?:ca\b|ttc\b)?\s*(?:en acompte|d'acompte|a titre d'acompte|as (?:a )?(?:deposit|part payment|partial payment))\b/;
const HT = /(?:\bht\b|hors taxes?|net amount|\bnet\b|subtotal|sous-total|excl(?:uding|\.)? vat|before vat|ex vat)/;
const VAT = /(?:\btva\b|\bvat\b(?! included| incl)|taxe)/;
const TTC = /(?:\bttc\b|toutes taxes|total|including vat|incl(?:uding|\.)? vat|vat included|tax included|net de taxe|amount due|montant a payer|a regler)/;

/** Classifies every amount of one piece of text (a sentence or a line), in order. */
export function classifyAmounts(text: string, manyInvoices = false): ClassifiedAmount[] {
  const out: ClassifiedAmount[] = [];
  let prevEnd = 0;
  for (const a of findAmounts(text)) {
    // A "TVA … : 420,00 €" line: the label opens the text (or follows the previous amount) further away than `near`.
    const label = fold(text.slice(prevEnd, a.start)).trimStart();
    const vatLabel = /^(?:[-•*]\s*)?(?:tva|vat)\b/.test(label) && !/\bttc\b|total|incl/.test(label);
    const since = fold(text.slice(Math.max(prevEnd, a.start - 80), a.start));
    const near = fold(text.slice(Math.max(prevEnd, a.start - 22), a.start));
    const after = fold(text.slice(a.end, a.end + 22));
    prevEnd = a.end;
    let kind: AmountKind;
    if (IGNORE_BEFORE.test(since) || IGNORE_NEAR.test(near) || IGNORE_AFTER.test(after)) kind = 'ignore';
    else if (manyInvoices && (SUM.test(since) || SUM.test(after))) kind = 'sum';
    else if (/\bttc\b|toutes taxes|including vat|vat included/.test(near)) kind = 'ttc';
    else if (/^\s*(?:ht\b|hors taxe|\(?excl)/.test(after) || HT.test(near)) kind = 'ht';
    else if ((VAT.test(near) || vatLabel) && !/^\s*(?:ttc|\(?including)/.test(after)) kind = 'vat';
    else if (DEDUCTION.test(since) || DEDUCTION_AFTER.test(after)) kind = 'deduction';
    else if (REMAINING.test(since)) kind = 'remaining';
    else if (TTC.test(near) || /^\s*(?:ttc|\(?(?:including|incl\.?) vat|\(?vat included|net de taxe)/.test(after)) kind = 'ttc';
    else kind = 'plain';
    out.push({ cents: a.cents, currency: a.currency, kind });
  }
  return out;
}

/** The VAT rate a text states ("TVA 20 %", "VAT at 20%"), in hundredths of a point, or null. */
export function vatRate(text: string): number | null {
  const m = /\b(?:tva|vat)\b[^0-9%]{0,12}(\d{1,2})(?:[.,](\d{1,2}))?\s?%/.exec(fold(text));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

// A statement's column headings, in order: what each amount column holds ("Montant TTC | Réglé | Reste dû").
const COLUMN = /\b(?:(reste (?:a payer|du|a regler)|restant du|solde du|solde|balance due|balance|amount due|outstanding|open amount)|(regle|paye|paid|encaisse|received|verse|acompte|avoir)|(montant ht|total ht|net amount|hors taxes)|(montant ttc|montant|total ttc|total|ttc|amount|gross))\b/g;
const KIND_OF_GROUP: AmountKind[] = ['remaining', 'deduction', 'ht', 'ttc'];
// Amounts a statement writes as nothing due ("0,00 €"): findAmounts leaves them out, a column still needs them.
const ZERO = /(?<![\d.,])0(?:[.,]00?)?\s?(?:€|eur\b|euros?\b|\$|£|usd\b|gbp\b|chf\b)|(?:€|\$|£|\b(?:eur|usd|gbp|chf))\s?0(?:[.,]00?)?(?![\d.,]*\d)/gi;

/**
 * The kinds of a statement heading's amount columns, in order, when it names at least two and holds no
 * amount itself ("Pièce Date Échéance Montant TTC Réglé Reste dû" → ttc, deduction, remaining), else null.
 * @example tableColumns('Pièce Date Échéance Montant TTC Réglé Reste dû') // → ['ttc', 'deduction', 'remaining']
 */
export function tableColumns(heading: string): AmountKind[] | null {
  if (findAmounts(heading).length) return null;
  const kinds: AmountKind[] = [];
  for (const m of fold(heading).matchAll(COLUMN)) kinds.push(KIND_OF_GROUP[[1, 2, 3, 4].find((g) => m[g] !== undefined)! - 1]!);
  return kinds.length >= 2 ? kinds : null;
}

/**
 * A statement row read by its heading's columns: every amount of the row (those written as zero too) in
 * column order, when there are as many as columns; null otherwise. A zero amount has `cents` 0.
 * @example tableRow('FC-2417 31/12/2024 31/01/2025 1 560,00 € 500,00 € 1 060,00 €', ['ttc', 'deduction', 'remaining']).map((a) => a.cents)
 * // → [156000, 50000, 106000]
 */
export function tableRow(row: string, columns: AmountKind[]): ClassifiedAmount[] | null {
  const cells = [...findAmounts(row).map((a) => ({ start: a.start, cents: a.cents, currency: a.currency })),
    ...[...row.matchAll(ZERO)].map((m) => ({ start: m.index!, cents: 0, currency: null as Currency | null }))].sort((a, b) => a.start - b.start);
  if (cells.length !== columns.length) return null;
  return cells.map((c, i) => ({ cents: c.cents, currency: c.currency, kind: columns[i]! }));
}
