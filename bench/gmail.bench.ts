/**
 * The Gmail add-on's contextual card under load (autocannon on loopback), next to a bare node:http
 * server measured in the same run. Three processes besides this one: the fake Gmail API, the real
 * service (real ID-token verification with a local key, sql.js store) and the bare server, so the load
 * generator never shares a CPU budget with what it measures more than the floor does.
 * Duration: GMAIL_BENCH_SECONDS or `--seconds=N` (default 60). Targets: p99 ≤ 50 ms, ≥ 40 % of the
 * bare server's throughput, RSS flat (printed at start and end of the service run). The main run opens one
 * message again and again (the service remembers a card for 30 s); the uncached path is printed beside it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGmailService } from '../src/hosts/gmail/server';
import { startFakeGmail, threadsFromDir } from '../src/hosts/gmail/demo/fake-gmail-api';
import { localCertsClient, localGoogle } from '../src/hosts/gmail/demo/local-google';
import { openSqlJsStore } from '../src/hosts/gmail/store/sqljs-store';

interface CannonResult { requests: { average: number }; latency: { p99: number; average: number }; non2xx: number; errors: number; timeouts: number }
type Cannon = (o: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const SERVICE_ACCOUNT = 'service-0@gcp-sa-gsuiteaddons.iam.gserviceaccount.com';
const THREADS = join(process.cwd(), 'src/hosts/demo/threads');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const role = arg('role') ?? 'main';

const listen = (handler: Parameters<typeof createServer>[1]) => new Promise<number>((resolve) => {
  const s = createServer(handler);
  s.keepAliveTimeout = 60_000;
  s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
});

async function child(): Promise<void> {
  const reply = (m: unknown) => process.send!(m);
  process.on('message', (m: { type: string }) => {
    if (m.type === 'rss') { (globalThis as { gc?: () => void }).gc?.(); reply({ type: 'rss', rss: process.memoryUsage().rss }); }
    if (m.type === 'exit') process.exit(0);
  });
  if (role === 'fake-gmail') {
    const g = await startFakeGmail({ record: false });
    for (const [id, raws] of threadsFromDir(THREADS)) g.addThread(id, raws);
    reply({ type: 'ready', url: g.url, thread: g.threadIds()[0] });
  } else if (role === 'service') {
    const env = JSON.parse(process.env.GMAIL_BENCH_CHILD ?? '{}') as { kid: string; publicKey: string; gmailUrl: string };
    const store = await openSqlJsStore(null);
    let service: ReturnType<typeof createGmailService> | null = null;
    const port = await listen((req, res) => service!.handler(req, res));
    const base = `http://127.0.0.1:${port}`;
    service = createGmailService({
      publicUrl: base, serviceAccountEmail: SERVICE_ACCOUNT, store, authClient: localCertsClient(env.kid, env.publicKey),
      gmailRootUrl: env.gmailUrl, today: () => '2026-03-23', log: () => { /* measured, not logged */ },
    });
    reply({ type: 'ready', url: base });
  } else if (role === 'bare') {
    const body = process.env.GMAIL_BENCH_BODY ?? '{}';
    const port = await listen((req, res) => {
      req.resume();
      req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }); res.end(body); });
    });
    reply({ type: 'ready', url: `http://127.0.0.1:${port}` });
  }
}

const children: ChildProcess[] = [];
process.on('exit', () => { for (const c of children) c.kill(); });

