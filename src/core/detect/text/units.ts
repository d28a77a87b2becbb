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

// A list item, or a line opening with a date: a statement's rows ("03/04/2025  Invoice INV-30418  …") stand alone.
const LIST_LINE = /^\s*(?:[-•*·>–]|\d+[.)]\s|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s|\d{4}-\d{2}-\d{2}\s)/;
/**
 * LIST_LINE.test on a line toUnits made (trimmed, so it opens with no blank): its first character is a
 * digit or a list mark, else the regex cannot match (most lines are prose: no call at all).
 */
function listLine(line: string): boolean {
  const c = line.charCodeAt(0);
  return ((c >= 48 && c <= 57) || c === 45 || c === 0x2022 || c === 42 || c === 0xb7 || c === 62 || c === 0x2013) && LIST_LINE.test(line);
}
const LABEL_LINE = /^[^.!?]{1,40}\s:\s?\S/;
/**
 * LABEL_LINE.test on a line toUnits made (its blanks are single spaces): a " :" starts at the 2nd to 41st
 * character, else the regex cannot match (it backtracks through 40 characters on each prose line, and a
 * URL's "http:" would send every link there).
 */
function labelLine(line: string): boolean {
  const colon = line.indexOf(' :', 1);
  return colon >= 1 && colon <= 40 && LABEL_LINE.test(line);
}
const QUOTE_OR_DASH = /[\u2018\u2019\u02bc\u2014]/g;
// A run of blanks (any white space but the line break, or a zero-width space) that is not a single space. The
// class spells out JavaScript's \s without "\n" plus U+200B (one class scans faster than an alternation).
const BLANK = String.raw`\t\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b`;
const BLANKS = new RegExp(`[ ${BLANK}]{2,}|[${BLANK}]`, 'g');

/**
 * Same as `normalizeText` then each line (split at "\n" or "\r\n") with its blanks made one space and
 * trimmed, in one pass per rule over the whole text: no-break and odd spaces are white space, so they
 * become a space either way, and a "\r" before "\n" is a blank at the end of its line.
 */
function plainLines(text: string): string[] {
  const plain = text.replace(QUOTE_OR_DASH, (c) => (c === '\u2014' ? '–' : "'")).replace(BLANKS, ' ');
  // Each line cut out already trimmed (one string per line, not one to split and one to trim): its blanks
  // are now one space, so at most one space is at each end.
  const lines: string[] = [];
  for (let start = 0; start <= plain.length;) {
    let end = plain.indexOf('\n', start);
    if (end < 0) end = plain.length;
    let from = start, to = end;
    if (from < to && plain.charCodeAt(from) === 32) from++;
    if (from < to && plain.charCodeAt(to - 1) === 32) to--;
    lines.push(plain.slice(from, to));
    start = end + 1;
  }
  return lines;
}

/** A wrapped line's first character: /^[a-zà-ÿ0-9(«"']/. */
function continues(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff) || (c >= 48 && c <= 57) || c === 40 || c === 0xab || c === 34 || c === 39;
}

// Where a sentence ends inside a line: /(?<=[.!?])\s+(?=[A-ZÀ-Ý«"(])/ once blanks are single spaces.
const SENTENCE_END = /[.!?] (?=[A-ZÀ-Ý«"(])/g;

// LABEL_LINE reads at most the first 44 characters ({1,40} then " : x").
function head(first: string, more: string[] | null): string {
  let h = first;
  for (let i = 0; more && h.length < 44 && i < more.length; i++) h += ` ${more[i]}`;
  return h;
}

/** A piece ends a sentence or a label ("." ":" ";" "!" "?"): the next line does not continue it. */
function ends(piece: string): boolean {
  const c = piece.charCodeAt(piece.length - 1);
  return c === 46 || c === 58 || c === 59 || c === 33 || c === 63;
}

/**
 * The units of one line once joined back from its pieces (`first`, then those wrapped onto it): the line
 * whole (list or label line), else its sentences. `alone`: whether a line of one piece is a list or label
 * line, when the wrap test found out (else null).
 */
function cut(first: string, more: string[] | null, alone: boolean | null, units: string[]): void {
  // A joined line is tested whole: "\d+[.)]\s" may read past its first piece.
  const line = more ? `${first} ${more.join(' ')}` : first;
  if (!more && alone !== null ? alone : listLine(line) || labelLine(line)) { units.push(line); return; }
  // Sentences end at ". " (or "! ", "? ") before a capital, a quote or a parenthesis; a line's blanks
  // are single spaces and it is trimmed, so each piece is trimmed and not empty. Most lines hold none of
  // the three pairs: looking for them is much cheaper than running the regex.
  if (line.indexOf('. ') < 0 && line.indexOf('! ') < 0 && line.indexOf('? ') < 0) { units.push(line); return; }
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(line); m; m = SENTENCE_END.exec(line)) {
    units.push(line.slice(from, m.index + 1));
    from = m.index + 2;
  }
  units.push(from ? line.slice(from) : line);
}

export function toUnits(rawText: string): string[] {
  // Wrapped prose lines are joined back, one line at a time: the line being joined is kept as its pieces
  // (a string grown line by line is copied each time a regex reads it, quadratic on a long paragraph) and
  // cut into units as soon as the next line does not continue it. Most lines are one piece: no array.
  const units: string[] = [];
  let first = '', more: string[] | null = null, length = 0, alone: boolean | null = null;
  for (const line of plainLines(rawText)) {
    if (!line) {
      if (first) { cut(first, more, alone, units); first = ''; }
      continue;
    }
    // The cheap character checks first; same conditions as a prose line wrapped by the mailer.
    let own: boolean | null = null;
    const wrapped = first !== '' && length >= 40 && continues(line) && !ends(more ? more[more.length - 1]! : first)
      && !(own = listLine(line) || labelLine(line)) && !labelLine(head(first, more));
    if (wrapped) {
      (more ??= []).push(line);
      length += line.length + 1;
      continue;
    }
    if (first) cut(first, more, alone, units);
    first = line;
    more = null;
    length = line.length;
    alone = own;
  }
  if (first) cut(first, more, alone, units);
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
// Every invoice-number keyword is a gate word ("Fact. 25-118", "note d'honoraires NH-2025-014").
const GATE = /factur|invoice|rechnung|\bfact\.|\binv\.|honoraires|relanc|impay|unpaid|overdue|remind|r[èée]glement|paiement|payment|r[ée]gulari|demeure/i;

export function mayMatter(text: string): boolean {
  return GATE.test(text);
}
