/** What the debtor owes under the law, computed by src/core/law. */
import type { Cents, IsoDate, Problem, RateHundredths } from './common';

export type DebtorKind = 'business' | 'consumer' | 'public';
export type CreditorKind = 'business' | 'individual';

export interface PenaltySegment {
  from: IsoDate;
  to: IsoDate;
  days: number;
  rate: RateHundredths;
  interest: Cents;
  /** Where the rate comes from ("ECB 2.15 % on 2025-07-01 + 10 points", "contractual"…), as a code + params for i18n. */
  rateBasis: { code: string; params?: Record<string, string | number> };
}

export interface Penalties {
  principal: Cents;
  dueDate: IsoDate;
  on: IsoDate;
  daysLate: number;
  debtor: DebtorKind;
  segments: PenaltySegment[];
  interest: Cents;
  indemnity: Cents;
  total: Cents;
  /** Legal articles that ground the claim (L441-10, D441-5, C. civ. 1231-6, R2192-31…). */
  articles: string[];
  /** Things the user should know that do not stop the computation (a floor that cannot be checked yet…). */
  warnings?: Problem[];
}

/** A claim for one letter: one or more invoices with their penalties. */
export interface ClaimLine {
  invoice: string;
  dueDate: IsoDate;
  principal: Cents;
  penalties: Penalties | null;
}

export interface Claim {
  lines: ClaimLine[];
  principal: Cents;
  interest: Cents;
  indemnity: Cents;
  total: Cents;
  currency: string;
}
