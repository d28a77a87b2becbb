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
 *   - no word the detection rules key on appears in what they read (the bodies, and of the message's own
 *     header block only Subject, Content-* and X-Relance-*: the rest, Received, DKIM, X-Spam-… and the
 *     address headers, feed no rule with words and are a third of an ordinary mail's bytes), neither in the bytes nor
 *     once what the mail reader undoes is undone (quoted-printable, format=flowed joins, HTML tags, numeric
 *     entities): the words of the detector's own gate (text/units.ts `mayMatter`) and Relance's markers
 *     anywhere; every other word of the payment-request, invoice-sent and relance-marker rules that can
 *     act on a subject alone only in a subject (with the gate shut, the rules read nothing but subjects),
 *     unless the gate opens somewhere, even inside another word. Stems avoid accented letters or allow any
 *     encoding of one ("règlement" in Latin-1, UTF-8, QP or "&egrave;").
 * Anything in doubt answers true: the message is then parsed and analysed as usual.
 *
 * How it reads (fast enough to cost about as much as decoding the bytes and one regex pass over them):
 * a window of the last four characters' classes runs over the bytes and stops only where a table says
 * something may start (windows.ts; compiled to WebAssembly, with the same loop in TypeScript as the
 * reference); there a sticky regex checks what the rules would read. Undoing (undo.ts) happens only
 * for a message that declares quoted-printable, flowed text or HTML, or holds a numeric reference, and
 * only past its header block; decoding (readMime) only for a message with a part it cannot read as is.
 */

import { splitMbox } from '../mail/mbox';
import { readMime } from '../mail/mime/read';
import { CompiledWindows, ScriptWindows, type UndoneView, type Windows } from './windows';
import { FLOWED, HTML, QP, undoneViews } from './undo';
import { GATE_AT, GATE_START, INSIDE, SUBJECT_START } from './prefilter-words';
import { ACT, CLASS, EQ_QUESTION, GATE_BACK3, NEXT, NUL, STAR, STEM_BACK1, STEM_BACK3, WORD } from './prefilter-tables';

const latin1 = new TextDecoder('latin1');

/** What names a quoted or attached message's subject (mail/quoted/markers.ts keys, raw headers). */
const SUBJECT_LABEL = /subject|objet|sujet/i;
/** How far before a word its subject label may stand in raw text (tags, entities, folded lines between). */
const LABEL_REACH = 1000;

/**
 * Checked at a word start: the headers that may hide a part (checked where they are found), what tells
 * the rescan which undoing is needed, then the words.
 */
const AT_START = new RegExp(
  String.raw`(content-transfer-encoding:)|(content-type:|content-disposition:)|(?<=\n)(begin [0-7]{3} )|(quoted-printable)|(format[ \t]*=[ \t]*"?flowed)|(text\/html)|`
    + `${GATE_START.join('|')}|(${SUBJECT_START.join('|')})`,
  'iy',
);


const ENCODED_WORD = /=\?[^?\s]{1,40}\?[bq]\?/iy;
const RFC2231 = /\*=|\*0\*?=/y;

const READABLE = /^(?:From [^\n]*\n)?(?:[!-9;-~]{1,80}:[^\n]*\n(?:[ \t][^\n]*\n)*)*?(?:from|date|subject|message-id):/i;
const SAFE_ENCODING = /^[ \t]*(?:\r?\n[ \t]+)?"?(?:7bit|8bit|binary|quoted-printable)"?[ \t]*\r?\n?$/i;
const MEDIA = /content-type:[ \t]*(?:\r?\n[ \t]+)?"?(?:image|audio|video)\//i;
// Charsets whose bytes are not ASCII for ASCII letters (the mail reader falls back to windows-1252 on unknown labels).
const WIDE_CHARSET = /utf-?16|utf-?32|ucs|unicode|10646/i;

// What the scan saw that the mail reader undoes (bits): the rescan undoes only those.
// HIDDEN: something only the mail reader's decoding shows (base64, encoded-words, RFC 2231, odd charsets).
// SUBJECT_WORD: a SUBJECT word seen outside a subject (it counts only if a gate word appears anywhere).
// GATE: the gate open somewhere in the text (GATE_AT), inside a word too.
// (QP, FLOWED and HTML are undo.ts's bits.)
const HIT = -1, ENTITY = 8, HIDDEN = 16, SUBJECT_WORD = 32, GATE = 64;
const UNDO = QP | FLOWED | HTML | ENTITY;

/**
 * False only when the raw message cannot be a debtor thread (see above); true means "parse it".
 * @example mayConcernPayment(new TextEncoder().encode('From: a@b.fr\r\nSubject: Lunch\r\n\r\nNoon?\r\n')) // → false
 * @example mayConcernPayment(new TextEncoder().encode('From: a@b.fr\r\nSubject: Facture FA-12\r\n\r\nCi-joint.\r\n')) // → true
 */
export function mayConcernPayment(raw: Uint8Array): boolean {
  if (raw.length === 0) return true;
  const s = latin1.decode(raw);
  if (!READABLE.test(s.length > 64_000 ? s.slice(0, 64_000) : s)) return true;
  // Compiled, the raw bytes are read in place, only where the rules read (the checks then read s);
  // else the text they read is joined (withReadHeadersOnly) and read as a string.
  const at = windowScan();
  const read = at instanceof CompiledWindows ? readRanges(s) : null;
  let text: string, held: string | Uint8Array, reading: Reading;
  if (read && (at as CompiledWindows).startBytes(raw, read.ranges)) {
    text = s; held = raw; reading = read;
  } else {
    text = held = withReadHeadersOnly(s);
    const h = headerEnd(text);
    reading = { headers: h, body: h };
    at.start(text);
  }
  const seen = scan(text, reading, true);
  if (seen === HIT) return true;
  if (seen === 0) return false;
  let rest = 0;
  if (seen & UNDO) {
    rest = rescanUndone(text, held, seen, reading.body);
    if (rest === HIT) return true;
  }
  if ((seen | rest) & HIDDEN) {
    const decoded = decodedViews(raw);
    if (decoded === HIT) return true;
    rest |= decoded;
  }
  // No gate word at a word start anywhere: SUBJECT words seen outside subjects count only if the gate opens inside a word.
  return ((seen | rest) & SUBJECT_WORD) !== 0 && ((seen | rest) & GATE) !== 0;
}

/**
 * Where the first empty line starts (the line break before it: "\n\n" or "\n\r\n"), from `from`; the
 * text's length if none. From line break to line break (native indexOf): over SpamAssassin 5.4 ms, against
 * 6.6 for /\n\r?\n/g.exec and 10.8 for /\n(?=\r?\n)/g.test.
 */
function emptyLine(x: string, from = 0): number {
  for (let i = x.indexOf('\n', from); i >= 0; i = x.indexOf('\n', i + 1)) {
    const next = x.charCodeAt(i + 1);
    if (next === 10 || (next === 13 && x.charCodeAt(i + 2) === 10)) return i;
  }
  return x.length;
}

/** Where the top header block ends (its first empty line, as the mail reader finds it): what comes before is headers. */
function headerEnd(x: string): number {
  return emptyLine(x);
}

/** A header the rules read words from (the mail reader trims the name and compares it lower-cased). */
const READ_HEADER = /^(?:subject|content-[!-9;-~]*|x-relance[!-9;-~]*)$/;
const READ_HEADER_AT = /[ \t]*(?:subject|content-[!-9;-~]*|x-relance[!-9;-~]*)[ \t]*:/iy;

/**
 * The raw text with, of the message's own header block, only the headers the rules read (Subject,
 * Content-*, X-Relance-*, with their folded lines): that block ends where the mail reader ends it (the
 * first empty line); an mbox envelope line, every body, and every part's or quoted message's headers
 * are kept. A line the mail reader would not take as a header is dropped: the reader skips it too.
 * @example withReadHeadersOnly('Received: by payments.example\r\nSubject: Hi\r\n\r\nBody') // → 'Subject: Hi\r\n\r\nBody'
 */
export function withReadHeadersOnly(s: string): string {
  const { ranges } = keptRanges(s);
  let out = '';
  for (let k = 0; k < ranges.length; k += 2) out += s.slice(ranges[k], ranges[k + 1]);
  return out;
}

/**
 * The [start, end) pairs of `s` withReadHeadersOnly keeps, in order, and `end`, where the header block's
 * last line break stands (-1 when the whole text is kept).
 */
function keptRanges(s: string): { ranges: number[]; end: number } {
  let start = 0;
  if (s.startsWith('From ')) {
    start = s.indexOf('\n') + 1;
    if (start === 0) return { ranges: [0, s.length], end: -1 };
  }
  // `end`: the line break that closes the last header line (the empty line follows it).
  const end = emptyLine(s, start);
  if (end <= start) return { ranges: [0, s.length], end: -1 };
  const ranges: number[] = start > 0 ? [0, start] : [];
  let keeping = false;
  for (let i = start; i < end;) {
    let nl = s.indexOf('\n', i);
    if (nl < 0 || nl > end) nl = end;
    const c = s.charCodeAt(i) | 0x20;
    const folded = (c === 0x20 || c === 0x29) && i > start; // a blank (space, or tab | 0x20) after the first line
    if (!folded) {
      READ_HEADER_AT.lastIndex = i;
      keeping = (c === 0x73 || c === 0x63 || c === 0x78 || c === 0x20 || c === 0x29) && READ_HEADER_AT.test(s);
    }
    if (keeping) {
      const to = Math.min(nl + 1, s.length);
      if (ranges.length > 0 && ranges[ranges.length - 1] === i) ranges[ranges.length - 1] = to;
      else ranges.push(i, to);
    }
    i = nl + 1;
  }
  if (end + 1 < s.length) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === end + 1) ranges[ranges.length - 1] = s.length;
    else ranges.push(end + 1, s.length);
  }
  return { ranges, end };
}

