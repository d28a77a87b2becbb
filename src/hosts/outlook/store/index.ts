/**
 * Local data of the pane: settings, reminders inserted per invoice, the imported ledger, and one-file
 * export/import. Backed by idb-keyval in the browser; any KeyValue (a Map) in tests.
 */
import { createStore, get, set } from 'idb-keyval';
import { fail, ok, type Result, type Settings } from '../core';
import type { KeyValue, LedgerImport, LocalData, ReminderRecord } from './types';

export type { KeyValue, LedgerImport, LocalData, ReminderRecord } from './types';

export function idbBackend(): KeyValue {
  const store = createStore('relance', 'local-data');
  return { get: (k) => get(k, store), set: (k, v) => set(k, v, store) };
}

export function memoryBackend(): KeyValue {
  const m = new Map<string, unknown>();
  return { get: async <T>(k: string) => m.get(k) as T | undefined, set: async (k, v) => { m.set(k, structuredClone(v)); } };
}

export class LocalStore {
  constructor(private readonly kv: KeyValue) {}

  async load(): Promise<LocalData> {
    const [settings, history, ledger] = await Promise.all([
      this.kv.get<Settings>('settings'), this.kv.get<ReminderRecord[]>('history'), this.kv.get<LedgerImport>('ledger')]);
    return { format: 'relance-local-data', version: 1, settings: settings ?? null, history: history ?? [], ledger: ledger ?? null };
  }

  saveSettings(s: Settings): Promise<void> { return this.kv.set('settings', s); }

  saveLedger(l: LedgerImport | null): Promise<void> { return this.kv.set('ledger', l); }

  async addReminder(r: ReminderRecord): Promise<ReminderRecord[]> {
    const history = (await this.kv.get<ReminderRecord[]>('history')) ?? [];
    const next = [...history.filter((h) => !(h.invoice === r.invoice && h.tier === r.tier && h.day === r.day)), r];
    await this.kv.set('history', next);
    return next;
  }

  async exportJson(): Promise<string> {
    return JSON.stringify(await this.load(), null, 2);
  }

  /** Replaces all local data with a file written by exportJson(); refuses anything else without touching the store. */
  async importJson(text: string): Promise<Result<LocalData>> {
    let data: unknown;
    try { data = JSON.parse(text); } catch { return fail('local-data-unreadable'); }
    const d = data as Partial<LocalData>;
    if (!d || d.format !== 'relance-local-data' || d.version !== 1 || !Array.isArray(d.history)) return fail('local-data-unreadable');
    const clean: LocalData = { format: 'relance-local-data', version: 1, settings: d.settings ?? null, history: d.history, ledger: d.ledger ?? null };
    await Promise.all([this.kv.set('settings', clean.settings), this.kv.set('history', clean.history), this.kv.set('ledger', clean.ledger)]);
    return ok(clean);
  }
}
