/**
 * HTML → faithful plain text, as pure string code (no DOM: it runs in Node and in the panes).
 * One linear pass over the markup: block elements and <br> become line breaks, table cells are
 * separated by tabs (so `\s+` in detection regexes spans them), <blockquote> is rendered as
 * `> ` quoting (the quoted-history splitter then reads it like a plain-text reply), and
 * style/script/head are dropped. Entities are decoded by ./entities (numeric references and the
 * HTML 4 named set, with the legacy forms browsers accept such as `&nbsp` without a semicolon).
 */
import { decodeEntities } from './entities';

const SKIP = new Set(['style', 'script', 'head', 'title', 'noscript', 'template', 'xml', 'svg', 'object']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody',
  'thead', 'tfoot', 'caption', 'pre', 'address', 'section', 'article', 'header', 'footer', 'center', 'form', 'fieldset',
  'body', 'html', 'hr', 'main', 'nav', 'aside', 'figure', 'figcaption', 'details', 'summary']);

/**
 * The tag opening at `lt`, read as /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})((?:[^>"']|"[^"]*"|'[^']*')*)>/y would
 * (that regex, run on every "<", cost more than the rest of the reader): the name is the longest run of
 * name characters (41 at most; attributes take the rest), attributes run to the first ">" outside quotes,
 * and a quote left open means no tag. `selfClosing`: the attributes end with "/".
 */
function tagAt(html: string, lt: number): { closing: boolean; name: string; selfClosing: boolean; end: number } | null {
  let p = lt + 1;
  const closing = html.charCodeAt(p) === 47;
  if (closing) p++;
  const c = html.charCodeAt(p);
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return null;
  const nameStart = p++;
  while (p - nameStart < 41 && isNameChar(html.charCodeAt(p))) p++;
  const nameEnd = p;
  for (;;) {
    const ch = html.charCodeAt(p);
    if (ch !== ch) return null; // NaN: the text ended first
    if (ch === 62) break;
    if (ch === 34 || ch === 39) {
      const q = html.indexOf(ch === 34 ? '"' : "'", p + 1);
      if (q < 0) return null;
      p = q + 1;
    } else p++;
  }
  return { closing, name: html.slice(nameStart, nameEnd), selfClosing: p > nameEnd && html.charCodeAt(p - 1) === 47, end: p + 1 };
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 45;
}
// HTML white space runs made one space: only the runs that are not already a single space are matched
// (replacing every space by itself rebuilt each text chunk).
const HTML_BLANKS = /[\t\r\n\f][ \t\r\n\f]*| [ \t\r\n\f]+/g;

/**
 * @example htmlToText('<p>Total&nbsp;TTC :</p><table><tr><td>1 240,00&euro;</td><td>dû</td></tr></table>')
 * // → 'Total TTC :\n1 240,00€\tdû'
 */
export function htmlToText(html: string): string {
  const out = new Writer();
  let i = 0;
  const n = html.length;
  // The closing tag of a skipped element is looked for case-blind on the markup itself, unless it holds a "İ" (the
  // one character whose lower case is longer), where the search runs on the lower-cased copy as first written.
  const dottedI = html.indexOf('\u0130') >= 0;
  let lower: string | null = null;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) out.text(html, i, end);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      const close = html.indexOf('>', lt);
      i = close < 0 ? n : close + 1;
      continue;
    }
    const tag = tagAt(html, lt);
    if (!tag) { out.text('<', 0, 1); i = lt + 1; continue; }
    i = tag.end;
    const closing = tag.closing;
    const name = tag.name.toLowerCase();
    if (name.length >= 3 && SKIP.has(name) && !closing && !tag.selfClosing) {
      if (dottedI) lower ??= html.toLowerCase();
      const close = lower ? lower.indexOf('</' + name, i) : closingAt(html, name, i);
      if (close < 0) { i = n; break; }
      const gt = html.indexOf('>', close);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    out.tag(name, closing);
  }
  return out.done();
}

/** Where `</name` (in any case; `name` is lower-case letters) first starts at or after `from`, or -1. */
function closingAt(html: string, name: string, from: number): number {
  for (let p = html.indexOf('</', from); p >= 0; p = html.indexOf('</', p + 2)) {
    let k = 0;
    // c | 32 is a lower-case letter only for that letter in either case.
    while (k < name.length && (html.charCodeAt(p + 2 + k) | 32) === name.charCodeAt(k)) k++;
    if (k === name.length) return p;
  }
  return -1;
}

