/**
 * `relance draft [--on YYYY-MM-DD] [--me ADDRESS|@domain] [--lang fr|en] [--tier reminder-1|reminder-2|reminder-3|formal-notice]
 *   [--ecb-rate 2.15] [--settings FILE.json] PATH`
 *
 * Prints one JSON line `{"subject","html","text"}`: the letter for the next step of the thread in PATH (one
 * .eml or .mbox), or for `--tier`. The sender's identity comes from `--settings` (the panes' Settings as JSON,
 * any subset); without it, visible placeholders (`[Votre raison sociale]`, `[SIREN]`, `[IBAN]`…) that the user
 * replaces — the mention check accepts them, since they are present. `--ecb-rate` supplies the ECB reference
 * rate for the half-years the project does not know (a published rate always wins). Refusals (nothing to send,
 * unknown rate, unknown amount or due date): one French sentence naming the figure, exit 1. Usage: exit 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_CADENCE, describeProblem, draftLetter, extractInvoice, halfYearsBetween, isIsoDate, parseDecimal, parseMailFile, type ExtractedInvoice, type Lang, type LetterTier, type Settings, type Thread } from '../../../core';
import { analyse } from '../../../core/detect';
import { EXIT_INPUT, EXIT_OK, UsageError, parseArgs, type CliIo } from '../io';

const TIERS: LetterTier[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
const HINTS: Record<string, string> = {
  'rate-unknown': ' Option : --ecb-rate TAUX (en %, point décimal).',
  'letter-nothing-to-send': ` Option : --tier ${TIERS.join('|')}.`,
};

/** Settings when no --settings file is given: neutral, visible placeholders. */
export function defaultSettings(lang: Lang, me: string | undefined): Settings {
  const fr = lang === 'fr';
  return {
    company: {
      name: fr ? '[Votre raison sociale]' : '[Your company name]', siren: '[SIREN]', address: fr ? '[Adresse]' : '[Address]',
      iban: '[IBAN]', bic: '', email: me && !me.startsWith('@') ? me : '', phone: '', signature: fr ? '[Signature]' : '[Signature]',
    },
    paymentTermDays: 30, endOfMonthMethod: 'add-then-eom', contractualRate: null, cadence: DEFAULT_CADENCE, paymentDeadlineDays: 8,
    defaultDebtorKind: 'business', creditorKind: 'business', tones: {}, lang, ecbOverrides: {},
  };
}

export async function draft(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseArgs(args, ['on', 'me', 'lang', 'tier', 'ecb-rate', 'settings']);
  if (positional.length !== 1) throw new UsageError('give exactly one .eml or .mbox file');
  const path = positional[0]!;
  const on = flags.on ?? io.today();
  if (!isIsoDate(on)) throw new UsageError(`--on must be a date YYYY-MM-DD (got ${flags.on})`);
  const lang = flags.lang as Lang | undefined;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') throw new UsageError(`--lang must be fr or en (got ${lang})`);
  const tier = flags.tier as LetterTier | undefined;
  if (tier !== undefined && !TIERS.includes(tier)) throw new UsageError(`--tier must be one of ${TIERS.join(', ')} (got ${tier})`);
  let ecbRate: number | null = null;
  if (flags['ecb-rate'] !== undefined) {
    const r = parseDecimal(flags['ecb-rate']);
    if (!r.ok || r.value < 0 || r.value > 10000) throw new UsageError(`--ecb-rate must be a rate in %, e.g. 2.15 (got ${flags['ecb-rate']})`);
    ecbRate = r.value;
  }
  const fail = (message: string) => { io.err(`relance draft: ${message}`); return EXIT_INPUT; };

  if ((await stat(path).catch(() => null))?.isDirectory()) throw new UsageError(`${path} is a folder: give one .eml or .mbox file`);
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return fail(`impossible de lire ${path}`);
  const thread = await parseMailFile(basename(path), new Uint8Array(bytes));
  if (!thread.ok) return fail(describeProblem(thread.error, 'fr'));

  const { case: debtorCase, stage } = analyse(thread.value, { me: flags.me, on, documents: await documentsOf(thread.value) });
  const letterLang = lang ?? debtorCase.lang;
  let settings = defaultSettings(letterLang, flags.me);
  if (flags.settings !== undefined) {
    const s = await readSettings(flags.settings, settings);
    if (typeof s === 'string') return fail(s);
    settings = s;
  }
  if (ecbRate !== null) {
    const supplied = Object.fromEntries(halfYearsBetween('2015-01-01', on).map((h) => [h, ecbRate!]));
    settings = { ...settings, ecbOverrides: { ...supplied, ...settings.ecbOverrides } };
  }
  const letter = draftLetter({ case: debtorCase, stage, settings, on, tier, lang: letterLang });
  if (!letter.ok) return fail(describeProblem(letter.error, 'fr') + (HINTS[letter.error.code] ?? ''));
  for (const m of letter.value.mentions) io.err(`relance draft: avertissement : mention manquante (${m.mention}, ${m.where}) : ${m.expected}`);
  io.out(JSON.stringify({ subject: letter.value.subject, html: letter.value.html, text: letter.value.text }));
  return EXIT_OK;
}

/** Facts of the invoices attached to the thread (Factur-X, UBL, CII, PDF text); unreadable ones are skipped. */
async function documentsOf(thread: Thread): Promise<ExtractedInvoice[]> {
  const docs: ExtractedInvoice[] = [];
  for (const m of thread.messages) {
    for (const a of m.attachments) {
      if (!/\.(pdf|xml)$/i.test(a.filename) && !/pdf|xml/i.test(a.contentType)) continue;
      const r = await extractInvoice(a.content, a.filename);
      if (r.ok) docs.push(r.value);
    }
  }
  return docs;
}

/** The panes' Settings as JSON (any subset) over the defaults; a message when the file is unusable. */
async function readSettings(file: string, defaults: Settings): Promise<Settings | string> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return `impossible de lire le fichier de réglages ${file}`;
  let json: unknown;
  try { json = JSON.parse(text); } catch { return `fichier de réglages ${file} : JSON illisible`; }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return `fichier de réglages ${file} : un objet JSON est attendu`;
  const s = json as Partial<Settings>;
  const company = { ...defaults.company, ...(s.company ?? {}) };
  for (const [k, v] of Object.entries(company)) if (typeof v !== 'string') return `fichier de réglages ${file} : company.${k} doit être un texte`;
  if (s.paymentDeadlineDays !== undefined && !(Number.isInteger(s.paymentDeadlineDays) && s.paymentDeadlineDays > 0 && s.paymentDeadlineDays <= 90)) {
    return `fichier de réglages ${file} : paymentDeadlineDays doit être un nombre de jours entre 1 et 90`;
  }
  return { ...defaults, ...s, company, tones: { ...(s.tones ?? {}) }, ecbOverrides: { ...(s.ecbOverrides ?? {}) } };
}
