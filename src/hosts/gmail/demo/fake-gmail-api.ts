/**
 * A fake Gmail API on loopback, enough of v1 for the add-on: threads.get (minimal), messages.get (raw),
 * drafts.create. It refuses calls without the user OAuth token and the `X-Goog-Gmail-Access-Token`
 * header, as the narrow add-on scopes would, and records what it saw for the tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitMbox } from '../../../core';

export interface SeenRequest { method: string; path: string; authorization: string | undefined; accessToken: string | undefined }
export interface StoredDraft { id: string; threadId: string; raw: Buffer }

export interface FakeGmail {
  /** rootUrl for @googleapis/gmail (ends with '/'). */
  url: string;
  addThread(threadId: string, raws: Uint8Array[]): void;
  threadIds(): string[];
  drafts: StoredDraft[];
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** Every .eml (one message) and .mbox (one thread) in a folder, as raw messages per thread id (the file's base name). */
export function threadsFromDir(dir: string): Map<string, Uint8Array[]> {
  const out = new Map<string, Uint8Array[]>();
  for (const name of readdirSync(dir).sort()) {
    const id = name.replace(/\.(eml|mbox)$/, '');
    if (name.endsWith('.eml')) out.set(id, [readFileSync(join(dir, name))]);
    else if (name.endsWith('.mbox')) out.set(id, splitMbox(readFileSync(join(dir, name))));
  }
  return out;
}

export async function startFakeGmail(o: { record?: boolean } = {}): Promise<FakeGmail> {
  const record = o.record ?? true;
  const threads = new Map<string, string[]>();
  const messages = new Map<string, { threadId: string; raw: string }>();
  const drafts: StoredDraft[] = [];
  const requests: SeenRequest[] = [];
  const json = (res: ServerResponse, status: number, body: unknown) => {
    const s = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
    res.end(s);
  };
  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const authorization = req.headers.authorization;
    const accessToken = req.headers['x-goog-gmail-access-token'] as string | undefined;
    if (record) requests.push({ method: req.method ?? '', path: url.pathname, authorization, accessToken });
    if (!authorization?.startsWith('Bearer ') || !accessToken) return json(res, 401, { error: { code: 401, message: 'missing credentials' } });
    let m = /^\/gmail\/v1\/users\/me\/threads\/([^/]+)$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const ids = threads.get(decodeURIComponent(m[1]!));
      if (!ids) return json(res, 404, { error: { code: 404 } });
      return json(res, 200, { id: m[1], historyId: String(ids.length), messages: ids.map((id) => ({ id, threadId: m![1] })) });
    }
    m = /^\/gmail\/v1\/users\/me\/messages\/([^/]+)$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const msg = messages.get(decodeURIComponent(m[1]!));
      if (!msg) return json(res, 404, { error: { code: 404 } });
      return json(res, 200, { id: m[1], threadId: msg.threadId, raw: msg.raw });
    }
    if (url.pathname === '/gmail/v1/users/me/drafts' && req.method === 'POST') {
      const b = JSON.parse(body.toString('utf8')) as { message?: { raw?: string; threadId?: string } };
      const threadId = b.message?.threadId ?? `t-${drafts.length + 1}`;
      const draft = { id: `r-${drafts.length + 1}`, threadId, raw: Buffer.from(b.message?.raw ?? '', 'base64url') };
      drafts.push(draft);
      return json(res, 200, { id: draft.id, message: { id: `d-${drafts.length}`, threadId, labelIds: ['DRAFT'] } });
    }
    return json(res, 404, { error: { code: 404 } });
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    addThread(threadId, raws) {
      const ids = raws.map((raw, i) => {
        const id = `${threadId}-m${i + 1}`;
        messages.set(id, { threadId, raw: Buffer.from(raw).toString('base64url') });
        return id;
      });
      threads.set(threadId, ids);
    },
    threadIds: () => [...threads.keys()],
    drafts,
    requests,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
