/**
 * The one place where the Gmail host meets the core engine: mail parsing, penalties, letters and
 * e-invoices come from the core. Detection and stage planning are still a TEMPORARY crude stand-in
 * (marked below) until the core's detector lands; nothing else in src/hosts/gmail calls the engine
 * directly, so swapping is this file only.
 */
import type {
  Cents, DebtorCase, ExtractedInvoice, IsoDate, Lang, Letter, LetterTier, Penalties, ReminderSent, Result, Settings, Stage, StepId, Thread,
} from '../../core';
import { addDays, computePenalties, daysBetween, draftLetter, extractInvoice as coreExtractInvoice, findMarkers, markerFromHeaders, threadFromParts } from '../../core';
// Not re-exported by src/core/mail/index.ts yet: one raw message → the parts threadFromParts merges.
import { readMessage } from '../../core/mail/parse-eml';
import type { MessageParts } from '../../core';

export type { Letter };

export interface AnalyseOptions {
  me: string;
  on: IsoDate;
  settings: Settings;
  /** Reminders this user created with Relance in this thread (local history). */
  history: ReminderSent[];
  documents: ExtractedInvoice[];
}

/** One raw RFC 5322 message (a Gmail API message fetched with format 'raw') → what the thread builder needs. */
export function parseMessage(raw: Uint8Array, index: number): Result<MessageParts> {
  return readMessage(raw, index);
}

/** Real messages of a Gmail thread → one Thread (quoted history recovered, duplicates merged, oldest first). */
export function mergeParts(parts: MessageParts[]): Thread {
  return threadFromParts(parts);
}

// ---- TEMPORARY: detection and stage planning, until the core's detector and planner land. ----
const INVOICE_RE = /\b((?:FA|F|INV|FAC)[-/ ]?\d{2,4}[-/]\d{2,5}|INV-\d{3,6})\b/i;
const AMOUNT_RE = /(\d{1,3}(?:[ .\u202f\u00a0]\d{3})*(?:,\d{2})|\d+(?:\.\d{2}))\s*(?:€|EUR)/i;
const DUE_RE = /(?:échéance|échue depuis le|due)\D{0,20}(\d{2})\/(\d{2})\/(\d{4})/i;

function cents(s: string): Cents {
  const norm = s.replace(/[ .\u202f\u00a0](?=\d{3})/g, '').replace(',', '.');
  return Math.round(Number(norm) * 100);
}

export function analyse(thread: Thread, o: AnalyseOptions): { case: DebtorCase; stage: Stage } {
  const all = thread.messages.map((m) => `${m.subject}\n${m.text}`).join('\n');
  const number = INVOICE_RE.exec(all)?.[1] ?? o.documents[0]?.number ?? null;
  const amount = AMOUNT_RE.exec(all);
  const due = DUE_RE.exec(all);
  const doc = o.documents[0];
  const dueDate = due ? `${due[3]}-${due[2]}-${due[1]}` : doc?.dueDate ?? null;
  const src = (excerpt: string) => ({ messageId: thread.messages[0]?.id ?? null, excerpt, rule: 'temporary-adapter' });
  const meDomain = o.me.includes('@') ? o.me.split('@')[1]! : o.me.replace(/^@/, '');
  const mine = (a: string | undefined) => !!a && a.endsWith(`@${meDomain}`);
  const reminders: ReminderSent[] = [];
  for (const m of thread.messages) {
    const hit = markerFromHeaders(m.headers) ?? findMarkers(m.subject)[0] ?? null;
    const byWords = /\brelance|reminder|rappel\b/i.test(m.subject + m.text);
    if (mine(m.from?.address) && (hit || (byWords && dueDate && m.day && m.day > dueDate))) {
      reminders.push({ messageId: m.id, day: m.day, tier: hit?.tier ?? null, invoices: [], source: src(m.subject) });
    }
  }
  for (const h of o.history) if (!reminders.some((r) => r.messageId === h.messageId)) reminders.push(h);
  const other = thread.messages.map((m) => m.from).find((f) => f && !mine(f.address)) ?? thread.messages[0]?.to[0] ?? null;
  const invoices = number ? [{
    number, total: null, currency: { value: 'EUR', source: src('EUR') },
    amountDue: amount ? { value: cents(amount[1]!), source: src(amount[0]) } : doc?.amountDue != null ? { value: doc.amountDue, source: src('pdf') } : null,
    issueDate: null, dueDate: dueDate ? { value: dueDate, source: src(due?.[0] ?? 'pdf') } : null, mentions: [src(number)],
  }] : [];
  const debtorCase: DebtorCase = { debtor: invoices.length > 0, why: [], owner: o.me, counterparty: other, invoices, reminders, signals: [], lang: 'fr' };
  return { case: debtorCase, stage: planStage(debtorCase, o.on, o.settings) };
}

export function planStage(c: DebtorCase, on: IsoDate, s: Settings): Stage {
  const due = c.invoices[0]?.dueDate?.value ?? null;
  const sent = c.reminders.length;
  if (!c.debtor) return { nextStep: 'none', nextStepOn: null, daysOverdue: null, remindersSent: sent, blockedBy: [] };
  const steps: StepId[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
  const offsets = [s.cadence.reminder1, s.cadence.reminder2, s.cadence.reminder3, s.cadence.formalNotice];
  const i = Math.min(sent, 3);
  return {
    nextStep: steps[i]!, nextStepOn: due ? addDays(due, offsets[i]!) : null,
    daysOverdue: due ? daysBetween(due, on) : null, remindersSent: sent, blockedBy: [],
  };
}

// ---- end of the temporary part ----

/** Penalties to `on` under the user's settings; none for a consumer before a formal notice. */
export function penalties(principal: Cents, dueDate: IsoDate, on: IsoDate, s: Settings): Result<Penalties> {
  return computePenalties({
    principal, dueDate, on, debtor: s.defaultDebtorKind, creditor: s.creditorKind,
    contractualRate: s.defaultDebtorKind === 'business' ? s.contractualRate : null, ecbOverrides: s.ecbOverrides,
  });
}

const TIERS: LetterTier[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
export const tierStep = (tier: number): LetterTier => TIERS[Math.min(4, Math.max(1, tier)) - 1]!;

export function letter(o: { case: DebtorCase; stage: Stage; settings: Settings; on: IsoDate; tier: number; lang: Lang }): Result<Letter> {
  return draftLetter({ case: o.case, stage: o.stage, settings: o.settings, on: o.on, tier: tierStep(o.tier), lang: o.lang });
}

export function extractInvoice(bytes: Uint8Array, filename: string): Promise<Result<ExtractedInvoice>> {
  return coreExtractInvoice(bytes, filename);
}
