/**
 * Runs the real Gmail service on loopback against the fake Gmail API seeded with corpus threads, with
 * ID tokens signed by a local key whose certificate is injected into the verifier.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGmailService, type LogEntry } from '../../src/hosts/gmail/server';
import { startFakeGmail, threadsFromDir, type FakeGmail } from '../../src/hosts/gmail/demo/fake-gmail-api';
import { localGoogle, type LocalGoogle } from '../../src/hosts/gmail/demo/local-google';
import { openSqlJsStore } from '../../src/hosts/gmail/store/sqljs-store';
import type { GmailStore } from '../../src/hosts/gmail/store/types';

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
  /** POST an event to a route; tokens default to valid ones for `me`. */
  call(path: string, event: unknown, o?: { authorization?: string | null; raw?: string; me?: string }): Promise<{ status: number; body: any }>;
  fixture(name: string, vars?: Record<string, string>): any;
  close(): Promise<void>;
}

export async function startHarness(on: () => string): Promise<Harness> {
  const gmail = await startFakeGmail();
  for (const [id, raws] of threadsFromDir(CORPUS)) gmail.addThread(id, raws);
  const google = localGoogle();
  const store = await openSqlJsStore(null);
  const logs: LogEntry[] = [];
  let server: Server;
  const port = await new Promise<number>((resolve) => {
    server = createServer((req, res) => service.handler(req, res));
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const base = `http://127.0.0.1:${port}`;
  const service = createGmailService({
    publicUrl: base, serviceAccountEmail: SERVICE_ACCOUNT, store, authClient: google.client, gmailRootUrl: gmail.url,
    today: on, log: (e) => logs.push(e), maxBodyBytes: 64 * 1024,
  });
  const h: Harness = {
    base, gmail, google, store, logs,
    async call(path, event, o = {}) {
      const auth = o.authorization === undefined ? `Bearer ${google.sign({ aud: `${base}${path}`, email: SERVICE_ACCOUNT })}` : o.authorization;
      const res = await fetch(`${base}${path}`, {
        method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: o.raw ?? JSON.stringify(event),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    fixture(name, vars = {}) {
      let text = readFileSync(join(here, 'fixtures', `${name}.json`), 'utf8');
      const all = { __USER_ID_TOKEN__: google.sign({ aud: 'relance-addon', email: vars.__ME__ ?? 'user@example.org' }), __SYSTEM_ID_TOKEN__: 'unused', ...vars };
      for (const [k, v] of Object.entries(all)) text = text.split(k).join(v);
      return JSON.parse(text);
    },
    async close() {
      await new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
      await gmail.close();
      await store.close();
    },
  };
  return h;
}
