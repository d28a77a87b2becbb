/**
 * The service's default log: one JSON line per request (route, status, duration, reason code, nothing
 * from the mail), the lines of one turn of the event loop written together.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { createGmailService, lineLog } from '../../src/hosts/gmail/server';
import { openSqlJsStore } from '../../src/hosts/gmail/store/sqljs-store';
import type { GmailStore } from '../../src/hosts/gmail/store/types';

let server: Server, base: string, store: GmailStore;
const writes: string[] = [];
beforeAll(async () => {
  store = await openSqlJsStore(null);
  const out = new PassThrough();
  out.on('data', (c: Buffer) => writes.push(c.toString('utf8')));
  let service: ReturnType<typeof createGmailService> | null = null;
  server = createServer((req, res) => service!.handler(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  service = createGmailService({ publicUrl: base, serviceAccountEmail: 'sa@example.iam.gserviceaccount.com', store, logTo: out });
});
afterAll(async () => {
  await new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); });
  await store.close();
});

test('one JSON line per request, none from the mail, written in batches', async () => {
  const answers = await Promise.all([
    fetch(`${base}/nowhere`, { method: 'POST', body: '{}' }),
    fetch(`${base}/contextual`, { method: 'POST', body: JSON.stringify({ gmail: { messageId: 'secret-subject FA-2025-0142' } }) }),
    fetch(`${base}/contextual`, { method: 'GET' }),
  ]);
  expect(answers.map((a) => a.status).sort()).toEqual([401, 404, 405]);
  await new Promise((r) => setTimeout(r, 20));
  const lines = writes.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.map((l) => `${l.route} ${l.status}`).sort()).toEqual(['/contextual 401', '/contextual 405', 'unknown 404']);
  expect(lines.every((l) => typeof l.ms === 'number')).toBe(true);
  expect(writes.join('')).not.toMatch(/secret|FA-2025/);
  expect(writes.length).toBeLessThanOrEqual(lines.length);
});

test('the lines of one turn go out in one write', async () => {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const log = lineLog(out);
  for (let k = 0; k < 5; k++) log({ route: '/contextual', status: 200, ms: k });
  expect(chunks).toEqual([]);
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  expect(chunks).toHaveLength(1);
  expect(chunks[0]!.trim().split('\n').map((l) => (JSON.parse(l) as { ms: number }).ms)).toEqual([0, 1, 2, 3, 4]);
});
