/**
 * From a debtor case to the letter to send: resolves the tier, language, tone and debtor kind, takes
 * the facts the thread gives (completed by the user's), computes the claim with the law module
 * (penalties to `on`) and renders. Refuses, naming the figure at stake, rather than invent one: an
 * unknown amount or due date, or a rate the project does not know (the law module's refusal).
 * @example draftLetter({ case: c, stage: s, settings, on: '2025-07-15' }) // → { ok: true, value: { subject: '[Relance 2 · FA-2025-0142] …', … } }
 */
import { addDays } from '../util';
import { buildClaim, computePenalties, type ClaimInvoice } from '../law';
import { fail, type DebtorCase, type DebtorKind, type IsoDate, type Lang, type Letter, type LetterFacts, type LetterTier, type Result, type Settings, type Stage, type StepId, type Tone } from '../model';
import type { LetterInput } from './input';
import { renderLetter, type TemplateOverride } from './render';
import { basisText } from './view';

export interface DraftInput {
  case: DebtorCase;
  stage: Stage;
  settings: Settings;
  /** Today: the letter's date, penalties computed to it. */
  on: IsoDate;
  /** Force a tier (default: the stage's next step). */
  tier?: LetterTier;
  lang?: Lang;
  tone?: Tone;
  debtorKind?: DebtorKind;
  facts?: LetterFacts;
  /** A user template checked by `checkOverride`. */
  override?: TemplateOverride;
  /** Whether the host attaches the original invoice to the letter (default true); without it reminder 1 offers a copy instead of announcing one. */
  invoiceAttached?: boolean;
}

const LETTER_TIERS: readonly StepId[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
const STEP_WORDS: Partial<Record<StepId, { stepFr: string; stepEn: string }>> = {
  wait: { stepFr: 'attendre : promesse de paiement, litige ou demande d’échéancier en cours', stepEn: 'wait: a payment promise, dispute or payment-plan request is open' },
  none: { stepFr: 'aucune : pas de facture impayée à réclamer dans ce fil', stepEn: 'none: no unpaid invoice to claim in this thread' },
};
const CREDIT_NOTES = new Set(['381', '261', '262', '396', '532']);

/**
 * The tone configured for this correspondent (address first, then `@domain`), else 'regular'.
 * @example toneFor({ ...settings, tones: { "@acme.example": "key-account" } }, "ap@acme.example") // → "key-account"
 */
export function toneFor(settings: Settings, address: string | null | undefined): Tone {
  const a = (address ?? '').toLowerCase();
  const at = a.indexOf('@');
  return settings.tones[a] ?? (at >= 0 ? settings.tones[a.slice(at)] : undefined) ?? 'regular';
}

export function draftLetter(input: DraftInput): Result<Letter> {
  const { case: c, settings, on } = input;
  const tier = input.tier ?? input.stage.nextStep;
  if (!LETTER_TIERS.includes(tier)) return fail('letter-nothing-to-send', { step: tier, ...STEP_WORDS[tier] });
  const lines = claimInvoices(c, input.facts);
  if (!lines.ok) return lines;
  const debtorKind = input.debtorKind ?? settings.defaultDebtorKind;
  const currency = c.invoices.find((i) => i.currency)?.currency?.value ?? 'EUR';
  const lawOptions = {
    on,
    debtor: debtorKind,
    creditor: settings.creditorKind,
    contractualRate: debtorKind === 'business' ? settings.contractualRate : null,
    // A consumer owes interest from the formal notice only: none before it, none on its own day.
    noticeDate: debtorKind === 'consumer' ? on : null,
    ecbOverrides: settings.ecbOverrides,
  };
  const claim = buildClaim(lines.value, { ...lawOptions, currency });
  if (!claim.ok) return claim;
  const lang = input.lang ?? c.lang ?? settings.lang;
  const letterInput: LetterInput = {
    tier: tier as LetterTier,
    lang,
    tone: input.tone ?? toneFor(settings, c.counterparty?.address),
    debtorKind,
    on,
    claim: claim.value,
    issueDates: Object.fromEntries(c.invoices.map((i) => [i.number, input.facts?.invoices?.[i.number]?.issueDate ?? i.issueDate?.value ?? null])),
    debtor: {
      name: input.facts?.debtorName ?? (c.counterparty?.name || c.counterparty?.address || ''),
      address: input.facts?.debtorAddress ?? null,
      email: c.counterparty?.address ?? null,
    },
    company: settings.company,
    deadlineDays: settings.paymentDeadlineDays,
    earlier: earlierReminders(c, input.facts),
    announcedRates: debtorKind === 'consumer' ? consumerRate(lines.value[0]!, lawOptions, lang) : undefined,
    invoiceAttached: input.invoiceAttached ?? true,
  };
  return renderLetter(letterInput, input.override);
}

/** The unpaid invoices with their amount and due date; refuses when one of them is unknown. */
function claimInvoices(c: DebtorCase, facts: LetterFacts | undefined): Result<ClaimInvoice[]> {
  const out: ClaimInvoice[] = [];
  for (const inv of c.invoices) {
    if (inv.typeCode && CREDIT_NOTES.has(inv.typeCode)) continue;
    const f = facts?.invoices?.[inv.number];
    const amount = f?.amountDue ?? inv.amountDue?.value ?? null;
    const due = f?.dueDate ?? inv.dueDate?.value ?? null;
    if (amount === null) return fail('letter-missing-amount', { invoice: inv.number });
    if (amount <= 0) continue; // paid or credited
    if (due === null) return fail('letter-missing-due-date', { invoice: inv.number });
    out.push({ invoice: inv.number, dueDate: due, principal: amount });
  }
  return out.length ? { ok: true, value: out } : fail('letter-no-invoice');
}

/** Earlier reminders, oldest first; days the thread does not give are taken from the user's facts. */
function earlierReminders(c: DebtorCase, facts: LetterFacts | undefined): { day: IsoDate | null }[] {
  const given = facts?.reminderDays ?? {};
  const list = c.reminders.map((r, i) => ({ day: r.day ?? given[(r.tier ?? i + 1) as 1 | 2 | 3] ?? null }));
  for (const t of [1, 2, 3] as const) if (list.length < t && given[t]) list.push({ day: given[t]! });
  return list.sort((a, b) => (a.day ?? '9999') < (b.day ?? '9999') ? -1 : (a.day ?? '9999') > (b.day ?? '9999') ? 1 : 0);
}

/** The legal rate a consumer's formal notice starts (interest from the next day); none when not yet published. */
function consumerRate(line: ClaimInvoice, options: { on: IsoDate; creditor: Settings['creditorKind'] }, lang: Lang) {
  const p = computePenalties({ principal: line.principal, dueDate: line.dueDate < options.on ? line.dueDate : addDays(options.on, -1), on: addDays(options.on, 1), debtor: 'consumer', creditor: options.creditor, noticeDate: options.on });
  const s = p.ok ? p.value.segments[0] : undefined;
  return s ? [{ rate: s.rate, basis: basisText(s, 'consumer', lang) }] : [];
}
