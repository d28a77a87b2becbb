/**
 * The real Gmail service on a loopback port, with Google's signing side played by a local key (its
 * certificate injected into the verifier) and the embedded store in memory. Used by the demo panel
 * and by the tests, so both run the production request path, token checks included.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGmailService, type LogEntry } from '../server';
import { openSqlJsStore } from '../store/sqljs-store';
import type { GmailStore } from '../store/types';
import { localGoogle, type LocalGoogle } from './local-google';

export interface LocalService {
  base: string;
  google: LocalGoogle;
  store: GmailStore;
  close(): Promise<void>;
}

export async function startLocalService(o: {
  serviceAccount: string; gmailRootUrl: string; today: () => string; log: (e: LogEntry) => void; maxBodyBytes?: number;
  /** As the server option (default there: 15 s). */
  reopenedCardSeconds?: number;
}): Promise<LocalService> {
  const google = localGoogle();
  const store = await openSqlJsStore(null);
  let server: Server;
  const port = await new Promise<number>((resolve) => {
    server = createServer((req, res) => service.handler(req, res));
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  const base = `http://127.0.0.1:${port}`;
  const service = createGmailService({
    publicUrl: base, serviceAccountEmail: o.serviceAccount, store, authClient: google.client, gmailRootUrl: o.gmailRootUrl,
    today: o.today, log: o.log, ...(o.maxBodyBytes ? { maxBodyBytes: o.maxBodyBytes } : {}),
    ...(o.reopenedCardSeconds !== undefined ? { reopenedCardSeconds: o.reopenedCardSeconds } : {}),
  });
  return {
    base, google, store,
    async close() {
      await new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
      await store.close();
    },
  };
}
