/** Dates and amounts as a French (or English) accountant reads them. */
import { formatMoney, type Cents, type IsoDate, type Lang, type RateHundredths } from '../core';

export function day(d: IsoDate | null | undefined, lang: Lang): string {
  if (!d) return '—';
  const [y, m, dd] = d.split('-');
  return lang === 'fr' ? `${dd}/${m}/${y}` : `${dd}/${m}/${y}`;
}

/** "12/03" for evidence lines. */
export function shortDay(d: IsoDate | null | undefined): string {
  if (!d) return '';
  const [, m, dd] = d.split('-');
  return `${dd}/${m}`;
}

export function money(c: Cents, currency: string, lang: Lang): string {
  return formatMoney(c, currency, lang);
}

export function rate(r: RateHundredths, lang: Lang): string {
  const s = (r / 100).toFixed(2);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** Parses a user-typed amount ("1 240,00", "1,240.00", "1240") into cents, or null. */
export function parseAmount(input: string): Cents | null {
  let s = input.replace(/[\s\u00a0\u202f€]|EUR/gi, '');
  if (/,\d{1,2}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [i, f = ''] = s.split('.');
  return Number(i) * 100 + Number(f.padEnd(2, '0'));
}

/** Parses "2,15" / "2.15" into hundredths of a point, or null. */
export function parseRate(input: string): RateHundredths | null {
  const c = parseAmount(input);
  return c === null || c > 10000 ? null : c;
}

/** "15/03/2025" or "2025-03-15" → IsoDate, or null. */
export function parseDay(input: string): IsoDate | null {
  const t = input.trim();
  const fr = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : t;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(Date.parse(iso)) ? iso : null;
}
