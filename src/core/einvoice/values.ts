/**
 * Typed values as e-invoice XML writes them: decimal amounts ("529.87", "275", "9.9000", "-233.47")
 * and dates (CII `format="102"` YYYYMMDD, UBL YYYY-MM-DD). Exact: amounts never pass through a float.
 * @example decimalToCents('1059.745') // → 105975 (half away from zero at the third decimal)
 * @example xmlDate('20180305') // → '2018-03-05'
 */
import type { Cents, IsoDate } from '../model';
import { makeDate } from '../util';

/** A plain decimal string (dot, optional sign, any number of decimals) → cents, or null. */
export function decimalToCents(input: string | null): Cents | null {
  if (input === null) return null;
  const m = /^\s*([+-])?(\d{0,13})(?:\.(\d*))?\s*$/.exec(input);
  if (!m || (m[2] === '' && !m[3])) return null;
  const frac = m[3] ?? '';
  let cents = Number(m[2] || '0') * 100 + Number(frac.slice(0, 2).padEnd(2, '0'));
  if ((frac[2] ?? '0') >= '5') cents += 1;
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}

/** CII date strings (format 102 = YYYYMMDD, also tolerated with dashes) and UBL dates → `YYYY-MM-DD`. */
export function xmlDate(input: string | null): IsoDate | null {
  if (input === null) return null;
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s].*)?$/.exec(input);
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Collapses inner whitespace of a name or reference; null for empty. */
export function clean(input: string | null): string | null {
  if (input === null) return null;
  const s = input.replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}