/** Where a scanned text's parts are, for the checks. */
interface Reading {
  /** Where its header block ends (what comes before is headers). */
  headers: number;
  /** Where what lies past the header block starts (a subject label is looked for from there on). */
  body: number;
  /** The header block as the rules read it, where the text also holds header lines they do not read. */
  head?: string;
}

/**
 * What of a raw text the rules read, as ranges of it (withReadHeadersOnly joins them): `headers` is
 * where the joined text's header block ends, as an index in the text; the joined text past that block
 * is text.slice(body); `head` is the joined text up to that block's end.
 */
export interface ReadRanges extends Reading {
  /** [start, end) pairs of the text, in order. */
  ranges: number[];
  head: string;
}

/**
 * The ranges of `s` withReadHeadersOnly keeps, and where the joined text's header block ends, without
 * joining them; null where that end does not fall where a mail's header block ends (never seen: read
 * the joined text then).
 */
export function readRanges(s: string): ReadRanges | null {
  const { ranges, end } = keptRanges(s);
  if (end < 0) {
    const h = headerEnd(s);
    return { ranges, headers: h, body: h, head: s.slice(0, h) };
  }
  // The joined text is head (the envelope line and the kept header lines) + s.slice(end + 1). Its first
  // empty line is where head's last line break meets the empty line (what follows is then s.slice(end),
  // s[end] being a line break too), or, with no header line kept, in s past end.
  let head = '', last = 0;
  for (let k = 0; k < ranges.length && ranges[k]! < end; k += 2) {
    last = Math.min(ranges[k + 1]!, end + 1);
    head += s.slice(ranges[k], last);
  }
  const first = emptyLine(head + s.slice(end + 1, end + 3));
  if (first === head.length - 1) return { ranges, headers: last - 1, body: end, head };
  if (first < head.length) return null;
  const h = emptyLine(s, end + 1);
  return { ranges, headers: h, body: h, head };
}

