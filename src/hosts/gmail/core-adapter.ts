/**
 * The one place where the Gmail host meets the core engine: mail parsing, detection, stage, penalties,
 * letters and e-invoices all come from the core; nothing else in src/hosts/gmail calls the engine.
 */
import type {
  Cents, DebtorCase, ExtractedInvoice, IsoDate, Lang, Letter, LetterTier, Penalties, ReminderSent, Result, Settings, Stage, Thread,
} from '../../core';
import {
  analyse as coreAnalyse, computePenalties, draftLetter, extractInvoice as coreExtractInvoice, planStage as corePlanStage, readMessage, threadFromParts,
} from '../../core';
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

/**
 * Detection and stage with the core. The local history (reminders this user created with Relance in
 * this thread) counts like Relance's own markers: one entry per invoice it named.
 */
export function analyse(thread: Thread, o: AnalyseOptions): { case: DebtorCase; stage: Stage } {
  const history = o.history.flatMap((h) => (h.day && h.tier ? h.invoices.map((invoice) => ({ invoice, tier: h.tier!, day: h.day! })) : []));
  return coreAnalyse(thread, {
    me: o.me, on: o.on, documents: o.documents, history, cadence: o.settings.cadence, endOfMonth: o.settings.endOfMonthMethod,
  });
}

/** The stage of a case the user completed by hand (facts typed in the card). */
export function planStage(c: DebtorCase, on: IsoDate, s: Settings): Stage {
  return corePlanStage(c, { on, cadence: s.cadence });
}


/** Penalties to `on` under the user's settings; none for a consumer before a formal notice. */
export function penalties(principal: Cents, dueDate: IsoDate, on: IsoDate, s: Settings): Result<Penalties> {
  return computePenalties({
    principal, dueDate, on, debtor: s.defaultDebtorKind, creditor: s.creditorKind,
    contractualRate: s.defaultDebtorKind === 'business' ? s.contractualRate : null, ecbOverrides: s.ecbOverrides,
  });
}

const TIERS: LetterTier[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
export const tierStep = (tier: number): LetterTier => TIERS[Math.min(4, Math.max(1, tier)) - 1]!;

/** `invoiceAttached`: the draft carries the original invoice (reminder 1 then announces an enclosed copy). */
export function letter(o: { case: DebtorCase; stage: Stage; settings: Settings; on: IsoDate; tier: number; lang: Lang; invoiceAttached: boolean }): Result<Letter> {
  return draftLetter({ case: o.case, stage: o.stage, settings: o.settings, on: o.on, tier: tierStep(o.tier), lang: o.lang, invoiceAttached: o.invoiceAttached });
}

export function extractInvoice(bytes: Uint8Array, filename: string): Promise<Result<ExtractedInvoice>> {
  return coreExtractInvoice(bytes, filename);
}
