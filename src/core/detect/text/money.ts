/**
 * Amounts as people write them in French and English mail, read into exact integer cents.
 * "1 234,56 €", "1.234,56 EUR", "€1,234.56", "1512.00 EUR", "USD 6,300.00", "$4,750", "3 600 €", "1 250,50 $ CA".
 * A number counts as money only when a currency sits right before or after it, so phone numbers,
 * SIRET, postal codes and invoice numbers are never read as amounts.
 * @example findAmounts('Total TTC : 2.456,40 EUR') // → [{ cents: 245640, currency: 'EUR', … }]
 */
import type { Cents, Currency } from '../../model';

export interface AmountHit {
  cents: Cents;
  currency: Currency | null;
  /** Offsets of the whole match (currency included) in the searched text. */
  start: number;
  end: number;
}

const SYM = String.raw`(?:€|EUR\b|euros?\b|£|GBP\b|US\$|\$ ?CA\b|CA\$|C\$|CAD\b|\$|USD\b|CHF\b)`;
// Grouped (1 234 / 1.234 / 1,234 / 1'234) or plain digits, then optional 1–2 decimals.
const NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d{1,2})?|\d{1,9}(?:[.,]\d{1,2})?`;
// Third form: "2 480,00 TTC" (a currency sign lost to a bad charset still leaves the tax label).
const DEC = String.raw`\d{1,3}(?:[ \u00a0\u202f.]\d{3})*,\d{2}|\d{1,3}(?:,\d{3})*\.\d{2}`;
// A number right after "/" ends a date ("03/05/2025 £1,872.00"): never an amount, and the sign after it
// belongs to the next number.
const MONEY = new RegExp(String.raw`(${SYM})\s?(${NUM})(?![\d])|(?<![\d.,/])(${NUM})\s?(${SYM})|(?<![\d.,/])(${DEC})\s{0,3}(?=(?:TTC|HT)\b)`, 'gi');

const CURRENCY: Record<string, Currency> = {
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', '$': 'USD', 'us$': 'USD', usd: 'USD', chf: 'CHF',
  '$ca': 'CAD', 'ca$': 'CAD', 'c$': 'CAD', cad: 'CAD',
};

/** Reads one written number into cents, deciding which separator is the decimal one. */
export function numberToCents(raw: string): Cents | null {
  const s = raw.replace(/[\u00a0\u202f ']/g, ' ').trim();
  const m = /^(.*?)(?:([.,])(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  let units = m[1]!;
  let frac = m[3] ?? '';
  // "1.234" or "1,234" with nothing after: a thousands group, not decimals (handled by the {1,2} limit).
  if (m[2] && units === '') return null;
  if (!/^\d{1,3}(?:[ .,]\d{3})*$|^\d+$/.test(units)) return null;
  // Grouping must be consistent and differ from the decimal separator.
  const groupSeps = new Set(units.replace(/\d/g, ''));
  if (groupSeps.size > 1 || (m[2] && groupSeps.has(m[2]))) return null;
  units = units.replace(/[ .,]/g, '');
  if (frac.length === 1) frac += '0';
  const value = Number(units) * 100 + Number(frac || '0');
  return Number.isSafeInteger(value) ? value : null;
}

export function findAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  MONEY.lastIndex = 0;
  for (const m of text.matchAll(MONEY)) {
    const num = (m[2] ?? m[3] ?? m[5])!;
    const sym = (m[1] ?? m[4] ?? '').toLowerCase().replace(' ', '');
    const cents = numberToCents(num);
    if (cents === null || cents === 0) continue;
    hits.push({ cents, currency: CURRENCY[sym] ?? null, start: m.index!, end: m.index! + m[0].length });
  }
  return hits;
}
