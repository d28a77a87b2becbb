/**
 * A raw-bytes prefilter for ordinary mail: most messages in a mailbox say nothing about an invoice or a
 * payment, and parsing them (MIME, quoted history, HTML) costs far more than looking at their bytes.
 * `mayConcernPayment` answers false only when the message provably cannot be a debtor thread:
 *   - it reads as a mail (a header block with From/Date/Subject/Message-ID at its top, so the parser
 *     would not refuse it), and
 *   - nothing in it is hidden from a byte scan: no base64 (or other encoded) part but image, audio or
 *     video ones, no RFC 2047 encoded-word, no RFC 2231 parameter, no PDF or XML part (those go through
 *     extractInvoice), no NUL byte, no UTF-16/32 charset (unknown labels are read as windows-1252 by the
 *     mail reader, which keeps ASCII letters as they are), no uuencoded block, and
 *   - no word the detection rules key on appears anywhere (headers and bodies), neither in the bytes nor
 *     once what the mail reader undoes is undone (quoted-printable, format=flowed joins, HTML tags, numeric
 *     entities): the words of the detector's own gate (text/units.ts `mayMatter`), plus every word of the
 *     payment-request, invoice-sent and relance-marker rules that can act on a subject alone. Stems avoid
 *     accented letters or allow any encoding of one ("règlement" in Latin-1, UTF-8, QP or "&egrave;").
 * Anything in doubt answers true: the message is then parsed and analysed as usual.
 */

const latin1 = new TextDecoder('latin1');

/** An "e", plain or accented, however written: ASCII, Latin-1, UTF-8 (combining mark too), QP, HTML entity. */
const E = String.raw`(?:e(?:[\x80-\xff\u0300-\u036f]{1,3})?|[\x80-\xff]{1,3}|=[0-9a-f]{2}(?:=[0-9a-f]{2}){0,2}|&[a-z]{2,8};)`;
/** Space between two words of a phrase: blanks, no-break and thin spaces, entities, tags, folded lines. */
const S = String.raw`(?:[\s\xa0]|\xc2\xa0|\xe2\x80[\x80-\xaf]|=20|=a0|=\r?\n|&[a-z]{2,8};|<[^<>]{0,300}>)+`;

/** Words as the rules read them at a word start (checked in the scan loop: "manufacture" is no invoice). */
const START = [
  // the detector's gate (text/units.ts)
  'factur', 'invoice', 'rechnung', 'relanc', 'impay', 'unpaid', 'overdue', 'remind', 'paiement', 'payment', 'demeure',
  // payment-request wording outside the gate (it acts on a subject alone)
  'rappel', `pay${E}(?:es?|s)?(?![a-z])`, `honor${E}(?:es?|s)?(?![a-z])`, 'virement', 'remittance',
  `settle${S}(?:the|this|your|our)`, `past${S}due`, `fell${S}due`, `final${S}notice`, `transfer${S}the${S}amount`,
  // relance-marker ("[Formal notice · …]")
  `formal${S}notice`,
].join('|');

/** Stems inside a word ("règlement", "régulariser", "échue", "débiteur"), and phrases found by their last word. */
const INSIDE = [
  'glement', 'gulari', 'chue', 'biteur',
  `gl(?<=r${E}gl)`, `(?:outstanding|open)(?<=(?:remains?|still|is)${S}(?:outstanding|open))`,
  `expect(?<=(?:can|could|should)${S}expect)`, `paid(?<=(?:been|yet)${S}paid)`,
].join('|');

/** What a byte scan cannot see through (checked where it is found), then the words. */
const SCAN = new RegExp(
  String.raw`(content-transfer-encoding:)|(content-type:|content-disposition:)|(=\?[^?\s]{1,40}\?[bq]\?)|(\x00|\nbegin [0-7]{3} |\*=|\*0\*?=)|(${START})|(${INSIDE})`,
  'gi',
);

const READABLE = /^(?:From [^\n]*\n)?(?:[!-9;-~]{1,80}:[^\n]*\n(?:[ \t][^\n]*\n)*)*?(?:from|date|subject|message-id):/i;
const SAFE_ENCODING = /^[ \t]*(?:\r?\n[ \t]+)?"?(?:7bit|8bit|binary|quoted-printable)"?[ \t]*\r?\n?$/i;
const MEDIA = /content-type:[ \t]*(?:\r?\n[ \t]+)?"?(?:image|audio|video)\//i;
// Charsets whose bytes are not ASCII for ASCII letters (the mail reader falls back to windows-1252 on unknown labels).
const WIDE_CHARSET = /utf-?16|utf-?32|ucs|unicode|10646/i;

