/**
 * The user's settings as the Gmail service keeps them: defaults for a new user, and the settings form
 * (homepage → "Paramètres") read back into a Settings value with every field checked.
 */
import type { Lang, Settings, Tone } from '../../core';
import { DEFAULT_CADENCE, parseDecimal } from '../../core';
import type { AddonEvent } from './event';
import { formValue } from './event';

/** First-run settings: one definition in the core, shared with the Outlook pane. */
export { defaultSettings } from '../../core';

export const TONES: Tone[] = ['new-client', 'regular', 'late-payer', 'key-account'];

/** Names of the settings form's inputs (also used by the card builder). */
export const SETTINGS_FIELDS = {
  name: 'company_name', siren: 'company_siren', address: 'company_address', iban: 'company_iban', bic: 'company_bic',
  email: 'company_email', phone: 'company_phone', signature: 'company_signature',
  term: 'payment_term_days', deadline: 'payment_deadline_days', rate: 'contractual_rate',
  r1: 'cadence_r1', r2: 'cadence_r2', r3: 'cadence_r3', notice: 'cadence_notice', lang: 'letter_lang',
  tones: 'client_tones', ecb: 'ecb_overrides',
} as const;

/** Tone names as the user reads and types them (either language is accepted back). */
export const TONE_WORDS: Record<Lang, Record<Tone, string>> = {
  fr: { 'new-client': 'nouveau client', regular: 'régulier', 'late-payer': 'mauvais payeur', 'key-account': 'grand compte' },
  en: { 'new-client': 'new client', regular: 'regular', 'late-payer': 'late payer', 'key-account': 'key account' },
};

/** One line per client: `address or @domain = tone`. */
export const tonesText = (tones: Settings['tones'], lang: Lang) =>
  Object.entries(tones).map(([k, v]) => `${k} = ${TONE_WORDS[lang][v]}`).join('\n');
/** One line per half-year: `2026-S2 = 2,15` (S for semestre; H accepted). */
export const ecbText = (o: Settings['ecbOverrides'], lang: Lang) =>
  Object.entries(o).map(([k, v]) => `${lang === 'fr' ? k.replace('-H', '-S') : k} = ${(v / 100).toFixed(2).replace('.', lang === 'fr' ? ',' : '.')}`).join('\n');

function parseLines<T>(text: string, one: (key: string, value: string) => [string, T] | null): Record<string, T> | null {
  const out: Record<string, T> = {};
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 200)) {
    const m = /^([^=]+?)\s*[=:]\s*(.+)$/.exec(line);
    const r = m ? one(m[1]!.trim(), m[2]!.trim()) : null;
    if (!r) return null;
    out[r[0]] = r[1];
  }
  return out;
}

function parseTones(text: string): Settings['tones'] | null {
  const words = new Map<string, Tone>();
  for (const l of ['fr', 'en'] as const) for (const tone of TONES) words.set(TONE_WORDS[l][tone], tone);
  for (const tone of TONES) words.set(tone, tone);
  return parseLines(text, (key, value) => {
    const k = key.toLowerCase();
    const tone = words.get(value.toLowerCase());
    return tone && /^(?:[^@\s]+@[^@\s]+\.[^@\s]+|@[^@\s]+\.[^@\s]+)$/.test(k) ? [k, tone] : null;
  });
}

function parseEcb(text: string): Settings['ecbOverrides'] | null {
  return parseLines(text, (key, value) => {
    const m = /^(\d{4})-?[SH]([12])$/i.exec(key.replace(/\s+/g, ''));
    const r = parseDecimal(value.replace(/\s*%$/, '').replace(',', '.'));
    return m && r.ok && r.value >= -500 && r.value <= 2000 ? [`${m[1]}-H${m[2]}`, r.value] : null;
  });
}

export type SettingsResult = { ok: true; value: Settings } | { ok: false; field: string };

function days(v: string, min: number, max: number): number | null {
  if (!/^\d{1,3}$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** Reads the settings form; the first invalid field is named so the card can point at it. */
export function settingsFromForm(event: AddonEvent, current: Settings): SettingsResult {
  const f = SETTINGS_FIELDS;
  const v = (name: string) => formValue(event, name);
  const text = (name: string, max: number) => v(name).slice(0, max);
  const s: Settings = structuredClone(current);
  s.company = {
    name: text(f.name, 200), siren: text(f.siren, 20), address: text(f.address, 500), iban: text(f.iban, 40).replace(/\s+/g, ' '),
    bic: text(f.bic, 11), email: text(f.email, 200), phone: text(f.phone, 40), signature: text(f.signature, 2000),
  };
  const checks: Array<[string, number | null, (n: number) => void]> = [
    [f.term, days(v(f.term), 0, 120), (n) => { s.paymentTermDays = n; }],
    [f.deadline, days(v(f.deadline), 1, 60), (n) => { s.paymentDeadlineDays = n; }],
    [f.r1, days(v(f.r1), 0, 365), (n) => { s.cadence.reminder1 = n; }],
    [f.r2, days(v(f.r2), 0, 365), (n) => { s.cadence.reminder2 = n; }],
    [f.r3, days(v(f.r3), 0, 365), (n) => { s.cadence.reminder3 = n; }],
    [f.notice, days(v(f.notice), 0, 365), (n) => { s.cadence.formalNotice = n; }],
  ];
  for (const [name, n, set] of checks) {
    if (n === null) return { ok: false, field: name };
    set(n);
  }
  const c = s.cadence;
  if (!(c.reminder1 <= c.reminder2 && c.reminder2 <= c.reminder3 && c.reminder3 <= c.formalNotice)) return { ok: false, field: f.r2 };
  const rate = v(f.rate);
  if (rate === '') s.contractualRate = null;
  else {
    const r = parseDecimal(rate.replace(',', '.'));
    if (!r.ok || r.value < 0 || r.value > 10000) return { ok: false, field: f.rate };
    s.contractualRate = r.value;
  }
  const tones = parseTones(v(f.tones));
  if (!tones) return { ok: false, field: f.tones };
  s.tones = tones;
  const ecb = parseEcb(v(f.ecb));
  if (!ecb) return { ok: false, field: f.ecb };
  s.ecbOverrides = ecb;
  const lang = v(f.lang);
  if (lang === 'fr' || lang === 'en' || lang === 'thread') s.letterLang = lang;
  return { ok: true, value: s };
}
