/** Everything a letter is rendered from, once the claim is computed and the facts resolved. */
import type { Claim, CompanyIdentity, DebtorKind, IsoDate, Lang, LetterTier, RateHundredths, Tone } from '../model';

export interface LetterInput {
  tier: LetterTier;
  lang: Lang;
  tone: Tone;
  debtorKind: DebtorKind;
  /** The letter's date; penalties are computed to this day. */
  on: IsoDate;
  claim: Claim;
  /** Invoice number → issue date, when known. */
  issueDates?: Record<string, IsoDate | null>;
  debtor: { name: string; address: string | null; email: string | null };
  company: CompanyIdentity;
  /** Days given to pay (reminder 2 onwards); the deadline is `on` + this. */
  deadlineDays: number;
  /** Earlier reminders, oldest first (day null when the thread does not say). */
  earlier: { day: IsoDate | null }[];
  /**
   * Rates the letter announces when the claim has no penalty part yet (a consumer before the formal
   * notice, a reminder sent on the due date): rate + basis sentence.
   */
  announcedRates?: { rate: RateHundredths; basis: string }[];
  /** The invoice goes with the letter (reply attachment); otherwise reminder 1 offers to send a copy. Default true. */
  invoiceAttached?: boolean;
}

/** The fixed recovery indemnity per invoice for professional and public debtors (D441-5, D2192-35). */
export const INDEMNITY_CENTS = 4000;
