/**
 * Amounts as people and accounting exports write them: `1 234,56 €`, `€1,234.56`, `1.234,56 EUR`,
 * `1234.56`, `-12,00`, `(12,00)`, `1'234.56`, with spaces, no-break or narrow no-break spaces.
 * Exact: the digits are read as text, never through a float.
 *
 * Separators: when both `,` and `.` appear the last one is the decimal mark; a lone separator followed
 * by exactly three digits groups thousands (`1,234` / `1.234` → 1234.00), otherwise it is the decimal
 * mark (`12,5` → 12.50). More than two decimals is not an amount of money: null.
 * @example parseAmount('1 234,56 €') // → 123456
 * @example parseAmount('€1,234.56') // → 123456
 * @example parseAmountWithCurrency('1.234,56 EUR') // → { cents: 123456, currency: 'EUR' }
 */
import type { Cents, Currency } from '../model';

const SYMBOLS: Record<string, Currency> = { '€': 'EUR', '$': 'USD', '£': 'GBP', 'EUROS': 'EUR', 'EURO': 'EUR' };
/** ISO 4217 codes accepted next to an amount (a three-letter word such as "TTC" is not a currency). */
const CODES = new Set('EUR USD GBP CHF CAD AUD JPY CNY SEK NOK DKK PLN CZK HUF RON BGN MAD TND DZD XOF XAF XPF'.split(' '));

export interface ParsedAmount {
  cents: Cents;
  /** From a symbol or code written with the amount; null when none. */
  currency: Currency | null;
}

/** A human-written amount → cents, or null when the text is not (only) an amount. */
export function parseAmount(text: string): Cents | null {
  return parseAmountWithCurrency(text)?.cents ?? null;
}

export function parseAmountWithCurrency(text: string): ParsedAmount | null {
  let s = text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ').trim();
  let currency: Currency | null = null;
  let negative = false;
  const takeSign = () => {
    const sign = /^([+\-\u2212\u2013])\s*(.*)$/.exec(s);
    if (sign) { negative = negative !== (sign[1] !== '+'); s = sign[2]!; }
  };
  if (/^\(.*\)$/.test(s)) { negative = true; s = s.slice(1, -1).trim(); }
  takeSign(); // "-€0.01"
  const unit = /^([€$£]|[A-Za-z]{3,5})\s*(.*)$|^(.*?)\s*([€$£]|[A-Za-z]{3,5})$/.exec(s);
  if (unit) {
    const code = (unit[1] ?? unit[4] ?? '').toUpperCase();
    const mapped = SYMBOLS[code] ?? (CODES.has(code) ? code : null);
    if (mapped === null) return null;
    currency = mapped;
    s = (unit[2] ?? unit[3] ?? '').trim();
  }
  takeSign(); // "€-12", "EUR -12"
  if (/^\d[\d\s.,']*-$/.test(s)) { negative = !negative; s = s.slice(0, -1).trim(); } // "12,00-" (some ledgers)
  // Spaces and apostrophes may only group thousands: "1 234,56", "1'234.50" — not "1 23,00".
  if (/[\s']/.test(s)) {
    if (!/^\d{1,3}(?:[\s']\d{3})+(?:[.,]\d{1,2})?$/.test(s)) return null;
    s = s.replace(/[\s']/g, '');
  }
  const cents = digitsToCents(s);
  if (cents === null) return null;
  return { cents: negative && cents !== 0 ? -cents : cents, currency };
}

function digitsToCents(s: string): Cents | null {
  if (!/^\d[\d.,]*$/.test(s) || /[.,]{2}|[.,]$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimalMark: string | null = null;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? ',' : '.';
    const single = s.indexOf(mark) === s.lastIndexOf(mark);
    decimalMark = single && s.length - s.lastIndexOf(mark) - 1 !== 3 ? mark : null;
  }
  let whole = s;
  let frac = '';
  if (decimalMark) {
    const i = s.lastIndexOf(decimalMark);
    whole = s.slice(0, i);
    frac = s.slice(i + 1);
    if (frac.length > 2 || whole.includes(decimalMark)) return null;
  }
  const group = decimalMark === ',' ? '.' : decimalMark === '.' ? ',' : s.includes(',') ? ',' : '.';
  if (whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return null;
  whole = whole.split(group).join('');
  if (!/^\d{1,13}$/.test(whole)) return null;
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}
