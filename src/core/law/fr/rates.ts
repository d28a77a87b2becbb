/**
 * Rate look-ups over the data tables, with user-supplied figures for the half-years the project does not
 * know. Published data always wins over an override: a stale setting can never replace an official rate.
 * @example ecbReferenceRate('2025-H2') // → { ok: true, value: { rate: 215, date: '2025-07-01', source: 'S6c', … } }
 * @example ecbReferenceRate('2026-H2') // → { ok: false, error: { code: 'rate-unknown', params: { halfYear: '2026-H2', … } } }
 */
import { fail, ok, type IsoDate, type RateHundredths, type Result } from '../../model';
import { ECB_CONFIRMED_THROUGH, ECB_MRO } from './ecb-rates';
import { LEGAL_RATES } from './legal-rates';
import { halfYearParams } from './format';
import { halfYearStart, type HalfYear } from './half-years';

export type LegalRateColumn = 'particuliers' | 'autresCas';
export type EcbOverrides = Record<HalfYear, RateHundredths>;
export type LegalRateOverrides = Record<HalfYear, Partial<Record<LegalRateColumn, RateHundredths>>>;

/** A rate with where it comes from: a source key of facts.md, or 'user' for a supplied figure. */
export interface SourcedRate { halfYear: HalfYear; rate: RateHundredths; source: string; known: boolean }
export interface EcbReference extends SourcedRate { date: IsoDate }

/** The ECB MRO rate in force on `date`, or null when the project does not know it. */
export function ecbRateOn(date: IsoDate): { rate: RateHundredths; source: string } | null {
  if (date > ECB_CONFIRMED_THROUGH.date) return null;
  let found: { rate: RateHundredths; source: string } | null = null;
  for (const change of ECB_MRO) if (change.from <= date) found = change;
  return found && { rate: found.rate, source: found.source };
}

/** The ECB reference rate of a half-year: the rate in force on its first day (1 January / 1 July). */
export function ecbReferenceRate(h: HalfYear, overrides: EcbOverrides = {}): Result<EcbReference> {
  const date = halfYearStart(h);
  const known = ecbRateOn(date);
  if (known) return ok({ halfYear: h, date, rate: known.rate, source: known.source, known: true });
  const supplied = overrides[h];
  if (supplied === undefined) return fail('rate-unknown', halfYearParams(h));
  if (!validRate(supplied)) return fail('bad-rate', { input: String(supplied) });
  return ok({ halfYear: h, date, rate: supplied, source: 'user', known: false });
}

/** The taux de l'intérêt légal of a half-year in the creditor's column. */
export function legalRate(h: HalfYear, column: LegalRateColumn, overrides: LegalRateOverrides = {}): Result<SourcedRate> {
  const row = LEGAL_RATES.find((r) => r.halfYear === h);
  if (row) return ok({ halfYear: h, rate: row[column], source: row.source, known: true });
  const supplied = overrides[h]?.[column];
  if (supplied === undefined) return fail('legal-rate-unknown', { ...halfYearParams(h), ...columnParams(column) });
  if (!validRate(supplied)) return fail('bad-rate', { input: String(supplied) });
  return ok({ halfYear: h, rate: supplied, source: 'user', known: false });
}

/** The floor of a contractual B2B rate: 3 × the legal rate "autres cas" (L441-10 II). */
export function contractualFloor(h: HalfYear, overrides: LegalRateOverrides = {}): Result<SourcedRate & { legalRate: RateHundredths }> {
  const r = legalRate(h, 'autresCas', overrides);
  return r.ok ? ok({ ...r.value, legalRate: r.value.rate, rate: 3 * r.value.rate }) : r;
}

export function columnParams(column: LegalRateColumn): Record<string, string> {
  return column === 'particuliers'
    ? { column, columnFr: 'particuliers', columnEn: 'private individuals' }
    : { column, columnFr: 'autres cas', columnEn: 'other cases' };
}

/** A rate a user may supply: whole hundredths of a point, 0 to 100 %. */
export function validRate(r: RateHundredths): boolean {
  return Number.isInteger(r) && r >= 0 && r <= 10_000;
}
