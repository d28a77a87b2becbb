/**
 * Exact money: integer cents in, decimal strings out. No float ever touches an amount.
 * @example parseDecimal('1200.00') // → { ok: true, value: 120000 }
 * @example formatDecimal(124000) // → '1240.00'
 */
import type { Cents, Result } from '../model';

/** Parses a plain decimal string with a dot ("1200", "1200.5", "1200.50", "-3.10") into cents. */
export function parseDecimal(input: string): Result<Cents> {
  const m = /^\s*(-)?(\d{1,13})(?:\.(\d{1,2}))?\s*$/.exec(input);
  if (!m) return { ok: false, error: { code: 'bad-amount', params: { input } } };
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return { ok: true, value: m[1] ? -cents : cents };
}

/** Cents → "1240.00" (dot, two decimals, no grouping): the command-line contract's form. */
export function formatDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Cents → "1 240,00 €" (fr) or "€1,240.00" (en) for letters and panes. Uses narrow no-break spaces like Intl. */
export function formatMoney(cents: Cents, currency: string, lang: 'fr' | 'en'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.trunc(abs / 100));
  const frac = String(abs % 100).padStart(2, '0');
  const group = (sep: string) => units.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const symbol = currency === 'EUR' ? '€' : currency === 'USD' ? '$' : currency === 'GBP' ? '£' : null;
  if (lang === 'fr') return `${sign}${group('\u202f')},${frac}\u00a0${symbol ?? currency}`;
  return symbol ? `${sign}${symbol}${group(',')}.${frac}` : `${sign}${group(',')}.${frac} ${currency}`;
}

/**
 * Rounds a rational amount of cents (numerator / denominator, both integers) half-up to whole cents.
 * Uses BigInt so principal × rate × days never loses precision.
 */
export function roundHalfUp(numerator: bigint, denominator: bigint): Cents {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const neg = numerator < 0n;
  const n = neg ? -numerator : numerator;
  const q = (2n * n + denominator) / (2n * denominator);
  return Number(neg ? -q : q);
}
