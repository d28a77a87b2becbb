/**
 * The lines that open a quoted or forwarded message: attributions ("Le … , Nom <a@b> a écrit :",
 * "On … Name <a@b> wrote:"), separators ("-----Message d'origine-----", "Début du message
 * réexpédié :", "---------- Forwarded message ---------"…) and Outlook-style header blocks
 * ("De : … Envoyé : … À : … Objet : …" / "From: … Sent: … To: … Subject: …").
 * Every regex is anchored and its repetitions bounded: these run on every line of every message.
 */
import type { Address } from '../../model';
import { parseAddress, parseAddressList } from '../address';
import { parseQuotedDate, type QuotedDate } from './dates';

export interface QuoteHeader {
  from: Address | null;
  to: Address[];
  cc: Address[];
  date: QuotedDate | null;
  subject: string | null;
  /** The lines it was read from. */
  lines: string[];
}

const ATTR_FR = /^(?:le\s+(.{4,120}?)\s*,?\s+)?(.{1,200}?)\s+a\s+(?:écrit|ecrit)\s*:?$/i;
const ATTR_EN = /^(?:on\s+(.{4,120}?)\s*,?\s+)?(.{1,200}?)\s+wrote\s*:?$/i;
const TIME_END = /\d{1,2}\s?[:h]\s?\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?(?:\s*(?:\(?(?:utc|gmt)\s?[+-]\d{1,2}(?::?\d{2})?\)?|[+-]\d{4}))?/gi;
const YEAR_END = /\b(?:19|20)\d\d\b/g;
const EMAIL_IN = /@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/**
 * An attribution line (already joined when it was wrapped), or null.
 * @example matchAttribution('Le jeu. 13 févr. 2025 à 16:42, Nom <a@b.fr> a écrit :')?.date?.day // → '2025-02-13'
 */
export function matchAttribution(line: string): QuoteHeader | null {
  const s = line.trim().replace(/\s+/g, ' ');
  if (s.length > 400) return null;
  const fr = /(?:écrit|ecrit)\s*:?$/i.test(s);
  if (!fr && !/wrote\s*:?$/i.test(s)) return otherLanguage(s, line);
  const m = (fr ? ATTR_FR : ATTR_EN).exec(s);
  if (!m) return null;
  const lang = fr ? 'fr' : 'en';
  // With "Le"/"On", the date and the person share the middle: the date ends at its time (or year).
  const lead = fr ? /^le\s+/i : /^on\s+/i;
  if (lead.test(s)) {
    const middle = s.replace(lead, '').replace(fr ? /\s+a\s+(?:écrit|ecrit)\s*:?$/i : /\s+wrote\s*:?$/i, '');
    const cut = dateEnd(middle);
    if (cut > 0) {
      const date = parseQuotedDate(middle.slice(0, cut), lang);
      const person = middle.slice(cut).replace(/^[\s,]+|\s+$/g, '').replace(/^(?:à|at)\s+/i, '');
      if (date && person) return { from: personAddress(person), to: [], cc: [], date, subject: null, lines: [line] };
    }
  }
  const person = (m[2] ?? '').trim();
  if (!m[1] && EMAIL_IN.test(person) && !/[.!?]\s/.test(person)) {
    return { from: personAddress(person), to: [], cc: [], date: null, subject: null, lines: [line] };
  }
  return null;
}

// "Il giorno lun 23 giu 2025 alle ore 10:15 Anne Besse <a@b.it> ha scritto:", "El 23 jun 2025, Ana <a@b.es>
// escribió:", "Em …, Ana <a@b.pt> escreveu:", "Am 23.06.2025 um 10:15 schrieb Anne <a@b.de>:", "Op … schreef …:":
// the writer's address is read (their dates are not: the quoted message gets no day).
const OTHER_ATTR = /^(?:(?:il giorno|el|em|le)\s.{4,120}?\s(?:ha scritto|escribi[óo]|escreveu)|(?:am|op)\s.{4,120}?\s(?:schrieb|schreef)\s.{1,200}?)\s*:?$/i;
const ADDRESSED = /([^,<>:]{0,80}?)\s*<([^<>\s@]+@[^<>\s]+)>/g;

function otherLanguage(s: string, line: string): QuoteHeader | null {
  if (!OTHER_ATTR.test(s)) return null;
  const found = [...s.matchAll(ADDRESSED)].at(-1);
  if (!found) return null;
  const name = found[1]!.replace(/^.*\b(?:schrieb|schreef)\s+/i, '').replace(/^.*\d{1,2}[:h.]\d{2}\s*,?\s*/, '').trim();
  return { from: personAddress(`${name} <${found[2]}>`), to: [], cc: [], date: null, subject: null, lines: [line] };
}

function dateEnd(middle: string): number {
  const head = middle.slice(0, 120);
  let end = -1;
  for (const m of head.matchAll(TIME_END)) end = m.index + m[0].length;
  if (end < 0) for (const m of head.matchAll(YEAR_END)) end = m.index + m[0].length;
  return end;
}

function personAddress(person: string): Address | null {
  return parseAddress(person.replace(/[«»]/g, '"'));
}

export type SeparatorKind = 'quoted' | 'forwarded';

