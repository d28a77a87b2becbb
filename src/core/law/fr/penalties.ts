/**
 * French late-payment interest, exact to the cent (facts.md §1, §3, §5, conventions §9):
 * - business debtor (C. com. L441-10, D441-5): ECB reference rate of each half-year + 10 points, the delay
 *   split at 1 January / 1 July, or one contractual rate for the whole delay (never below 3 × the legal
 *   rate); 40 € per invoice;
 * - consumer debtor (C. civ. 1231-6, 1344): legal rate of the creditor's column from the day after the
 *   formal notice, split by half-year; no 40 €;
 * - public buyer (CCP L2192-13, R2192-31, D2192-35): ECB rate on the first day of the half-year in which
 *   interest starts + 8 points, fixed for the whole delay; 40 €.
 * Each part is rounded half-up to the cent; the interest is the sum of the rounded parts.
 */
import { fail, ok, type Cents, type CreditorKind, type DebtorKind, type IsoDate, type Penalties, type PenaltySegment, type Problem, type RateHundredths, type Result } from '../../model';
import { addDays, daysBetween, formatDecimal, isIsoDate, maxDate, roundHalfUp } from '../../util';
import { dateParams, halfYearParams, rateParams } from './format';
import { halfYearOf, splitByHalfYear } from './half-years';
import { columnParams, ecbReferenceRate, legalRate, validRate, type EcbOverrides, type LegalRateOverrides } from './rates';
import { checkContractualRate } from './floor';

export interface PenaltiesInput {
  /** Unpaid amount TTC, in cents. */
  principal: Cents;
  dueDate: IsoDate;
  /** Payment date, or the day the claim is computed. */
  on: IsoDate;
  debtor?: DebtorKind;
  creditor?: CreditorKind;
  /** Contractual B2B rate (hundredths of a point); null/absent = the legal default. */
  contractualRate?: RateHundredths | null;
  /** Date of the formal notice (mise en demeure): required for a consumer debtor. */
  noticeDate?: IsoDate | null;
  /** ECB reference rates for half-years the project does not know ('2026-H2' → 215). */
  ecbOverrides?: EcbOverrides;
  /** Legal rates for half-years the project does not know ('2026-H2' → { autresCas: 250 }). */
  legalRateOverrides?: LegalRateOverrides;
}

/** D441-5 C. com. / D2192-35 CCP: fixed recovery indemnity per invoice paid late. */
export const RECOVERY_INDEMNITY: Cents = 4000;

export const PENALTY_ARTICLES: Record<DebtorKind, readonly string[]> = {
  business: ['L441-10 C. com.', 'D441-5 C. com.'],
  consumer: ['1231-6 C. civ.', '1344 C. civ.', 'L313-2 C. mon. fin.'],
  public: ['L2192-13 CCP', 'R2192-31 CCP', 'D2192-35 CCP'],
};

const DEBTOR_LABELS: Record<DebtorKind, Record<string, string>> = {
  business: { debtor: 'business', debtorFr: 'professionnel', debtorEn: 'business' },
  consumer: { debtor: 'consumer', debtorFr: 'consommateur', debtorEn: 'consumer' },
  public: { debtor: 'public', debtorFr: 'acheteur public', debtorEn: 'public buyer' },
};

type Part = Omit<PenaltySegment, 'interest'>;

/**
 * Late-payment interest and indemnity owed on one invoice.
 * @example computePenalties({ principal: 120000, dueDate: '2025-03-15', on: '2025-05-01' })
 * // → ok: daysLate 47, one segment at 1315 → interest 2032, indemnity 4000, total 126032
 */
