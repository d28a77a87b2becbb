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

type Reader<T> = (text: string) => T | null;

export function factsFromText(lines: string[]): Result<InvoiceFacts> {
  const ls = lines.map((l) => l.replace(/[\u00a0\u202f\u2009]/g, ' ').trim()).filter((l) => l !== '');
  const number = after(ls, labels.NUMBER_LABELS, readNumber);
  const total = after(ls, labels.TOTAL_LABELS, readAmount);
  const due = after(ls, labels.DUE_AMOUNT_LABELS, readAmount);
  if (number === null && total === null && due === null) return { ok: false, error: { code: 'einvoice-no-facts' } };
  const currency = total?.currency ?? due?.currency ?? (ls.some((l) => /€|\bEUR\b/.test(l)) ? 'EUR' : null);
  return {
    ok: true,
    value: {
      number,
      type: ls.slice(0, 15).some((l) => labels.CREDIT_TITLE.test(l)) ? '381' : ls.some((l) => labels.INVOICE_TITLE.test(l)) ? '380' : null,
      issueDate: after(ls, labels.ISSUE_LABELS, findDate, (l) => !/[ée]ch[ée]ance|due|f[äa]llig|limite|payable|zahlbar/iu.test(l)),
      dueDate: after(ls, labels.DUE_LABELS, findDate),
      currency,
      total: total?.cents ?? null,
      amountDue: (due ?? total)?.cents ?? null,
      seller: after(ls, labels.SELLER_LABELS, readName, startsLine),
      buyer: after(ls, labels.BUYER_LABELS, readName, startsLine),
      iban: findIban(ls),
      profile: null,
      profileName: null,
    },
  };
}

/** The value after the first label that yields one: on the label's line, else on the next line. */
function after<T>(lines: string[], list: RegExp[], read: Reader<T>, accept: (line: string, m: RegExpExecArray) => boolean = () => true): T | null {
  for (const label of list) {
    for (let i = 0; i < lines.length; i++) {
      const m = label.exec(lines[i]!);
      if (!m || !accept(lines[i]!, m)) continue;
      const rest = lines[i]!.slice(m.index + m[0].length).replace(/^[\s:.#°º\-–=|]+/, '');
      const value = rest !== '' ? read(rest) : null;
      if (value !== null) return value;
      if (rest === '' || /^\(?[\p{L}\s.]{0,12}\)?:?$/u.test(rest)) {
        const below = lines[i + 1] !== undefined ? read(lines[i + 1]!) : null;
        if (below !== null) return below;
      }
    }
  }
  return null;
}

const startsLine = (_line: string, m: RegExpExecArray) => m.index === 0;

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

function readName(text: string): string | null {
  const name = clean(text.split(/\s{3,}/)[0] ?? '');
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