const SEPARATORS: [RegExp, SeparatorKind][] = [
  [/^-{2,}\s*(?:forwarded message|message transféré|message transfere|message transmis|e-mail transféré)\s*-{2,}$/i, 'forwarded'],
  [/^(?:début du message réexpédié|debut du message reexpedie|begin forwarded message)\s*:?$/i, 'forwarded'],
  [/^-{2,}\s*(?:original message|message d'origine|message d’origine|mail original|message original|courriel original|original e-?mail)\s*-{2,}$/i, 'quoted'],
  [/^_{8,}$/, 'quoted'],
];

/** "-----Message d'origine-----" and the like, or null. */
export function matchSeparator(line: string): SeparatorKind | null {
  if (line.length < 8) return null;
  // Every separator opens with "-", "_", "d"/"D" (début, debut) or "b"/"B" (begin): looked for after the indent
  // first, before trimming a copy of the line.
  let c = afterIndent(line);
  if (c > 32 && c < 127 && c !== 45 && c !== 95 && c !== 100 && c !== 68 && c !== 98 && c !== 66) return null;
  const s = line.trim();
  if (s.length < 8 || s.length > 80) return null;
  c = s.charCodeAt(0);
  if (c !== 45 && c !== 95 && c !== 100 && c !== 68 && c !== 98 && c !== 66) return null;
  for (const [re, kind] of SEPARATORS) if (re.test(s)) return kind;
  return null;
}

/** The character code after the spaces and tabs opening `s` (NaN when nothing follows them). */
export function afterIndent(s: string): number {
  let p = 0;
  while (p < s.length && (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9)) p++;
  return s.charCodeAt(p);
}

type Field = 'from' | 'date' | 'to' | 'cc' | 'subject' | 'other';
const KEYS: Record<string, Field> = {
  de: 'from', from: 'from', 'envoyé': 'date', envoye: 'date', sent: 'date', date: 'date', 'envoyé le': 'date',
  'à': 'to', a: 'to', to: 'to', pour: 'to', cc: 'cc', 'copie à': 'cc', copie: 'cc', objet: 'subject',
  subject: 'subject', sujet: 'subject', importance: 'other', cci: 'other', bcc: 'other', 'répondre à': 'other',
  'reply-to': 'other', 'pièces jointes': 'other', attachments: 'other',
};
const FRENCH_KEYS = new Set(['de', 'envoyé', 'envoye', 'à', 'a', 'objet', 'copie à', 'sujet']);
const KEY_LINE = /^\s{0,4}\*{0,2}([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ -]{0,14}?)\s{0,3}\*{0,2}\s{0,3}:\s{0,3}\*{0,2}\s?(.*)$/;
const MESSAGE_DU = /^\s{0,4}message du\s+(.{6,40})$/i;

function keyOf(line: string): [Field, string, string] | null {
  // KEY_LINE's colon is the line's first one, at most 29 characters in (4 + 2 + 15 + 3 + 2 + 3): most lines fail here.
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 29) return null;
  const m = KEY_LINE.exec(line);
  if (!m) return null;
  const key = m[1]!.toLowerCase();
  const field = KEYS[key];
  return field ? [field, m[2]!.replace(/\*+$/, '').trim(), key] : null;
}

/**
 * An Outlook-style header block starting at `lines[i]` (a "De :"/"From:" line, or "Message du …"
 * followed by one), or null. `end` is the index of the first line after the block.
 */
export function matchHeaderBlock(lines: string[], i: number, anyFirst = false): { header: QuoteHeader; end: number } | null {
  let j = i;
  let prefaceDate: string | null = null;
  const opening = lines[j] ?? '';
  // MESSAGE_DU opens with blanks then "m": another printable ASCII character after the spaces and tabs rules it out.
  const c0 = afterIndent(opening);
  const du = c0 > 32 && c0 < 127 && c0 !== 109 && c0 !== 77 ? null : MESSAGE_DU.exec(opening);
  if (du) { prefaceDate = du[1]!; j++; }
  const first = keyOf(lines[j] ?? '');
  // Bare blocks must open with the sender (a letter's "Objet :" line is not a quote); after a
  // separator any order goes (Thunderbird forwards: "Sujet : … Date : … De : … Pour : …").
  if (!first || !first[1] || (first[0] !== 'from' && !anyFirst)) return null;
  const fields: Partial<Record<Field, string>> = {};
  let french = false;
  let last: Field | null = null;
  const start = j;
  for (; j < lines.length && j < start + 16; j++) {
    const line = lines[j]!;
    if (!line.trim()) break;
    const k = keyOf(line);
    if (k) {
      if (fields[k[0]] !== undefined && k[0] !== 'other') break;
      fields[k[0]] = k[1];
      last = k[0];
      if (FRENCH_KEYS.has(k[2])) french = true;
    } else if ((last === 'to' || last === 'cc') && /@|;/.test(line)) {
      fields[last] += ' ' + line.trim();
    } else break;
  }
  if (fields.from === undefined) return null;
  const dateText = fields.date ?? prefaceDate;
  if (dateText === undefined && fields.subject === undefined) return null;
  if (dateText === null && fields.subject === undefined) return null;
  return {
    header: {
      from: parseAddress(fields.from ?? ''),
      to: parseAddressList(fields.to ?? ''),
      cc: parseAddressList(fields.cc ?? ''),
      date: dateText ? parseQuotedDate(dateText, french ? 'fr' : 'en') : null,
      subject: fields.subject ?? null,
      lines: lines.slice(i, j),
    },
    end: j,
  };
}