function start(r: string, env: Record<string, string> = {}): Promise<{ proc: ChildProcess; url: string; thread?: string }> {
  const proc = fork(process.argv[1]!, [`--role=${r}`], { execArgv: ['--expose-gc'], env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(proc);
  return new Promise((resolve, reject) => {
    proc.once('message', (m: { url: string; thread?: string }) => resolve({ proc, ...m }));
    proc.once('exit', (code) => reject(new Error(`${r} exited (${code})`)));
  });
}
const rss = (p: ChildProcess) => new Promise<number>((resolve) => {
  p.once('message', (m: { rss: number }) => resolve(m.rss));
  p.send({ type: 'rss' });
});
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

async function main(): Promise<void> {
  const seconds = Number(arg('seconds') ?? process.env.GMAIL_BENCH_SECONDS ?? 60);
  const google = localGoogle();
  const gmail = await start('fake-gmail');
  const service = await start('service', { GMAIL_BENCH_CHILD: JSON.stringify({ kid: google.key.kid, publicKey: google.key.publicKey, gmailUrl: gmail.url }) });
  const event = JSON.stringify({
    commonEventObject: { hostApp: 'GMAIL', platform: 'WEB', userLocale: 'fr' },
    authorizationEventObject: { userOAuthToken: 'bench-oauth', userIdToken: google.sign({ aud: 'relance', email: 'compta@atelier-martin.example', expiresIn: 3600 }) },
    gmail: { messageId: `${gmail.thread}-m1`, threadId: gmail.thread, accessToken: 'bench-access' },
  });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${google.sign({ aud: `${service.url}/contextual`, email: SERVICE_ACCOUNT, expiresIn: 3600 })}` };
  const sample = await (await fetch(`${service.url}/contextual`, { method: 'POST', headers, body: event })).text();
  if (!sample.includes('pushCard')) throw new Error('the service did not answer a card');
  const bare = await start('bare', { GMAIL_BENCH_BODY: sample });
  const load = (url: string, duration: number) => autocannon({ url, method: 'POST', headers, body: event, connections: 10, duration });

  await load(`${bare.url}/contextual`, Math.min(3, seconds));
  const floor = await load(`${bare.url}/contextual`, seconds);
  await load(`${service.url}/contextual`, Math.min(3, seconds));
  const rssStart = await rss(service.proc);
  const svc = await load(`${service.url}/contextual`, seconds);
  const rssEnd = await rss(service.proc);
  // Every request a message never opened before: no remembered card, Gmail read and analysis each time.
  let n = 0;
  const base = JSON.parse(event) as { gmail: { messageId: string } };
  const coldSeconds = Math.min(seconds, 15);
  const cold = await autocannon({ url: `${service.url}/contextual`, method: 'POST', headers, connections: 10, duration: coldSeconds,
    requests: [{ setupRequest: (r: Record<string, unknown>) => ({ ...r, body: JSON.stringify({ ...base, gmail: { ...base.gmail, messageId: `cold-${++n}` } }) }) }] });
  for (const c of [gmail, service, bare]) c.proc.send({ type: 'exit' });

  const ratio = svc.requests.average / floor.requests.average;
  const growth = (rssEnd - rssStart) / rssStart;
  console.log(`contextual card (${seconds} s, 10 connections, ${sample.length} B card)`);
  console.log(`  bare node:http   ${floor.requests.average.toFixed(0)} req/s   p99 ${floor.latency.p99} ms`);
  console.log(`  Relance service  ${svc.requests.average.toFixed(0)} req/s   p99 ${svc.latency.p99} ms   non-2xx ${svc.non2xx}, errors ${svc.errors}`);
  console.log(`  uncached path    ${cold.requests.average.toFixed(0)} req/s   p99 ${cold.latency.p99} ms   (${coldSeconds} s, each request a new message: Gmail read + analysis; ${((cold.requests.average / floor.requests.average) * 100).toFixed(1)} % of bare)`);
  console.log(`  ratio            ${(ratio * 100).toFixed(1)} % of bare   (target ≥ 40 %)`);
  console.log(`  p99              ${svc.latency.p99} ms   (target ≤ 50 ms)`);
  console.log(`  service RSS      ${mb(rssStart)} at start → ${mb(rssEnd)} at end (${(growth * 100).toFixed(1)} %)`);
  const ok = svc.non2xx === 0 && svc.errors === 0 && cold.non2xx === 0 && svc.latency.p99 <= 50 && ratio >= 0.4;
  console.log(`  ${ok ? 'targets met' : 'TARGETS MISSED'}`);
  process.exit(0);
}

if (role === 'main') {
  main().catch((e: Error) => { console.error(`gmail bench: ${e.message}`); process.exit(1); });
} else {
  process.on('disconnect', () => process.exit(0));
  await child();
}
