/**
 * The prefilter's window tables (prefilter.ts, windows.ts): the class of each byte, which windows of
 * four classes to check (ACT), and which checks still hold once the next character is known (NEXT).
 */
import { isTail } from './windows';
import { GATE_AT, GATE_FIRST4, GATE_START, SUBJECT_START } from './prefilter-words';

/**
 * The scan keeps the classes of the last four characters in a 20-bit window (5 bits each: 0 for any
 * non-letter, 1-26 for a letter in either case, 27-31 for = * & NUL ?) and looks it up in ACT, which
 * says what to check there: most characters cost one table look-up and no branch taken.
 */
export const CLASS = new Uint8Array(256);
for (let c = 0; c < 26; c++) { CLASS[65 + c] = c + 1; CLASS[97 + c] = c + 1; }
CLASS[61] = 27; CLASS[42] = 28; CLASS[38] = 29; CLASS[0] = 30; CLASS[63] = 31;
export const WORD = 1, STEM_BACK3 = 2, STEM_BACK1 = 4, STAR = 8, NUL = 16, EQ_QUESTION = 32, GATE_BACK3 = 64;
export const ACT = new Uint8Array(1 << 20);
export const cls = (ch: string) => CLASS[ch.charCodeAt(0)]!;
/** Marks every window whose last classes are `tail`. */
function mark(tail: number[], act: number): void {
  if (!isTail(tail)) throw new Error(`not a window tail: ${tail.join(',')}`);
  const low = tail.reduce((h, c) => (h << 5) | c, 0);
  for (let head = 0; head < 1 << (5 * (4 - tail.length)); head++) ACT[(head << (5 * tail.length)) | low]! |= act;
}
// A word start (a non-letter, then three letters) opening something AT_START reads.
export const WORD_STARTS = ['content', 'begin', 'quoted', 'format', 'text', 'outstanding', 'open', 'payable', 'due', 'vois', 'voyons', ...GATE_START, ...SUBJECT_START];
for (const w of WORD_STARTS) {
  const letters = [...w.slice(0, 3)].map(cls);
  if (letters.some((c) => c < 1 || c > 26)) continue;
  for (const before of [0, 27, 28, 29, 30, 31]) mark([before, ...letters], WORD);
}
// Stems inside words, by their first letters; "gl" after any way of writing an "e" (e, a-f of =XX, or a non-letter).
for (const stem of ['chue', 'bite', 'gula', 'glem']) mark([...stem].map(cls), STEM_BACK3);
for (const before of [0, ...'abcdef'].map((c) => (typeof c === 'number' ? c : cls(c)))) mark([before, cls('g'), cls('l')], STEM_BACK1);
for (const first4 of GATE_FIRST4) mark([...first4].map(cls), GATE_BACK3);
mark([28], STAR);
mark([30], NUL);
mark([27, 31], EQ_QUESTION);

/**
 * NEXT: which acts still hold once the character after the window is known (keyed by the window's last
 * three classes and that character's class; all by default). A word start holds only if its fourth
 * character may continue one of the words it opens ("for " opens neither "format" nor "formal"), the
 * gate inside a word only if its fifth may, a "*" only before "=" or "0" (RFC 2231). Four in five
 * candidates over SpamAssassin go no further. The next characters are read from the patterns' own
 * sources: where a pattern is not a plain letter there, every character is allowed.
 */
export const NEXT = new Uint8Array(1 << 20).fill(0xff);
/** The class of the `k`th character a pattern source spells out, or null where it is not one literal character. */
function literalClass(source: string, k: number): number | null {
  const chars: string[] = [];
  for (let i = source.startsWith('\\b') ? 2 : 0; i < source.length && chars.length <= k; i++) {
    const c = source[i]!;
    if (/[a-z-:\/ ]/i.test(c)) chars.push(c);
    else if (c === '\\' && /[.\-/:]/.test(source[i + 1] ?? '')) chars.push(source[++i]!);
    else break;
  }
  const c = chars[k];
  return c === undefined ? null : c.charCodeAt(0) < 256 ? CLASS[c.charCodeAt(0)]! : 0;
}
/** For windows ending with `last3` (classes), the act bit holds only before the classes `allowed`. */
function holdOnlyBefore(last3: number, act: number, allowed: Set<number>): void {
  for (let next = 0; next < 32; next++) if (!allowed.has(next)) NEXT[(last3 << 5) | next]! &= ~act;
}
/** Groups sources by the classes of their first `n` characters, with the classes of the next one (null: any). */
function nextClasses(sources: string[], n: number): Map<number, Set<number> | null> {
  const out = new Map<number, Set<number> | null>();
  for (const source of sources) {
    const head = Array.from({ length: n }, (_, k) => literalClass(source, k));
    if (head.some((c) => c === null || c < 1 || c > 26) && n === 3) continue; // not a word start ACT marks
    if (head.some((c) => c === null)) continue;
    const key = head.slice(-3).reduce<number>((h, c) => (h << 5) | c!, 0);
    const next = literalClass(source, n);
    const seen = out.get(key);
    out.set(key, next === null || seen === null ? null : new Set([...(seen ?? []), next]));
  }
  return out;
}
for (const [last3, allowed] of nextClasses(WORD_STARTS, 3)) if (allowed) holdOnlyBefore(last3, WORD, allowed);
for (const [last3, allowed] of nextClasses(GATE_AT.source.split('|'), 4)) if (allowed) holdOnlyBefore(last3, GATE_BACK3, allowed);
for (let last3 = 28; last3 < 1 << 15; last3 += 32) holdOnlyBefore(last3, STAR, new Set([cls('='), cls('0')]));
