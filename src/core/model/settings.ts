/** The user's settings, as the panes store them and the core reads them (never read globally: passed in). */
import type { Lang, RateHundredths } from './common';
import type { CreditorKind, DebtorKind } from './claim';
import { DEFAULT_CADENCE, type Cadence } from './stage';

export interface CompanyIdentity {
  name: string;
  siren: string;
  address: string;
  iban: string;
  bic: string;
  email: string;
  phone: string;
  /** Free-text signature block (plain text; escaped when rendered). */
  signature: string;
}

export type Tone = 'new-client' | 'regular' | 'late-payer' | 'key-account';

export type EndOfMonthMethod = 'add-then-eom' | 'eom-then-add';

export interface Settings {
  company: CompanyIdentity;
  /** Default payment term in days when a thread states none (L441-10: 30 days without agreement). */
  paymentTermDays: number;
  endOfMonthMethod: EndOfMonthMethod;
  /** Contractual late-penalty rate (hundredths of a point) or null for the legal default. */
  contractualRate: RateHundredths | null;
  cadence: Cadence;
  /** Days given to pay in reminder 2 and the formal notice. */
  paymentDeadlineDays: number;
  defaultDebtorKind: DebtorKind;
  creditorKind: CreditorKind;
  /** Tone per client, keyed by lower-cased address or `@domain`. */
  tones: Record<string, Tone>;
  lang: Lang;
  /** Language the letters start in: the thread's own ('thread', also when absent) or always `fr` / `en`; a pane may still switch one letter. */
  letterLang?: 'thread' | Lang;
  /** Reference rates the user supplied for half-years the project does not know: '2026-H2' → 215. */
  ecbOverrides: Record<string, RateHundredths>;
}

/**
 * First-run settings: the legal defaults (30-day term, legal rate, 8 days to pay), nothing about the company yet.
 * @example defaultSettings('fr').paymentTermDays // → 30
 */
export function defaultSettings(lang: Lang): Settings {
  return {
    company: { name: '', siren: '', address: '', iban: '', bic: '', email: '', phone: '', signature: '' },
    paymentTermDays: 30,
    endOfMonthMethod: 'add-then-eom',
    contractualRate: null,
    cadence: { ...DEFAULT_CADENCE },
    paymentDeadlineDays: 8,
    defaultDebtorKind: 'business',
    creditorKind: 'business',
    tones: {},
    lang,
    ecbOverrides: {},
  };
}
