/**
 * Splits a message's text into what it adds and the earlier messages it quotes, recursively
 * (a quoted message that quotes another yields both). Three shapes open a quoted message:
 * a `>` region (with its attribution line before it, or inside it as iOS Mail writes it), a
 * separator line ("-----Message d'origine-----", forwarded-message banners) and an Outlook
 * header block ("De : … Envoyé : …"). A `>` region ends where unquoted text resumes: that text is
 * bottom-posted and belongs to the message itself; the other two shapes run to the end of the text,
 * unless what they open is a `>` region with text after it (bottom-posting under a webmail's header).
 */
import type { Address, IsoDate } from '../../model';
import type { QuotedDate } from './dates';
import { afterIndent, matchAttribution, matchHeaderBlock, matchSeparator, type QuoteHeader, type SeparatorKind } from './markers';

export interface QuotedBlock {
  origin: SeparatorKind;
  from: Address | null;
  to: Address[];
  cc: Address[];
  day: IsoDate | null;
  sentAt: string | null;
  /** The other reading of an ambiguous numeric date (03/04/2025: 3 April or March 4), if any. */
  otherReading: QuotedDate | null;
  subject: string | null;
  /** What that message adds: its own quoted history removed. */
  text: string;
  /** The attribution or header lines it was recognised by. */
  header: string;
}

export interface SplitText {
  own: string;
  /** Every recovered message, oldest first (deeper quotes before the messages quoting them). */
  quoted: QuotedBlock[];
}

/** /^ {0,3}>/.test(line), without a regex call (it runs on every line). */
function quotedLine(line: string): boolean {
  for (let k = 0; k < 4; k++) {
    const c = line.charCodeAt(k);
    if (c === 62) return true;
    if (c !== 32) return false;
  }
  return false;
}
const MAX_DEPTH = 40;

/**
 * @example splitQuoted('Merci.\n\nLe 13/02/2025 à 16:42, Nom <a@b.fr> a écrit :\n> Facture jointe.')
 * // → { own: 'Merci.', quoted: [{ from: { name: 'Nom', address: 'a@b.fr' }, day: '2025-02-13', text: 'Facture jointe.', … }] }
 */