/**
 * False only when the raw message cannot be a debtor thread (see above); true means "parse it".
 * @example mayConcernPayment(new TextEncoder().encode('From: a@b.fr\r\nSubject: Lunch\r\n\r\nNoon?\r\n')) // → false
 * @example mayConcernPayment(new TextEncoder().encode('From: a@b.fr\r\nSubject: Facture FA-12\r\n\r\nCi-joint.\r\n')) // → true
 */
export function mayConcernPayment(raw: Uint8Array): boolean {
  if (raw.length === 0) return true;
  const s = latin1.decode(raw);
  if (!READABLE.test(s.slice(0, 64_000))) return true;
  if (hidden(s)) return true;
  // What the mail reader undoes before the rules read a word, undone here too and scanned again:
  // quoted-printable (soft breaks, =XX), format=flowed joins, HTML tags then numeric entities.
  let t = s;
  if (/quoted-printable/i.test(t)) t = t.replace(/=\r?\n/g, '').replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  if (/format[ \t]*=[ \t]*"?flowed/i.test(t)) t = t.replace(/ \r?\n(?:> ?)*/g, ' ') + t.replace(/ \r?\n(?:> ?)*/g, '');
  if (/text\/html/i.test(t)) t = t.replace(TAG, '');
  if (t.includes('&#')) t = t.replace(/&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?/gi, (_, x?: string, d?: string) => char(x ? parseInt(x, 16) : Number(d)));
  return t !== s && hidden(t);
}

/** Tags and comments, as the mail module's HTML reader skips them (mail/html-to-text.ts). */
const TAG = /<!--[\s\S]*?-->|<[!?][^>]*>|<\/?[a-z][a-z0-9:-]{0,40}(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

function char(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

/** True at the first hidden part or payment word. */
function hidden(s: string): boolean {
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(s); m; m = SCAN.exec(s)) {
    if (m[1] !== undefined) { if (!harmlessEncoding(s, SCAN.lastIndex)) return true; }
    else if (m[2] !== undefined) { if (!harmlessType(headerValue(s, SCAN.lastIndex))) return true; }
    else if (m[5] === undefined || !/[a-z]/i.test(s.charAt(m.index - 1))) return true;
    else SCAN.lastIndex = m.index + 1;
  }
  return false;
}

/** The value of a header from `at` (folded lines joined), at most 2,000 characters. */
function headerValue(s: string, at: number): string {
  let end = at;
  const limit = Math.min(s.length, at + 2000);
  while (end < limit) {
    const nl = s.indexOf('\n', end);
    if (nl < 0 || nl >= limit) { end = limit; break; }
    end = nl + 1;
    const c = s.charCodeAt(end);
    if (c !== 32 && c !== 9) break;
  }
  return s.slice(at, end);
}

/** A Content-Type/Disposition value a byte scan reads fine: no PDF/XML, no odd charset, no encoded name. */
function harmlessType(value: string): boolean {
  if (/pdf|xml|=\?|\*=|\*0/i.test(value)) return false;
  const charset = /charset[ \t]*=[ \t]*"?([^";\s]*)/i.exec(value)?.[1];
  return charset === undefined || !WIDE_CHARSET.test(charset);
}

/** 7bit/8bit/binary/QP anywhere; base64 and the rest only on an image, audio or video part. */
function harmlessEncoding(s: string, at: number): boolean {
  if (SAFE_ENCODING.test(headerValue(s, at))) return true;
  const start = Math.max(s.lastIndexOf('\n\n', at), s.lastIndexOf('\n\r\n', at));
  const endLf = s.indexOf('\n\n', at), endCrLf = s.indexOf('\n\r\n', at);
  const end = Math.min(endLf < 0 ? s.length : endLf, endCrLf < 0 ? s.length : endCrLf);
  const block = s.slice(start < 0 ? 0 : start, end);
  return MEDIA.test(block) && !/pdf|xml|=\?|\*=/i.test(block);
}
