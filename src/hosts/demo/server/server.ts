/**
 * The demo mailbox's HTTP server: the page, the real task-pane bundle, the demo threads as JSON, the
 * manifests, and the Gmail side-panel under /gmail/ when it is built. Static files come from dist/.
 */
import { createServer as createHttp, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { startGmailDemo } from 'relance-gmail-demo';
import { loadThreads } from './threads';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.xml': 'application/xml; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml',
};

export interface DemoServerOptions { dist: string; port?: number; host?: string; tls?: { key: Buffer; cert: Buffer } }
export interface DemoServer { url: string; close(): Promise<void> }

function sendFile(res: ServerResponse, root: string, rel: string): void {
  const file = normalize(join(root, rel));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable / Not found'); return; }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(readFileSync(file));
}

export async function startDemoServer(o: DemoServerOptions): Promise<DemoServer> {
  const threadsDir = join(o.dist, 'demo', 'threads');
  const threads = JSON.stringify(await loadThreads(threadsDir));
  const gmail = startGmailDemo ? await startGmailDemo({ threadsDir }) : null;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (req.method !== 'GET' && !path.startsWith('/gmail/')) { res.writeHead(405).end(); return; }
    if (path === '/' || path === '/index.html') return sendFile(res, join(o.dist, 'demo'), 'index.html');
    if (path === '/api/threads') { res.writeHead(200, { 'content-type': TYPES['.json']!, 'cache-control': 'no-store' }).end(threads); return; }
    if (path === '/api/config') { res.writeHead(200, { 'content-type': TYPES['.json']! }).end(JSON.stringify({ gmail: gmail !== null })); return; }
    if (path.startsWith('/gmail/') || path === '/gmail') {
      if (gmail) return void Promise.resolve(gmail.handler(req, res)).catch(() => { if (!res.headersSent) res.writeHead(500); res.end(); });
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Gmail demo not built');
      return;
    }
    for (const prefix of ['addin', 'demo', 'manifest']) if (path.startsWith(`/${prefix}/`)) return sendFile(res, join(o.dist, prefix), path.slice(prefix.length + 2));
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable / Not found');
  };
  const server: Server = o.tls ? createHttps(o.tls, handle) : createHttp(handle);
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(o.port ?? 3000, o.host ?? 'localhost', () => resolve()); });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  return {
    url: `${o.tls ? 'https' : 'http'}://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); void gmail?.close(); }),
  };
}
