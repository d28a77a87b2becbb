/**
 * Runs the real Gmail service on loopback against the fake Gmail API seeded with corpus threads, with
 * ID tokens signed by a local key whose certificate is injected into the verifier.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogEntry } from '../../src/hosts/gmail/server';
import { startFakeGmail, threadsFromDir, type FakeGmail } from '../../src/hosts/gmail/demo/fake-gmail-api';
import type { LocalGoogle } from '../../src/hosts/gmail/demo/local-google';
import { startLocalService } from '../../src/hosts/gmail/demo/local-service';
import type { GmailStore } from '../../src/hosts/gmail/store/types';
import Ajv from 'ajv';
import { cardSchema } from './card-schema';

const validateCard = new Ajv({ allErrors: true }).compile(cardSchema);
/** Every card the service answers, in every test, must match the card schema: this throws (with the errors) when one does not. */
export function assertCard(body: unknown): void {
  if (!validateCard(body)) throw new Error(`card JSON outside Google's format: ${JSON.stringify(validateCard.errors).slice(0, 2000)}`);
}

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS = join(here, '../../../shared/corpus/threads');
export const SERVICE_ACCOUNT = 'service-123456789@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';

export interface Label { file: string; me: string; on: string; debtor: boolean; invoices: Array<{ number: string | null; amount: string | null; dueDate: string | null }>; remindersSent: number; nextStep: string | null }
export const labels = (): Label[] => JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Label[];

export interface Harness {
  base: string;
  gmail: FakeGmail;
  google: LocalGoogle;
  store: GmailStore;
  logs: LogEntry[];
  /** POST an event to a route; tokens default to valid ones for `me`. Every 200 answer is checked against the card schema. */
  call(path: string, event: unknown, o?: { authorization?: string | null; raw?: string; me?: string }): Promise<{ status: number; body: any }>;
  fixture(name: string, vars?: Record<string, string>): any;
  close(): Promise<void>;
}

export async function startHarness(on: () => string, o: { reopenedCardSeconds?: number } = {}): Promise<Harness> {
  const gmail = await startFakeGmail();
  for (const [id, raws] of threadsFromDir(CORPUS)) gmail.addThread(id, raws);
  const logs: LogEntry[] = [];
  const local = await startLocalService({
    serviceAccount: SERVICE_ACCOUNT, gmailRootUrl: gmail.url, today: on, log: (e) => logs.push(e), maxBodyBytes: 64 * 1024, ...o,
  });
  const { base, google, store } = local;
  const h: Harness = {
    base, gmail, google, store, logs,
    async call(path, event, o = {}) {
      const auth = o.authorization === undefined ? `Bearer ${google.sign({ aud: `${base}${path}`, email: SERVICE_ACCOUNT })}` : o.authorization;
      const res = await fetch(`${base}${path}`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: o.raw ?? JSON.stringify(event),
      });
      const text = await res.text();
      const body = text ? JSON.parse(text) : null;
      if (res.status === 200) assertCard(body);
      return { status: res.status, body };
    },
    fixture(name, vars = {}) {
      let text = readFileSync(join(here, 'fixtures', `${name}.json`), 'utf8');
      const all = { __USER_ID_TOKEN__: google.sign({ aud: 'relance-addon', email: vars.__ME__ ?? 'user@example.org' }), __SYSTEM_ID_TOKEN__: 'unused', ...vars };
      for (const [k, v] of Object.entries(all)) text = text.split(k).join(v);
      return JSON.parse(text);
    },
    async close() {
      await local.close();
      await gmail.close();
    },
  };
  return h;
}
