/** A reminder letter ready to insert, and what the mention check found missing in it. */
import type { Lang, IsoDate, Cents } from './common';
import type { StepId } from './stage';

/** The four letters Relance writes (a `StepId` that sends something). */
export type LetterTier = Extract<StepId, 'reminder-1' | 'reminder-2' | 'reminder-3' | 'formal-notice'>;

/** One mandatory mention absent from a rendered letter. */
export interface MentionFinding {
  /** Stable id of the mention (`invoice-number`, `amount`, `due-date`, `rate`, `rate-basis`, `indemnity`, `articles`, `deadline`…). */
  mention: string;
  /** Where it is missing. */
  where: 'subject' | 'html' | 'text';
  /** The expected text (an invoice number, a formatted amount…): may be debtor-controlled, escape before showing. */
  expected: string;
}

export interface Letter {
  /** Plain text, carries the subject marker (`[Relance 2 · FA-2025-0142]`). */
  subject: string;
  /** Mail-client HTML: inline styles, tables, no external resources, under 32 KB. */
  html: string;
  text: string;
  tier: LetterTier;
  lang: Lang;
  /** Mandatory mentions missing from this letter (empty when complete). */
  mentions: MentionFinding[];
}

/** Facts the user supplies when the thread does not give them (or to correct it). */
export interface LetterFacts {
  debtorName?: string;
  /** Postal address of the debtor (formal notice by registered letter), lines separated by newlines. */
  debtorAddress?: string;
  /** Per invoice number: what the thread misses. */
  invoices?: Record<string, { amountDue?: Cents; dueDate?: IsoDate; issueDate?: IsoDate }>;
  /** Date of the earlier reminders when the thread does not say (tier 1–3 → day). */
  reminderDays?: Partial<Record<1 | 2 | 3, IsoDate>>;
}
