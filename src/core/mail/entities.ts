/**
 * HTML character references for mail text: every numeric reference (with the WHATWG windows-1252
 * remapping of &#128;–&#159;) and the HTML 4 named set (Latin-1, typographic punctuation, €, ™, arrows
 * and common symbols) — what mail clients actually emit. The full WHATWG table (the `entities`
 * package) weighs ~30 KB minified, half the task pane's first-download budget, for 2,000 names mail
 * never uses; an unknown name is left as written, never guessed. A test checks this table against
 * `entities` name by name.
 * @example decodeEntities('1&nbsp;240,00&nbsp;&euro; &ndash; &#233;ch&#xE9;ance') // → '1\u00a0240,00\u00a0€ – échéance'
 */

const LATIN1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute '
  + 'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil '
  + 'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute '
  + 'Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute '
  + 'icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml').split(' ');

const OTHERS: Record<string, number> = {
  quot: 34, amp: 38, apos: 39, lt: 60, gt: 62, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402,
  circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211,
  mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225,
  bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260,
  euro: 8364, trade: 8482, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, minus: 8722, le: 8804, ge: 8805,
  ne: 8800, asymp: 8776, infin: 8734, sum: 8721, radic: 8730, loz: 9674, spades: 9824, clubs: 9827, hearts: 9829, diams: 9830,
};

const NAMED = new Map<string, string>([
  ...LATIN1.map((name, i) => [name, String.fromCharCode(160 + i)] as [string, string]),
  ...Object.entries(OTHERS).map(([name, cp]) => [name, String.fromCharCode(cp)] as [string, string]),
]);
/** Names browsers also accept without the final semicolon (the Latin-1 set and the four basics). */
const LEGACY = new Set([...LATIN1, 'amp', 'lt', 'gt', 'quot']);

/** WHATWG: &#128;–&#159; name windows-1252 characters. */
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fromCodePoint(cp: number): string {
  if (cp >= 0x80 && cp <= 0x9f) return C1[cp - 0x80]!;
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

const REF = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g;

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(REF, (whole, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (dec !== undefined) return fromCodePoint(Number(dec));
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    const ch = semi ? NAMED.get(name!) : undefined;
    if (ch !== undefined) return ch;
    // WHATWG: a legacy name may stand without its semicolon, as the longest prefix (`&nbsp240` → nbsp + 240).
    for (let n = name!.length; n >= 2; n--) {
      const prefix = name!.slice(0, n);
      if (LEGACY.has(prefix)) return NAMED.get(prefix)! + whole.slice(1 + n);
    }
    return whole;
  });
}