/** Accumulates lines; breaks are kept pending and emitted lazily, so nested empty blocks do not pile up blank lines. */
class Writer {
  private lines: string[] = [];
  private line = '';
  /** The current line has begun (it may still be empty: an `&nbsp;` paragraph). */
  private touched = false;
  private lineDepth = 0;
  private depth = 0;
  private pending: '' | 'space' | 'line' | 'cell' = '';
  private cellStart = false;
  private firstCell = true;
  private pre = 0;

  /** The text `html.slice(start, end)`. */
  text(html: string, start: number, end: number): void {
    // Only HTML white space (the line breaks between tags, most chunks of real mail): one pending space.
    if (!this.pre && htmlBlank(html, start, end)) {
      if (this.touched && !this.pending) this.pending = 'space';
      return;
    }
    const raw = html.slice(start, end);
    let s = this.pre ? raw : raw.replace(HTML_BLANKS, ' ');
    const hadEntity = s.indexOf('&') >= 0;
    if (hadEntity) s = decodeEntities(s);
    const nbsp = s.indexOf('\u00a0') >= 0;
    if (nbsp) s = s.replace(/\u00a0/g, ' ');
    if (this.pre) {
      this.flush();
      s.split(/\r?\n/).forEach((p, k) => { if (k) this.newline(); this.put(p); });
      return;
    }
    if (mayBeBlank(s) && s.trim() === '') {
      if (nbsp) { this.flush(); this.touch(); }
      else if (this.touched && !this.pending) this.pending = 'space';
      return;
    }
    if (s.startsWith(' ')) {
      if (this.touched && !this.pending) this.pending = 'space';
      s = s.trimStart();
    }
    this.flush();
    const trailing = s.endsWith(' ');
    this.put(trailing ? s.trimEnd() : s);
    if (trailing) this.pending = 'space';
  }

  tag(name: string, closing: boolean): void {
    if (name === 'br') { this.flush(); this.newline(); return; }
    if (name === 'tr') { this.block(); this.firstCell = true; return; }
    if (name === 'td' || name === 'th') {
      if (closing) return;
      if (!this.firstCell) this.pending = 'cell';
      this.firstCell = false;
      this.cellStart = true;
      return;
    }
    if (name === 'li') {
      this.block();
      if (!closing) { this.flush(); this.put('- '); }
      return;
    }
    if (name === 'blockquote') { this.block(); this.depth = Math.max(0, this.depth + (closing ? -1 : 1)); return; }
    if (name === 'pre') { this.block(); this.pre = Math.max(0, this.pre + (closing ? -1 : 1)); return; }
    if (BLOCK.has(name)) this.block();
  }

  private block(): void {
    if (this.cellStart || !this.touched) return;
    this.pending = 'line';
  }

  private flush(): void {
    const p = this.pending;
    this.pending = '';
    if (p === 'space') { if (this.touched) this.line += ' '; }
    else if (p === 'cell') { this.touch(); this.line += '\t'; }
    else if (p === 'line') this.newline();
  }

  private touch(): void {
    if (!this.touched) { this.touched = true; this.lineDepth = this.depth; }
  }

  private put(s: string): void {
    if (!s) return;
    this.touch();
    this.line += s;
    this.cellStart = false;
  }

  private newline(): void {
    const d = this.touched ? this.lineDepth : this.depth;
    this.lines.push(d ? '>'.repeat(d) + (this.line ? ' ' + this.line : '') : this.line);
    this.line = '';
    this.touched = false;
  }

  done(): string {
    this.pending = '';
    if (this.touched) this.newline();
    const text = this.lines.map((l) => (endsBlank(l) ? l.replace(/[ \t]+$/, '') : l)).join('\n').replace(/\n{3,}/g, '\n\n');
    // Line breaks at either end dropped (a regex `\n+$` would be tried at every position of the text).
    let a = 0, b = text.length;
    while (a < b && text.charCodeAt(a) === 10) a++;
    while (b > a && text.charCodeAt(b - 1) === 10) b--;
    return a === 0 && b === text.length ? text : text.slice(a, b);
  }
}

/** `html.slice(start, end)` is all HTML white space (space, tab, CR, LF, form feed). */
function htmlBlank(html: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = html.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/** False when `s` opens with printable ASCII: not blank, no need to trim a copy to know. */
function mayBeBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  return !(c > 32 && c < 127);
}

function endsBlank(l: string): boolean {
  const c = l.charCodeAt(l.length - 1);
  return c === 32 || c === 9;
}
