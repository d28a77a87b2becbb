/**
 * The embedded store: SQLite compiled to WebAssembly (sql.js), kept in memory and written to one file
 * after each change (write to a temporary file, then rename, so a crash never leaves half a database).
 * Chosen because it needs no server and no native build; fine for one instance. Several instances
 * sharing users need the PostgreSQL store.
 * Being the only writer of its database, it also keeps what it read (settings per user, reminders per
 * user and thread: bounded, replaced on every write) so the contextual card's two reads per request do
 * not go through SQLite each time. What it hands out is frozen: callers share it and cannot change it.
 */
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
import { LRUCache } from 'lru-cache';
import { deepFreeze } from '../util/frozen';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Settings } from '../../../core';
import type { GmailStore, ReminderRecord } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (user_key TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reminders (
  id INTEGER PRIMARY KEY AUTOINCREMENT, user_key TEXT NOT NULL, thread_id TEXT NOT NULL, message_id TEXT NOT NULL,
  draft_id TEXT NOT NULL, tier INTEGER NOT NULL, invoices TEXT NOT NULL, day TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS reminders_user_thread ON reminders (user_key, thread_id);`;

/** `file` null keeps the database in memory only (tests, demo). */
export async function openSqlJsStore(file: string | null): Promise<GmailStore> {
  const require = createRequire(import.meta.url);
  const wasmDir = dirname(require.resolve('sql.js/dist/sql-wasm.wasm'));
  const SQL = await initSqlJs({ locateFile: (f: string) => join(wasmDir, f) });
  const db: Database = file && existsSync(file) ? new SQL.Database(await readFile(file)) : new SQL.Database();
  db.run(SCHEMA);
  let writing: Promise<void> = Promise.resolve();
  const persist = () => {
    if (!file) return Promise.resolve();
    const bytes = db.export();
    writing = writing.then(async () => {
      await writeFile(`${file}.tmp`, bytes);
      await rename(`${file}.tmp`, file);
    });
    return writing;
  };
  // Prepared once: compiling the SQL on every call cost more than running it (seen in a CPU profile).
  const getSt = db.prepare('SELECT body FROM settings WHERE user_key = ?');
  const listSt = db.prepare('SELECT thread_id, message_id, draft_id, tier, invoices, day FROM reminders WHERE user_key = ? AND thread_id = ? ORDER BY id');
  const settingsRead = new LRUCache<string, { value: Settings | null }>({ max: 10_000 });
  const remindersRead = new LRUCache<string, ReminderRecord[]>({ max: 10_000 });
  const threadKey = (user: string, threadId: string) => `${user}\n${threadId}`;
  return {
    knownSettings: (user) => settingsRead.get(user)?.value,
    knownReminders: (user, threadId) => remindersRead.get(threadKey(user, threadId)),
    async getSettings(user) {
      const known = settingsRead.get(user);
      if (known) return known.value;
      let value: Settings | null;
      try {
        getSt.bind([user]);
        value = getSt.step() ? deepFreeze(JSON.parse(String(getSt.get()[0])) as Settings) : null;
      } finally { getSt.reset(); }
      settingsRead.set(user, { value });
      return value;
    },
    async saveSettings(user, settings) {
      settingsRead.delete(user);
      db.run('INSERT INTO settings (user_key, body) VALUES (?, ?) ON CONFLICT(user_key) DO UPDATE SET body = excluded.body',
        [user, JSON.stringify(settings)]);
      await persist();
    },
    async addReminder(user, r) {
      remindersRead.delete(threadKey(user, r.threadId));
      db.run('INSERT INTO reminders (user_key, thread_id, message_id, draft_id, tier, invoices, day) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [user, r.threadId, r.messageId, r.draftId, r.tier, JSON.stringify(r.invoices), r.day]);
      await persist();
    },
    async listReminders(user, threadId) {
      const known = remindersRead.get(threadKey(user, threadId));
      if (known) return known;
      const read = readReminders(user, threadId);
      remindersRead.set(threadKey(user, threadId), read);
      return read;
    },
    async close() {
      await writing;
      getSt.free();
      listSt.free();
      db.close();
    },
  };

  function readReminders(user: string, threadId: string): ReminderRecord[] {
    const st = listSt;
    const out: ReminderRecord[] = [];
    try {
      st.bind([user, threadId]);
      while (st.step()) {
        const [t, m, d, tier, inv, day] = st.get();
        out.push({ threadId: String(t), messageId: String(m), draftId: String(d), tier: Number(tier), invoices: JSON.parse(String(inv)) as string[], day: String(day) });
      }
    } finally { st.reset(); }
    return deepFreeze(out);
  }
}

