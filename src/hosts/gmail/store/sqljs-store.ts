/**
 * The embedded store: SQLite compiled to WebAssembly (sql.js), kept in memory and written to one file
 * after each change (write to a temporary file, then rename, so a crash never leaves half a database).
 * Chosen because it needs no server and no native build; fine for one instance. Several instances
 * sharing users need the PostgreSQL store.
 */
import initSqlJs from 'sql.js';
import type { Database } from 'sql.js';
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
  return {
    async getSettings(user) {
      try {
        getSt.bind([user]);
        return getSt.step() ? (JSON.parse(String(getSt.get()[0])) as Settings) : null;
      } finally { getSt.reset(); }
    },
    async saveSettings(user, settings) {
      db.run('INSERT INTO settings (user_key, body) VALUES (?, ?) ON CONFLICT(user_key) DO UPDATE SET body = excluded.body',
        [user, JSON.stringify(settings)]);
      await persist();
    },
    async addReminder(user, r) {
      db.run('INSERT INTO reminders (user_key, thread_id, message_id, draft_id, tier, invoices, day) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [user, r.threadId, r.messageId, r.draftId, r.tier, JSON.stringify(r.invoices), r.day]);
      await persist();
    },
    async listReminders(user, threadId) {
      const st = listSt;
      const out: ReminderRecord[] = [];
      try {
        st.bind([user, threadId]);
        while (st.step()) {
          const [t, m, d, tier, inv, day] = st.get();
          out.push({ threadId: String(t), messageId: String(m), draftId: String(d), tier: Number(tier), invoices: JSON.parse(String(inv)) as string[], day: String(day) });
        }
      } finally { st.reset(); }
      return out;
    },
    async close() {
      await writing;
      getSt.free();
      listSt.free();
      db.close();
    },
  };
}