/**
 * The text just scanned (`held`: what the compiled module holds of it), from `body` on, past its header
 * block (the mail reader undoes nothing in headers, and the rules read them as they are), undone as
 * `seen` says (undo.ts) and scanned again: HIT at the first view that hits, else what they saw. Undone in
 * the compiled module's memory where it holds the text, else in JavaScript.
 */
function rescanUndone(x: string, held: string | Uint8Array, seen: number, body: number): number {
  const at = windowScan();
  const what = seen & (QP | FLOWED | HTML);
  const views: (string | UndoneView)[] = (at instanceof CompiledWindows ? at.undo(held, what, body) : null) ?? undoneViews(x.slice(body), what);
  let all = 0;
  for (const v of views) {
    const text = typeof v === 'string' ? v : v.text;
    if (typeof v === 'string') at.start(v);
    else (at as CompiledWindows).startView(v);
    const r = scan(text, { headers: 0, body: 0 }, true);
    if (r === HIT) return HIT;
    all |= r;
  }
  return all;
}

/** The window scan: compiled where WebAssembly runs, else the same loop in JavaScript. */
let windows: Windows | undefined;
const windowScan = (): Windows => (windows ??= CompiledWindows.create(CLASS, ACT, NEXT) ?? new ScriptWindows(CLASS, ACT, NEXT));

