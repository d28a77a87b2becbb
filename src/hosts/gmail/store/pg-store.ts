/**
 * PostgreSQL store for deployments with several instances (Cloud Run scales out): the same contract as
 * the embedded store. Tables are created on open; settings are one JSONB document per user.
 */
import pg from 'pg';
import type { Settings } from '../../../core';
import type { GmailStore, ReminderRecord } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS relance_settings (user_key TEXT PRIMARY KEY, body JSONB NOT NULL);
CREATE TABLE IF NOT EXISTS relance_reminders (
  id BIGSERIAL PRIMARY KEY, user_key TEXT NOT NULL, thread_id TEXT NOT NULL, message_id TEXT NOT NULL,
  draft_id TEXT NOT NULL, tier INTEGER NOT NULL, invoices JSONB NOT NULL, day DATE NOT NULL);
CREATE INDEX IF NOT EXISTS relance_reminders_user_thread ON relance_reminders (user_key, thread_id);`;

/** `config` is a pg connection string or pool options (host may be a Unix socket directory). */
export async function openPgStore(config: string | pg.PoolConfig): Promise<GmailStore> {
  const pool = new pg.Pool(typeof config === 'string' ? { connectionString: config, max: 10 } : { max: 10, ...config });
  await pool.query(SCHEMA);
  return {
    async getSettings(user) {
      const r = await pool.query<{ body: Settings }>('SELECT body FROM relance_settings WHERE user_key = $1', [user]);
      return r.rows[0]?.body ?? null;
    },
    async saveSettings(user, settings) {
      await pool.query('INSERT INTO relance_settings (user_key, body) VALUES ($1, $2) ON CONFLICT (user_key) DO UPDATE SET body = EXCLUDED.body',
        [user, JSON.stringify(settings)]);
    },
    async addReminder(user, r) {
      await pool.query('INSERT INTO relance_reminders (user_key, thread_id, message_id, draft_id, tier, invoices, day) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [user, r.threadId, r.messageId, r.draftId, r.tier, JSON.stringify(r.invoices), r.day]);
    },
    async listReminders(user, threadId) {
      const r = await pool.query<{ thread_id: string; message_id: string; draft_id: string; tier: number; invoices: string[]; day: string }>(
        "SELECT thread_id, message_id, draft_id, tier, invoices, to_char(day, 'YYYY-MM-DD') AS day FROM relance_reminders WHERE user_key = $1 AND thread_id = $2 ORDER BY id",
        [user, threadId]);
      return r.rows.map((x): ReminderRecord => ({ threadId: x.thread_id, messageId: x.message_id, draftId: x.draft_id, tier: x.tier, invoices: x.invoices, day: x.day }));
    },
    async close() { await pool.end(); },
  };
}
