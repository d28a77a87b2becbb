/**
 * Cuts a message's text into the units the rules read: sentences of prose, and lines of lists,
 * tables and "Label : value" blocks kept whole (a statement line carries its number, amount and
 * due date together). Wrapped prose lines are joined back first.
 * @example toUnits('Total TTC : 1 240,00 €\nÉchéance : 15/03/2025\nMerci. Bonne journée.')
 * // → ['Total TTC : 1 240,00 €', 'Échéance : 15/03/2025', 'Merci.', 'Bonne journée.']
 */

/** Same text with no-break and odd spaces, curly quotes and dashes made plain (offsets unchanged). */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\u2009\u200a\t]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, '–')
    .replace(/\u200b/g, ' ');
}

const LIST_LINE = /^\s*(?:[-•*·>–]|\d+[.)]\s)/;
const LABEL_LINE = /^[^.!?]{1,40}\s:\s?\S/;

export function toUnits(rawText: string): string[] {
  const lines = normalizeText(rawText).split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
  const merged: string[] = [];
  for (const line of lines) {
    if (!line) { merged.push(''); continue; }
    const prev = merged[merged.length - 1];
    const wrapped = prev && prev.length >= 40 && !/[.:;!?]$/.test(prev) && !LIST_LINE.test(line) && !LABEL_LINE.test(line)
      && /^[a-zà-ÿ0-9(«"']/.test(line) && !LABEL_LINE.test(prev);
    if (wrapped) merged[merged.length - 1] = `${prev} ${line}`;
    else merged.push(line);
  }
  const units: string[] = [];
  for (const line of merged) {
    if (!line) continue;
    if (LIST_LINE.test(line) || LABEL_LINE.test(line)) { units.push(line); continue; }
    for (const s of line.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«"(])/)) if (s.trim()) units.push(s.trim());
  }
  return units;
}

// Every rule folds the same sentences: a memo keeps that to once per sentence. It is emptied only when it
// holds more than a long thread's units (a 200 KB message has ~6,000): emptied at 4,000 it was refilled
// on every rule's pass over such a message.
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;
const NOT_PLAIN = /[^\x20-\x7e]/;

/** Lower case without accents, apostrophes made plain: what the wording rules match against. */
export function fold(s: string): string {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const f = foldText(s);
  if (memo.size > MEMO_MAX) memo.clear();
  memo.set(s, f);
  return f;
}

/** `fold` without the memo (for a whole message's text, folded once). */
export function foldText(s: string): string {
  // Decimal points inside amounts ("£8,640.00") would end a "[^.]" run: made commas. Printable ASCII has
  // nothing to normalise, decompose or strip.
  const lower = NOT_PLAIN.test(s) ? normalizeText(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() : s.toLowerCase();
  return lower.replace(/(\d)\.(?=\d)/g, '$1,');
}

/**
 * Words without which a thread cannot be a debtor thread: every invoice number follows "facture" or
 * "invoice", and every claim, reminder or acknowledgement names the invoice, the payment or the reminder.
 * A thread with none of them is not read further, which keeps detection fast on ordinary mail.
 */
const GATE = /factur|invoice|rechnung|relanc|impay|unpaid|overdue|remind|r[èée]glement|paiement|payment|r[ée]gulari|demeure/i;

export function mayMatter(text: string): boolean {
  return GATE.test(text);
}
