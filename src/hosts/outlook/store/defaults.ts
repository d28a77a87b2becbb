import { DEFAULT_CADENCE, type Lang, type Settings } from '../core';

/** First-run settings: the legal defaults (30-day term, legal rate), nothing about the company yet. */
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

/** The settings are usable for a letter once the company is named. */
export function settingsComplete(s: Settings | null): s is Settings {
  return !!s && s.company.name.trim().length > 0;
}
