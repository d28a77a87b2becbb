/** What the pane keeps in the browser (IndexedDB through idb-keyval): nothing leaves the user's machine. */
import type { IsoDate, LedgerRow, Problem, Settings } from '../core';

/** One reminder inserted from the pane: the local history that feeds the stage. */
export interface ReminderRecord {
  invoice: string;
  /** 1–3 reminders, 4 formal notice. */
  tier: 1 | 2 | 3 | 4;
  day: IsoDate;
  subject: string;
  conversationId: string | null;
}

export interface LedgerImport {
  filename: string;
  importedOn: IsoDate;
  rows: LedgerRow[];
  /** Lines that could not be read, kept so the user sees every one of them. */
  problems: { line: number; problem: Problem }[];
}

export interface LocalData {
  format: 'relance-local-data';
  version: 1;
  settings: Settings | null;
  history: ReminderRecord[];
  ledger: LedgerImport | null;
}

/** The few operations the store needs from a key-value backend (idb-keyval in the pane, a Map in tests). */
export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}
