/**
 * The weaker source: facts read from a PDF's printed text when it carries no e-invoice XML. Each fact
 * is looked for after its label (text-labels.ts), on the same line or on the line below.
 * Amount convention here: `amountDue` falls back to `total` when no separate "amount due" is printed
 * (no prepayment stated); `total` is never guessed from the amount due.
 */
import type { Result } from '../model';
import { parseAmountWithCurrency, type ParsedAmount } from '../ledger/amount';
import { findDate, parseDate } from '../ledger/date';
import type { InvoiceFacts } from './facts';
import { clean } from './values';
import * as labels from './text-labels';
import type { TextLine } from './pdf';

function normalise(line: TextLine | string): TextLine {
  const fix = (t: string) => t.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (typeof line === 'string') return { text: fix(line), cells: [] };
  return { text: fix(line.text), cells: line.cells.map((c) => ({ ...c, text: fix(c.text) })) };
}

type Reader<T> = (text: string) => T | null;

/** Lines as pdf.ts gives them (with cell positions) or plain strings (one cell each). */
export function factsFromText(input: (TextLine | string)[]): Result<InvoiceFacts> {
  const ls = input.map(normalise).filter((l) => l.text !== '');
  const number = after(ls, labels.NUMBER_LABELS, readNumber);
  const total = after(ls, labels.TOTAL_LABELS, readAmount, always, amountLine);
  const due = after(ls, labels.DUE_AMOUNT_LABELS, readAmount, always, amountLine);
  if (number === null && total === null && due === null) return { ok: false, error: { code: 'einvoice-no-facts' } };
  const texts = ls.map((l) => l.text);
  const currency = total?.currency ?? due?.currency ?? (texts.some((l) => /€|\bEUR\b/.test(l)) ? 'EUR' : null);
  return {
    ok: true,
    value: {
      number,
      type: texts.slice(0, 15).some((l) => labels.CREDIT_TITLE.test(l)) ? '381' : texts.some((l) => labels.INVOICE_TITLE.test(l)) ? '380' : null,
      issueDate: after(ls, labels.ISSUE_LABELS, findDate, (l) => !/[ée]ch[ée]ance|due|f[äa]llig|limite|payable|zahlbar/iu.test(l), dateFirst),
      dueDate: after(ls, labels.DUE_LABELS, findDate, always, dateFirst),
      currency,
      total: total?.cents ?? null,
      amountDue: (due ?? total)?.cents ?? null,
      seller: after(ls, labels.SELLER_LABELS, readName, partyLabel),
      buyer: after(ls, labels.BUYER_LABELS, readName, partyLabel),
      iban: findIban(texts),
      profile: null,
      profileName: null,
    },
  };
}

const always = () => true;
/** A line below a label holds its value only when it starts with it (not a sentence that happens to hold a figure). */
const amountLine = (line: string) => /^[-−(]?[\s\d.,'’()€$£-]*(?:EUR|USD|GBP|CHF)?\s*$/.test(line);
const dateFirst = (line: string) => parseDate(line.split(/\s{3,}/)[0] ?? '') !== null;

/**
 * The value after the first label that yields one: on the label's line (the rest of its cell, or the
 * cells after it), else below it: the cell of the next line under the label, or that whole line.
 */
function after<T>(lines: TextLine[], list: RegExp[], read: Reader<T>, accept: (line: string, m: RegExpExecArray) => boolean = always,
  belowOk: (line: string) => boolean = always): T | null {
  for (const label of list) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const m = label.exec(line.text);
      if (!m || !accept(line.text, m)) continue;
      const rest = line.text.slice(m.index + m[0].length).replace(/^(?:[\s:.#°º=|]|[-–](?!\s?\d))+/, '');
      const value = rest !== '' ? read(rest) : null;
      if (value !== null) return value;
      const endsCell = /^[\s:.#°º]*(?:\s{3,}|$)/.test(line.text.slice(m.index + m[0].length));
      if (endsCell || /^\(?[\p{L}\s.]{0,12}\)?:?$/u.test(rest)) {
        for (const candidate of below(line, m.index, lines[i + 1])) {
          const v = belowOk(candidate) ? read(candidate) : null;
          if (v !== null) return v;
        }
      }
    }
  }
  return null;
}

/**
 * What lies under a label: the next line's cells overlapping the label's cell, else those to its right
 * (values are often right-aligned under their label), never a cell wholly to its left (another column).
 */
function below(line: TextLine, at: number, next: TextLine | undefined): string[] {
  if (!next) return [];
  let offset = 0;
  const cell = line.cells.find((c) => { const hit = at < offset + c.text.length + 3; offset += c.text.length + 3; return hit; });
  if (!cell || next.cells.length === 0) return [next.text];
  const under = next.cells.filter((c) => c.x < cell.end + 20 && c.end > cell.x - 20);
  const right = next.cells.filter((c) => c.x >= cell.x - 20);
  return [under, right].filter((cs) => cs.length > 0).map((cs) => cs.map((c) => c.text).join('   '));
}

/** A party label heads its line and is followed by a colon or nothing ("Client : X", or "Client" above X). */
const partyLabel = (line: string, m: RegExpExecArray) => m.index === 0 && /^\s*(?::|$)/.test(line.slice(m[0].length));

const TOKEN = /^([A-Z0-9][A-Z0-9._/-]*[A-Z0-9]|\d)(?![\p{L}\d])/iu;
function readNumber(text: string): string | null {
  const t = TOKEN.exec(text.replace(/^(?:n[°ºo]\.?|no\.?|nr\.?|number|#|:)\s*/i, ''))?.[1];
  if (!t || !/\d/.test(t) || parseDate(t) !== null) return null;
  return t;
}

const AMOUNT = /(?:[€$£]\s?)?[-−]?\d{1,3}(?:[ '.,]?\d{3})*(?:[.,]\d{1,2})?(?:\s?(?:€|EUR|USD|GBP|CHF|\$|£))?(?!\s?%|\d)/giu;
/** The last amount on the line (tables put the figure in the rightmost column); percentages are skipped. */
function readAmount(text: string): ParsedAmount | null {
  let found: ParsedAmount | null = null;
  for (const m of text.matchAll(AMOUNT)) {
    const parsed = parseAmountWithCurrency(m[0]);
    if (parsed) found = parsed;
  }
  return found;
}

/** A party name: the first column of the line; "Name: X" / "Nom : X" give X; any other "Label: …" is not a name. */
function readName(text: string): string | null {
  let name = clean(text.split(/\s{3,}/)[0] ?? '');
  if (name === null) return null;
  const labelled = /^([\p{L} .'-]{1,30}?)\s*:\s*(.*)$/u.exec(name);
  if (labelled) name = /^(?:name|nom|raison sociale|firma|company)$/iu.test(labelled[1]!.trim()) ? clean(labelled[2]!) : null;
  return name && /\p{L}/u.test(name) ? name : null;
}

/** An IBAN printed anywhere, kept as printed, when its ISO 13616 check digits are right. */
function findIban(lines: string[]): string | null {
  for (const line of lines) {
    for (const m of line.matchAll(/(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Z0-9])/g)) {
      for (let s = m[0]; s.length >= 15; s = s.replace(/\s*[A-Z0-9]$/, '')) if (ibanValid(s)) return s.trim();
    }
  }
  return null;
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}
