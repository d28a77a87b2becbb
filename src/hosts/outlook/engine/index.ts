/**
 * The pane's one gateway to the core: open item → thread → case → stage → penalties → letter.
 * Pure apart from the lazy e-invoice import (pdfjs lives in its own chunk).
 */
import {
  computePenalties, detectCase, footerReference, planStage, relanceHeaders, subjectMarker, threadFromParts,
  type Cents, type DebtorCase, type ExtractedInvoice, type Fact, type InvoiceFacts, type IsoDate, type Lang, type LedgerRow,
  type Letter, type LetterTier, type Penalties, type Result, type Settings, type Stage, type Thread,
} from '../core';
import type { LetterToInsert, OpenItem } from '../open-item';
import type { ReminderRecord } from '../store/types';

export interface PaneContext {
  settings: Settings;
  history: ReminderRecord[];
  ledger: LedgerRow[];
  on: IsoDate;
  me: string;
}

/** What the user typed in the "missing facts" form, per invoice number. */
export type UserFacts = Record<string, { amountDue?: Cents; dueDate?: IsoDate }>;

export interface InvoiceView {
  facts: InvoiceFacts;
  penalties: Result<Penalties> | null;
  /** What the pane must ask for, never invent. */
  missing: ('amountDue' | 'dueDate')[];
}

export interface Analysis {
  thread: Thread;
  case: DebtorCase;
  stage: Stage;
  invoices: InvoiceView[];
  documents: ExtractedInvoice[];
}

export const TIERS: LetterTier[] = ['reminder-1', 'reminder-2', 'reminder-3', 'formal-notice'];
export const tierNumber = (t: LetterTier): 1 | 2 | 3 | 4 => (TIERS.indexOf(t) + 1) as 1 | 2 | 3 | 4;

/** Reads e-invoices among the attachments (lazy: pulls in the PDF chunk only when there is one). */
export async function readDocuments(item: OpenItem): Promise<ExtractedInvoice[]> {
  const files = item.part.attachments ?? [];
  if (files.length === 0) return [];
  const { extractInvoice } = await import('../../../core/einvoice');
  const out: ExtractedInvoice[] = [];
  for (const f of files) {
    const r = await extractInvoice(f.content, f.filename);
    if (r.ok) out.push({ ...r.value, filename: f.filename });
  }
  return out;
}

const userFact = <T>(value: T): Fact<T> => ({ value, source: { messageId: null, excerpt: '', rule: 'user' } });

export function analyse(item: OpenItem, ctx: PaneContext, user: UserFacts = {}, documents: ExtractedInvoice[] = []): Analysis {
  const thread = threadFromParts([item.part]);
  const found = detectCase(thread, { me: ctx.me || undefined, on: ctx.on, ledger: ctx.ledger, history: ctx.history, documents, endOfMonth: ctx.settings.endOfMonthMethod });
  const invoicesFacts = found.invoices.map((f) => {
    const u = user[f.number] ?? {};
    return { ...f, amountDue: u.amountDue !== undefined ? userFact(u.amountDue) : f.amountDue, dueDate: u.dueDate ? userFact(u.dueDate) : f.dueDate };
  });
  const c: DebtorCase = { ...found, invoices: invoicesFacts };
  const stage = planStage(c, { on: ctx.on, cadence: ctx.settings.cadence });
  const invoices = invoicesFacts.map((facts): InvoiceView => {
    const missing: InvoiceView['missing'] = [];
    if (!facts.amountDue) missing.push('amountDue');
    if (!facts.dueDate) missing.push('dueDate');
    const late = facts.amountDue && facts.dueDate && facts.dueDate.value < ctx.on;
    const penalties = late ? computePenalties({
      principal: facts.amountDue!.value, dueDate: facts.dueDate!.value, on: ctx.on, debtor: ctx.settings.defaultDebtorKind,
      creditor: ctx.settings.creditorKind, contractualRate: ctx.settings.contractualRate, ecbOverrides: ctx.settings.ecbOverrides,
    }) : null;
    return { facts, penalties, missing };
  });
  return { thread, case: c, stage, invoices, documents };
}

/** The tier the pane proposes: the next step when it sends a letter, else the one after the reminders sent. */
export function proposedTier(stage: Stage): LetterTier {
  if ((TIERS as string[]).includes(stage.nextStep)) return stage.nextStep as LetterTier;
  return TIERS[Math.min(stage.remindersSent, 3)]!;
}

/** Adds Relance's markers (subject tag, footer reference line, X-Relance-* headers) to a letter the user may have edited. */
export function toInsert(letter: Letter, a: Analysis, ctx: PaneContext, html: string, text: string, lang: Lang): LetterToInsert {
  const n = tierNumber(letter.tier);
  const numbers = a.case.invoices.map((i) => i.number);
  const footer = footerReference(n, numbers, ctx.on, lang);
  const hasFooter = text.includes(footer);
  const tag = subjectMarker(n, numbers, lang);
  return {
    subject: letter.subject.includes(tag) ? letter.subject : `${letter.subject} ${tag}`.trim(),
    subjectTag: tag,
    html: hasFooter || html.includes(footer) ? html : `${html}<p style="color:#707070;font-size:11px">${footer}</p>`,
    text: hasFooter ? text : `${text}\n\n${footer}`,
    headers: relanceHeaders(n, numbers, ctx.on),
    attachments: [],
  };
}
