/**
 * The Gmail side panel in the demo mailbox (mounted by the demo server on /gmail/*). It runs the REAL
 * service on loopback — token checks included: Google's signing side is played by a locally generated
 * key whose certificate is injected into the verifier — against a fake Gmail API seeded with the demo
 * threads. The page's renderer posts events to /gmail/addon/<route>; this file adds the tokens Google
 * would add and forwards them to the service.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import PostalMime from 'postal-mime';
import { addDays, parisDay } from '../../core';
import { startFakeGmail, threadsFromDir } from './demo/fake-gmail-api';
import { startLocalService } from './demo/local-service';
import { PAGE_HTML, RENDERER_JS } from './demo/page';

export interface GmailDemo { handler(req: IncomingMessage, res: ServerResponse): void; close(): Promise<void> }

const SERVICE_ACCOUNT = 'service-0@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';

const readAll = (req: IncomingMessage, limit: number) => new Promise<Buffer | null>((resolve) => {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => { size += c.length; if (size <= limit) chunks.push(c); });
  req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : null));
  req.on('error', () => resolve(null));
});

export async function startGmailDemo(o: { threadsDir: string; me?: string; on?: string }): Promise<GmailDemo> {
  const gmail = await startFakeGmail({ record: false });
  const threads = existsSync(o.threadsDir) ? threadsFromDir(o.threadsDir) : new Map<string, Uint8Array[]>();
  const summaries: Array<{ id: string; subject: string; from: string; day: string }> = [];
  const seen = new Map<string, number>();
  for (const [id, raws] of threads) {
    gmail.addThread(id, raws);
    const last = await PostalMime.parse(raws[raws.length - 1]!);
    const day = last.date ? parisDay(new Date(last.date)) ?? '' : '';
    summaries.push({ id, subject: last.subject ?? '', from: last.from?.name || last.from?.address || '', day });
    for (const a of [last.from, ...(last.to ?? [])]) if (a?.address) seen.set(a.address.toLowerCase(), (seen.get(a.address.toLowerCase()) ?? 0) + 1);
  }
  const me = o.me ?? [...seen.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'demo@relance.example';
  const newest = summaries.map((s) => s.day).filter(Boolean).sort().at(-1);
  const on = o.on ?? (newest ? addDays(newest, 5) : parisDay(new Date())!);
  const local = await startLocalService({
    serviceAccount: SERVICE_ACCOUNT, gmailRootUrl: gmail.url, today: () => on, log: () => { /* the demo stays quiet */ },
  });
  const { base, google } = local;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  };

  async function forward(route: string, req: IncomingMessage, res: ServerResponse) {
    const body = await readAll(req, 256 * 1024);
    let event: Record<string, any>;
    try { event = JSON.parse(body?.toString('utf8') ?? ''); } catch { return json(res, 400, { error: 'bad-json' }); }
    event.authorizationEventObject = { userOAuthToken: 'demo-user-oauth-token', userIdToken: google.sign({ aud: 'relance-demo', email: me }) };
    if (event.gmail) event.gmail.accessToken = 'demo-gmail-access-token';
    const r = await fetch(`${base}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${google.sign({ aud: `${base}${route}`, email: SERVICE_ACCOUNT })}` },
      body: JSON.stringify(event),
    });
    res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(await r.text());
  }

  async function draft(id: string, res: ServerResponse) {
    const d = gmail.drafts.find((x) => x.id === id);
    if (!d) return json(res, 404, { error: 'not-found' });
    const m = await PostalMime.parse(d.raw);
    const header = (k: string) => m.headers.find((h) => h.key === k)?.value ?? '';
    json(res, 200, {
      subject: m.subject ?? '', from: m.from?.address ?? '', to: (m.to ?? []).map((a) => a.address).join(', '),
      inReplyTo: m.inReplyTo ?? '', references: m.references ?? '',
      relance: { tier: header('x-relance-tier'), invoices: header('x-relance-invoices'), date: header('x-relance-date') },
      html: m.html ?? '', attachments: m.attachments.map((a) => ({ filename: a.filename ?? '', size: (a.content as ArrayBuffer).byteLength })),
    });
  }

  return {
    handler(req, res) {
      const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/gmail(?=\/|$)/, '') || '/';
      const send = (type: string, s: string) => res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' }).end(s);
      if (req.method === 'GET' && (path === '/' || path === '/index.html')) return send('text/html; charset=utf-8', PAGE_HTML);
      if (req.method === 'GET' && path === '/renderer.js') return send('text/javascript; charset=utf-8', RENDERER_JS);
      if (req.method === 'GET' && path === '/api/threads') return json(res, 200, { me, on, threads: summaries });
      const d = /^\/api\/drafts\/([\w-]+)$/.exec(path);
      if (req.method === 'GET' && d) return void draft(d[1]!, res).catch(() => json(res, 500, { error: 'internal' }));
      if (req.method === 'POST' && path.startsWith('/addon/')) return void forward(path.slice('/addon'.length), req, res).catch(() => json(res, 502, { error: 'service' }));
      json(res, 404, { error: 'not-found' });
    },
    async close() {
      await local.close();
      await gmail.close();
    },
  };
}
