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

/** Lower case without accents, apostrophes made plain: what the wording rules match against. */
export function fold(s: string): string {
  // Decimal points inside amounts ("£8,640.00") would end a "[^.]" run: made commas.
  return normalizeText(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/(\d)\.(?=\d)/g, '$1,');
}

/** The first unit a pattern matches, or null. */
export function firstMatch(units: string[], re: RegExp): string | null {
  for (const u of units) if (re.test(fold(u))) return u;
  return null;
}