export function computePenalties(input: PenaltiesInput): Result<Penalties> {
  const debtor = input.debtor ?? 'business';
  const bad = validate(input);
  if (bad) return { ok: false, error: bad };
  const { principal, dueDate, on } = input;
  const daysLate = Math.max(0, daysBetween(dueDate, on));
  const warnings: Problem[] = [];
  if (input.contractualRate != null && debtor !== 'business') {
    warnings.push({ code: 'contractual-rate-ignored', params: { ...rateParams('rate', input.contractualRate), ...DEBTOR_LABELS[debtor] } });
  }
  let parts: Result<Part[]> = ok([]);
  if (debtor === 'consumer') {
    if (!input.noticeDate) return fail('notice-date-required');
    if (daysLate > 0) parts = consumerParts(maxDate(dueDate, input.noticeDate), on, input);
  } else if (daysLate > 0) {
    const start = addDays(dueDate, 1);
    parts = debtor === 'public' ? publicParts(start, on, input)
      : input.contractualRate != null ? checkContractualRate(input.contractualRate, start, on, input.legalRateOverrides, warnings)
      : businessParts(start, on, input);
  }
  if (!parts.ok) return parts;
  const segments = parts.value.map((p) => ({ ...p, interest: interestOf(principal, p.rate, p.days) }));
  const interest = segments.reduce((sum, s) => sum + s.interest, 0);
  const indemnity = daysLate > 0 && debtor !== 'consumer' ? RECOVERY_INDEMNITY : 0;
  const total = principal + interest + indemnity;
  if (!Number.isSafeInteger(total)) return fail('amount-too-large');
  const result: Penalties = { principal, dueDate, on, daysLate, debtor, segments, interest, indemnity, total, articles: [...PENALTY_ARTICLES[debtor]] };
  if (warnings.length) result.warnings = warnings;
  return ok(result);
}

/** principal × rate × days / 365, rounded half-up to the cent (rate in hundredths of a percent). */
export function interestOf(principal: Cents, rate: RateHundredths, days: number): Cents {
  return roundHalfUp(BigInt(principal) * BigInt(rate) * BigInt(days), 365n * 10_000n);
}

function validate(input: PenaltiesInput): Problem | null {
  for (const d of [input.dueDate, input.on, ...(input.noticeDate ? [input.noticeDate] : [])]) {
    if (typeof d !== 'string' || !isIsoDate(d)) return { code: 'bad-date', params: { input: String(d) } };
  }
  if (!Number.isSafeInteger(input.principal) || input.principal <= 0) {
    return { code: 'principal-not-positive', params: { amount: Number.isSafeInteger(input.principal) ? formatDecimal(input.principal) : String(input.principal) } };
  }
  if (input.contractualRate != null && !validRate(input.contractualRate)) {
    return { code: 'bad-rate', params: { input: String(input.contractualRate) } };
  }
  return null;
}

function businessParts(start: IsoDate, on: IsoDate, input: PenaltiesInput): Result<Part[]> {
  const parts: Part[] = [];
  for (const piece of splitByHalfYear(start, on)) {
    const ref = ecbReferenceRate(piece.halfYear, input.ecbOverrides);
    if (!ref.ok) return ref;
    parts.push({ from: piece.from, to: piece.to, days: piece.days, rate: ref.value.rate + 1000, rateBasis: ecbBasis(ref.value, 10) });
  }
  return ok(parts);
}

function publicParts(start: IsoDate, on: IsoDate, input: PenaltiesInput): Result<Part[]> {
  const ref = ecbReferenceRate(halfYearOf(start), input.ecbOverrides);
  if (!ref.ok) return ref;
  return ok([{ from: start, to: on, days: daysBetween(start, on) + 1, rate: ref.value.rate + 800, rateBasis: ecbBasis(ref.value, 8) }]);
}

function consumerParts(noticeOrDue: IsoDate, on: IsoDate, input: PenaltiesInput): Result<Part[]> {
  const column = input.creditor === 'individual' ? 'particuliers' : 'autresCas';
  const parts: Part[] = [];
  for (const piece of splitByHalfYear(addDays(noticeOrDue, 1), on)) {
    const r = legalRate(piece.halfYear, column, input.legalRateOverrides);
    if (!r.ok) return r;
    const basis = { code: 'rate-basis-legal', params: { ...rateParams('rate', r.value.rate), ...columnParams(column), ...halfYearParams(piece.halfYear), source: r.value.source } };
    parts.push({ from: piece.from, to: piece.to, days: piece.days, rate: r.value.rate, rateBasis: basis });
  }
  return ok(parts);
}

function ecbBasis(ref: { rate: RateHundredths; date: IsoDate; source: string; known: boolean }, points: number): PenaltySegment['rateBasis'] {
  return {
    code: ref.known ? 'rate-basis-ecb' : 'rate-basis-ecb-supplied',
    params: { ...rateParams('ecbRate', ref.rate), ...dateParams('referenceDate', ref.date), points, source: ref.source },
  };
}