/**
 * One pass over the text: HIT at the first payment word (a SUBJECT word outside a subject: if the gate is
 * open somewhere in this text), else the bits of what the mail reader would undo or decode, and GATE.
 * Words are only checked where one starts with the first three letters of something AT_START reads,
 * stems and the gate where their first letters are (see ACT).
 */
function scan(x: string, r: Reading, started = false): number {
  let seen = 0;
  const at = windowScan();
  if (!started) at.start(x);
  for (let i = at.next(); i >= 0; i = at.next()) {
    const act = at.act;
    if (act & WORD) {
      const found = atStart(x, i - 2, r);
      if (found === HIT) return HIT;
      seen |= found;
    }
    if (act & (STEM_BACK3 | STEM_BACK1)) {
      const found = stem(x, act & STEM_BACK3 ? i - 3 : i - 1, r) | (act & STEM_BACK3 && act & STEM_BACK1 ? stem(x, i - 1, r) : 0);
      if (found < 0) return HIT;
      seen |= found;
    }
    if (act & GATE_BACK3 && !(seen & GATE) && sticky(GATE_AT, x, i - 3)) seen |= GATE;
    if (act & STAR && sticky(RFC2231, x, i)) seen |= HIDDEN;
    if (act & NUL) seen |= HIDDEN;
    if (act & EQ_QUESTION && sticky(ENCODED_WORD, x, i - 1)) seen |= HIDDEN;
  }
  if (seen & SUBJECT_WORD && seen & GATE) return HIT;
  return x.includes('&#') ? seen | ENTITY : seen;
}

function sticky(re: RegExp, x: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(x);
}

/** A SUBJECT word at `i`: HIT in a subject (in the header block, or after a subject label past it), else SUBJECT_WORD. */
function subjectWord(x: string, i: number, r: Reading): number {
  return i < r.headers || SUBJECT_LABEL.test(x.slice(Math.max(r.body, i - LABEL_REACH), i)) ? HIT : SUBJECT_WORD;
}

/** A stem at `i`: HIT for the gate's, a SUBJECT word's verdict for the others, 0 for none. */
function stem(x: string, i: number, r: Reading): number {
  INSIDE.lastIndex = i;
  const m = INSIDE.exec(x);
  if (!m) return 0;
  return m[1] !== undefined ? HIT : subjectWord(x, i, r);
}

