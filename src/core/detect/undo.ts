/**
 * What the mail reader undoes before the rules read a word, undone on a raw message's text for the
 * prefilter to scan again: quoted-printable (soft line breaks, then =XX escapes), format=flowed line
 * joins, HTML tags and comments, then numeric character references. This is the reference; the
 * prefilter runs the same passes compiled (windows.wat) where WebAssembly runs, and the tests hold the
 * two equal.
 */

/** What to undo (bits): quoted-printable, format=flowed, HTML tags. Numeric references are always decoded. */
export const QP = 1, FLOWED = 2, HTML = 4;

/**
 * The text undone: one view, or two for format=flowed (its line joins read with a space, and without
 * one for delsp=yes); a view that nothing changed is left out.
 * @example undoneViews('Fac=\r\ntu<b>r</b>e &#233;', QP | HTML) // → ['Facture é']
 */
export function undoneViews(s: string, what: number): string[] {
  let t = s;
  if (what & QP) t = qpEscapes(t.replace(/=\r?\n/g, ''));
  const views = what & FLOWED ? [t.replace(FLOWED_JOIN, ' '), t.replace(FLOWED_JOIN, '')] : [t];
  return views.map((v) => {
    const u = what & HTML ? v.replace(TAG, '') : v;
    return u.includes('&#') ? u.replace(NUMERIC_REFERENCE, (_, x?: string, d?: string) => char(x ? parseInt(x, 16) : Number(d))) : u;
  }).filter((v) => v !== s);
}

const FLOWED_JOIN = / \r?\n(?:> ?)*/g;
const NUMERIC_REFERENCE = /&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?/gi;

const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 10; c++) HEX[48 + c] = c;
for (let c = 0; c < 6; c++) { HEX[65 + c] = 10 + c; HEX[97 + c] = 10 + c; }

/**
 * `=XX` escapes decoded, any other "=" kept: `s.replace(/=([0-9a-f]{2})/gi, …)` without a call per escape
 * (QP bodies hold one every few characters), three times faster over SpamAssassin.
 * @example qpEscapes('r=C3=A9gl=65ment =3D x=') // → 'r\xc3\xa9glement = x='
 */
export function qpEscapes(s: string): string {
  const parts = s.split('=');
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!;
    const a = HEX[p.charCodeAt(0)] ?? -1, b = HEX[p.charCodeAt(1)] ?? -1;
    out += a >= 0 && b >= 0 ? String.fromCharCode(a * 16 + b) + p.slice(2) : `=${p}`;
  }
  return out;
}

/** Tags and comments, as the mail module's HTML reader skips them (mail/html-to-text.ts). */
const TAG = /<!--[\s\S]*?-->|<[!?][^>]*>|<\/?[a-z][a-z0-9:-]{0,40}(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** A numeric reference's character: none for 0 or past U+10FFFF, U+FFFD for a surrogate (as HTML reads them). */
function char(code: number): string {
  if (code <= 0 || code > 0x10ffff) return '';
  return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : String.fromCodePoint(code);
}