export function splitQuoted(text: string): SplitText {
  return split((text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n')).split('\n'), 0);
}

function split(lines: string[], depth: number): SplitText {
  const own: string[] = [];
  const quoted: QuotedBlock[] = [];
  const n = lines.length;
  let i = 0;
  while (i < n) {
    const line = lines[i]!;
    if (depth < MAX_DEPTH && quotedLine(line)) {
      const end = regionEnd(lines, i);
      const header = popAttribution(own);
      recover(quoted, header, unquote(lines.slice(i, end)), 'quoted', depth, true);
      i = end;
      continue;
    }
    if (depth < MAX_DEPTH && line.length < 400) {
      const sep = matchSeparator(line);
      if (sep) {
        let k = i + 1;
        while (k < n && !lines[k]!.trim()) k++;
        const block = matchHeaderBlock(lines, k, true);
        const header = block?.header ?? null;
        const after = bottomPosted(lines, block ? block.end : k);
        if (after) {
          recover(quoted, header, unquote(lines.slice(after.start, after.end)), sep, depth, false);
          i = after.end;
          continue;
        }
        recover(quoted, header, lines.slice(block ? block.end : k), sep, depth, false);
        break;
      }
      const block = matchHeaderBlock(lines, i);
      if (block) {
        const after = bottomPosted(lines, block.end);
        if (after) {
          recover(quoted, block.header, unquote(lines.slice(after.start, after.end)), 'quoted', depth, false);
          i = after.end;
          continue;
        }
        recover(quoted, block.header, lines.slice(block.end), 'quoted', depth, false);
        break;
      }
      const att = attributionAt(lines, i);
      if (att) {
        let k = att.end;
        while (k < n && !lines[k]!.trim()) k++;
        if (k < n && quotedLine(lines[k]!)) {
          const end = regionEnd(lines, k);
          recover(quoted, att.header, unquote(lines.slice(k, end)), 'quoted', depth, true);
          i = end;
          continue;
        }
        // An attribution over unquoted text (some mobile clients): the rest is the quoted message.
        recover(quoted, att.header, lines.slice(k), 'quoted', depth, false);
        break;
      }
    }
    own.push(line);
    i++;
  }
  return { own: tidy(own), quoted };
}

/** Adds the message read from `body` (and everything it quotes) to `out`. */
function recover(out: QuotedBlock[], header: QuoteHeader | null, body: string[], origin: SeparatorKind, depth: number, lookInside: boolean): void {
  let h = header;
  let rest = body;
  if (!h && lookInside) {
    // iOS Mail quotes its attribution with the body; webmails quote their header block.
    let k = 0;
    while (k < body.length && !body[k]!.trim()) k++;
    const att = attributionAt(body, k);
    const block = att ? null : matchHeaderBlock(body, k);
    if (att) { h = att.header; rest = body.slice(att.end); }
    else if (block) { h = block.header; rest = body.slice(block.end); }
  }
  const inner = split(rest, depth + 1);
  out.push(...inner.quoted);
  if (!h && !inner.own) return;
  out.push({
    origin,
    from: h?.from ?? null,
    to: h?.to ?? [],
    cc: h?.cc ?? [],
    day: h?.date?.day ?? null,
    sentAt: h?.date?.sentAt ?? null,
    otherReading: h?.date?.other ?? null,
    subject: h?.subject ?? null,
    text: inner.own,
    header: h ? h.lines.join('\n') : '',
  });
}

/** An attribution starting at `lines[i]`, possibly wrapped over up to three lines. */
function attributionAt(lines: string[], i: number): { header: QuoteHeader; end: number } | null {
  const first = lines[i];
  if (!first || first.length > 400) return null;
  // A line with printable ASCII after its indent (most lines) is not blank, and opens with "le"/"on" only if that
  // character is an l or o.
  const c0 = afterIndent(first);
  const printable = c0 > 32 && c0 < 127;
  if (!printable && !/\S/.test(first)) return null;
  const mayLead = !printable || c0 === 108 || c0 === 76 || c0 === 111 || c0 === 79;
  let joined = first;
  for (let k = i; k < i + 3 && k < lines.length; k++) {
    if (k > i) {
      const next = lines[k]!;
      if (!next.trim() || quotedLine(next)) return null;
      joined += ' ' + next.trim();
    }
    if (endsWritten(joined)) {
      const header = matchAttribution(joined);
      return header ? { header: { ...header, lines: lines.slice(i, k + 1) }, end: k + 1 } : null;
    }
    if (k === i && !(mayLead && /^\s*(?:le|on)\s/i.test(first))) return null;
  }
  return null;
}

/** `/(?:écrit|ecrit|wrote)\s*:?\s*$/i` tested on the last letters only (the regex would try every start of a long line). */
function endsWritten(s: string): boolean {
  // Printable ASCII other than ":", "t" and "e" is neither white space nor the end of "écrit"/"wrote".
  const last = s.charCodeAt(s.length - 1);
  if (last > 32 && last < 127 && last !== 58 && last !== 116 && last !== 84 && last !== 101 && last !== 69
    && last !== 111 && last !== 79 && last !== 117 && last !== 85) return false;
  let t = s.trimEnd();
  if (t.endsWith(':')) t = t.slice(0, -1).trimEnd();
  return WRITTEN.test(t.slice(-10)) || (last === 58 && WRITES_BEFORE.test(s));
}
// French, English, Italian ("ha scritto"), Spanish ("escribió"), Portuguese ("escreveu") attributions end with the verb;
// German and Dutch ones put it before the writer: "Am 23.06.2025 um 10:15 schrieb Anne <a@b.de>:".
const WRITTEN = /(?:écrit|ecrit|wrote|ha scritto|escribi[óo]|escreveu)$/i;
const WRITES_BEFORE = /^\s*(?:am|op)\s.{4,120}\s(?:schrieb|schreef)\s.{1,200}:\s*$/i;

/** Takes an attribution off the end of `own` (it may be followed by one blank line). */
function popAttribution(own: string[]): QuoteHeader | null {
  let last = own.length - 1;
  if (last >= 0 && !own[last]!.trim()) last--;
  for (let start = last; start >= 0 && start > last - 3; start--) {
    const att = attributionAt(own, start);
    if (att && att.end === last + 1) {
      own.length = start;
      return att.header;
    }
  }
  return null;
}

/**
 * Under a separator or header block ("----- Mail original -----", "De : … Objet : …"), a body that is one
 * `>` region followed by unquoted text: the region is the quoted message and the text after it was
 * written below it by the sender (Zimbra and other webmails bottom-posting). Null otherwise: the block
 * then runs to the end of the text.
 */
function bottomPosted(lines: string[], from: number): { start: number; end: number } | null {
  let s = from;
  while (s < lines.length && !lines[s]!.trim()) s++;
  if (s >= lines.length || !quotedLine(lines[s]!)) return null;
  const end = regionEnd(lines, s);
  for (let k = end; k < lines.length; k++) if (lines[k]!.trim()) return { start: s, end };
  return null;
}

/** Index of the first line after the `>` region starting at `i` (blank lines inside it belong to it). */
function regionEnd(lines: string[], i: number): number {
  let j = i;
  let end = i;
  while (j < lines.length) {
    const l = lines[j]!;
    if (quotedLine(l)) { end = ++j; continue; }
    if (!l.trim()) { j++; continue; }
    break;
  }
  return end;
}

function unquote(lines: string[]): string[] {
  return lines.map((l) => l.replace(/^ {0,3}> ?/, ''));
}

/** Lines without their trailing blanks, blank lines at either end dropped and runs of them made one. */
function tidy(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.trim()) a++;
  while (b > a && !lines[b - 1]!.trim()) b--;
  // Same as joining then replacing /\n{3,}/ by "\n\n": a line holds no "\n", so three in a row are two empty lines.
  const out: string[] = [];
  let empty = false;
  for (let k = a; k < b; k++) {
    const l = lines[k]!.trimEnd();
    if (!l && empty) continue;
    empty = !l;
    out.push(l);
  }
  return out.join('\n');
}