/** What a word start holds: HIT, a bit of what to undo, SUBJECT_WORD, or 0. */
function atStart(x: string, i: number, r: Reading): number {
  AT_START.lastIndex = i;
  const m = AT_START.exec(x);
  if (!m) return 0;
  if (m[1] !== undefined) return harmlessEncoding(x, AT_START.lastIndex, i < r.headers ? r.head : undefined) ? 0 : HIDDEN;
  if (m[2] !== undefined) return typeVerdict(headerValue(x, AT_START.lastIndex));
  if (m[3] !== undefined) return HIDDEN;
  if (m[4] !== undefined) return QP;
  if (m[5] !== undefined) return FLOWED;
  if (m[6] !== undefined) return HTML;
  if (m[7] !== undefined) return subjectWord(x, i, r);
  return HIT;
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

/** A Content-Type/Disposition value: HIT for PDF/XML (read by extractInvoice), HIDDEN for an encoded name or an odd charset. */
function typeVerdict(value: string): number {
  if (/pdf|xml/i.test(value)) return HIT;
  if (/=\?|\*=|\*0/.test(value)) return HIDDEN;
  const charset = /charset[ \t]*=[ \t]*"?([^";\s]*)/i.exec(value)?.[1];
  return charset !== undefined && WIDE_CHARSET.test(charset) ? HIDDEN : 0;
}

/** 7bit/8bit/binary/QP anywhere; base64 and the rest only on an image, audio or video part. */
function harmlessEncoding(s: string, at: number, head?: string): boolean {
  if (SAFE_ENCODING.test(headerValue(s, at))) return true;
  const start = Math.max(s.lastIndexOf('\n\n', at), s.lastIndexOf('\n\r\n', at));
  const endLf = s.indexOf('\n\n', at), endCrLf = s.indexOf('\n\r\n', at);
  const end = Math.min(endLf < 0 ? s.length : endLf, endCrLf < 0 ? s.length : endCrLf);
  // In the top header block of a raw text, only the header lines the rules read make the block.
  const block = head ?? s.slice(start < 0 ? 0 : start, end);
  return MEDIA.test(block) && !/pdf|xml|=\?|\*=/i.test(block);
}

const utf8 = new TextEncoder();

/**
 * What the mail reader itself decodes (readMime: base64 and QP parts, charsets, RFC 2047/2231), read
 * as it hands it to the thread builder: the headers the rules read, attachment names, text and HTML, written back as
 * UTF-8 bytes so that accents look as in a raw file: HIT, or what their scans saw. An
 * attached PDF/XML, or several messages (an mbox, split by its own reader), pass.
 */
function decodedViews(raw: Uint8Array): number {
  if (splitMbox(raw).length > 1) return HIT;
  let mime;
  try { mime = readMime(withoutEnvelope(raw), { contents: false }); } catch { return HIT; }
  const names: string[] = [];
  for (const a of mime.attachments) {
    if (/pdf|xml/i.test(a.filename) || /pdf|xml/i.test(a.contentType)) return HIT;
    names.push(a.filename);
  }
  const headers = latin1.decode(utf8.encode(mime.headers.filter((h) => READ_HEADER.test(h.key)).map((h) => `${h.key}: ${h.value}\n`).join('')));
  const x = headers + latin1.decode(utf8.encode([...names, mime.text ?? '', mime.html ?? ''].join('\n')));
  const seen = scan(x, { headers: headers.length, body: headers.length });
  if (seen === HIT) return HIT;
  const rest = rescanUndone(x, x, mime.html === undefined ? seen : seen | HTML, headers.length);
  return rest === HIT ? HIT : seen | rest;
}

/** As parseEml: an mbox envelope line at the top is dropped. */
function withoutEnvelope(raw: Uint8Array): Uint8Array {
  if (raw[0] !== 0x46 || raw[1] !== 0x72 || raw[2] !== 0x6f || raw[3] !== 0x6d || raw[4] !== 0x20) return raw;
  const nl = raw.indexOf(0x0a);
  return nl < 0 ? new Uint8Array(0) : raw.subarray(nl + 1);
}
