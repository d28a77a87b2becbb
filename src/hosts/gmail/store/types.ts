/**
 * Per-user persistence for the Gmail service: settings and the history of reminders created, keyed by
 * the verified user (the `sub` of Google's user ID token). Two implementations share one contract test:
 * sql.js (embedded, a file on disk, no server) and PostgreSQL (several instances behind a load balancer).
 */
import type { IsoDate, Settings } from '../../../core';

export interface ReminderRecord {
  threadId: string;
  /** Message-ID of the draft Relance created (so detection recognises it once sent). */
  messageId: string;
  draftId: string;
  /** 1–3 reminders, 4 formal notice. */
  tier: number;
  invoices: string[];
  day: IsoDate;
}

export interface GmailStore {
  getSettings(user: string): Promise<Settings | null>;
  saveSettings(user: string, settings: Settings): Promise<void>;
  addReminder(user: string, record: ReminderRecord): Promise<void>;
  /** Oldest first. */
  listReminders(user: string, threadId: string): Promise<ReminderRecord[]>;
  /** What getSettings would answer, at once, when the store already holds it in memory; else undefined. */
  knownSettings?(user: string): Settings | null | undefined;
  /** What listReminders would answer, at once, when the store already holds it in memory; else undefined. */
  knownReminders?(user: string, threadId: string): ReminderRecord[] | undefined;
  close(): Promise<void>;
}
