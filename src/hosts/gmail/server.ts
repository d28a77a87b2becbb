/**
 * The Gmail add-on service: one node:http request listener. Order matters and is the same for every
 * route: known path → the Bearer ID token verified for this URL (401, nothing read) → body within the
 * size limit (413) → JSON matching the event schema (400) → the user's ID token verified (401) → the
 * user's settings → the route's handler. One catch at the top turns a bug into a card in the user's
 * language. Logs carry route, status, duration and a reason code: never mail content, names or amounts.
 * The contextual card is remembered under a key of everything it depends on (handlers/load-case
 * cardKey: user, thread historyId, language, day, settings, history, typed facts): a hit costs the
 * checks, the store reads and one small Gmail call (the thread's historyId). A message opened again
 * within `reopenedCardSeconds` (15 s) gets the card of its last opening without that Gmail call (the
 * checks and the store reads still run, so settings and reminders are never stale). Parsed messages are
 * remembered per user and message id.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import Ajv from 'ajv';
import { LRUCache } from 'lru-cache';
import type { OAuth2Client } from 'google-auth-library';
import type { IsoDate } from '../../core';
import { parisDay } from '../../core';
import { createVerifier } from './auth/verify';
import { errorCard } from './cards/home-card';
import { notify, pushCard, type Json } from './cards/widgets';
import type { HandlerContext } from './context';
import type { AddonEvent } from './event';
import { eventSchema } from './event';
import { gmailFactory } from './gmail-api/client';
import { readBody } from './http/body';
import { ROUTES } from './routes';
import { defaultSettings } from './settings';
import type { GmailStore } from './store/types';
import { langFromLocale, t } from './ui-text';
import { deepFreeze } from './util/frozen';

export interface LogEntry { route: string; status: number; ms: number; reason?: string }

export interface GmailServiceOptions {
  /** Public base URL of the service as Google calls it (no trailing slash); audiences and action URLs derive from it. */
  publicUrl: string;
  /** The add-on's service account: service-PROJECT_NUMBER@gcp-sa-gsuiteaddons.iam.gserviceaccount.com. */
  serviceAccountEmail: string;
  store: GmailStore;
  /** Verifies ID tokens; tests and the demo inject one that serves local certificates. */
  authClient?: OAuth2Client;
  userIdTokenAudience?: string | string[];
  /** Fake Gmail API on loopback (tests, demo, bench); unset = Google. */
  gmailRootUrl?: string;
  maxBodyBytes?: number;
  /** Contextual cards remembered (default 2000; 0 = none, for measuring the path without them). */
  cardCacheSize?: number;
  /**
   * How long a message opened again is answered with the card drawn at its last opening, without asking
   * Gmail whether its thread changed (default 15 s; 0 = always ask). A new message in the thread shows as
   * soon as it is opened (its id is new), or on the same message once this has passed; the buttons
   * always read the thread afresh.
   */
  reopenedCardSeconds?: number;
  /** Parsed Gmail messages remembered (default 5000; 0 = none). */
  parsedMessageCacheSize?: number;
  /** Today in Europe/Paris (tests and the demo pin it). */
  today?: () => IsoDate;
  log?: (entry: LogEntry) => void;
  /** Where the default log writes its JSON lines (default: standard output). */
  logTo?: NodeJS.WritableStream;
}

export interface GmailService {
  handler(req: IncomingMessage, res: ServerResponse): void;
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  const json = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), 'cache-control': 'no-store' });
  res.end(json);
};

/**
 * One JSON line per request, written once per turn of the event loop (the lines of that turn together):
 * one write per batch instead of one per request, as pino's asynchronous destinations do. Lines still
 * waiting when the process ends are written on 'beforeExit'; a crash can lose at most one turn's lines.
 */
export function lineLog(out: NodeJS.WritableStream): (e: LogEntry) => void {
  let pending: string[] = [];
  const flush = () => {
    if (!pending.length) return;
    const lines = pending.join('');
    pending = [];
    out.write(lines);
  };
  process.once('beforeExit', flush);
  return (e) => {
    if (pending.push(`${JSON.stringify(e)}\n`) === 1) setImmediate(flush);
  };
}

export function createGmailService(o: GmailServiceOptions): GmailService {
  const base = o.publicUrl.replace(/\/+$/, '');
  const basePath = new URL(base).pathname.replace(/\/+$/, '');
  const verifier = createVerifier({ client: o.authClient, serviceAccountEmail: o.serviceAccountEmail, userAudience: o.userIdTokenAudience });
  const validate = new Ajv({ allErrors: false }).compile<AddonEvent>(eventSchema);
  const gmail = gmailFactory(o.gmailRootUrl, { parsedMessages: o.parsedMessageCacheSize ?? 5000 });
  const limit = o.maxBodyBytes ?? 256 * 1024;
  const today = o.today ?? (() => parisDay(new Date())!);
  const log = o.log ?? lineLog(o.logTo ?? process.stdout);
  // Bounded (entries and age): mail-derived content never stays in memory for long.
  const defaults = { fr: deepFreeze(defaultSettings('fr')), en: deepFreeze(defaultSettings('en')) };
  const cardMax = o.cardCacheSize ?? 2000;
  const cards = cardMax > 0 ? new LRUCache<string, Json>({ max: cardMax, ttl: 10 * 60_000 }) : null;
  const reopenMs = (o.reopenedCardSeconds ?? 15) * 1000;
  const reopened = cardMax > 0 && reopenMs > 0 ? new LRUCache<string, Json>({ max: cardMax, ttl: reopenMs, ttlAutopurge: false }) : null;
  // A remembered card is also sent as the same bytes: serialised once.
  const serialised = new WeakMap<object, string>();
  const serialise = (card: Json): string => {
    if (typeof card !== 'object' || card === null) return JSON.stringify(card);
    let json = serialised.get(card);
    if (json === undefined) serialised.set(card, (json = JSON.stringify(card)));
    return json;
  };

  const url = (p: string) => `${base}${p}`;
  const cardsApi: HandlerContext['cards'] = { get: (k) => cards?.get(k), set: (k, v) => { cards?.set(k, v); } };
  const reopenedApi: HandlerContext['reopened'] = { get: (k) => reopened?.get(k), set: (k, v) => { reopened?.set(k, v); } };

  async function serve(req: IncomingMessage, res: ServerResponse, started: number): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!.slice(basePath.length) || '/';
    const done = (status: number, body: unknown, reason?: string) => {
      send(res, status, body);
      log({ route: path in ROUTES ? path : 'unknown', status, ms: Math.round(performance.now() - started), ...(reason ? { reason } : {}) });
    };
    const route = ROUTES[path];
    if (!route) return done(404, { error: 'not-found' });
    if (req.method !== 'POST') return done(405, { error: 'method-not-allowed' });
    // A token verified before is answered at once (no promise to wait for): most requests under load.
    const auth = verifier.knownRequest(req.headers.authorization, `${base}${path}`) ?? await verifier.verifyRequest(req.headers.authorization, `${base}${path}`);
    if (!auth.ok) { req.resume(); return done(401, { error: 'unauthorized' }, auth.reason); }
    const body = await readBody(req, limit);
    if (!body.ok) return done(body.status, { error: body.status === 413 ? 'too-large' : 'bad-request' }, 'body');
    let event: unknown;
    try { event = JSON.parse(body.value.toString('utf8')); } catch { return done(400, { error: 'bad-json' }, 'json'); }
    if (!validate(event)) return done(400, { error: 'bad-event' }, 'schema');
    const userToken = event.authorizationEventObject?.userIdToken;
    const user = verifier.knownUser(userToken) ?? await verifier.verifyUser(userToken);
    if (!user.ok) return done(401, { error: 'unauthorized' }, `user-${user.reason}`);
    const lang = langFromLocale(event.commonEventObject?.userLocale);
    const on = today();
    try {
      const known = o.store.knownSettings?.(user.value.key);
      const settings = (known !== undefined ? known : await o.store.getSettings(user.value.key)) ?? defaults[lang];
      const ctx: HandlerContext = { event, user: user.value, lang, on, settings, store: o.store, gmail, url, cards: cardsApi, reopened: reopenedApi };
      return done(200, serialise(await route(ctx)));
    } catch (e) {
      const reason = e instanceof Error ? e.name : 'unknown';
      const text = t(lang, 'error', { reason: lang === 'fr' ? 'erreur interne' : 'internal error' });
      return done(200, path.startsWith('/actions/') ? notify(text) : pushCard(errorCard(lang, lang === 'fr' ? 'erreur interne' : 'internal error')), `bug:${reason}`);
    }
  }

  return {
    handler(req, res) {
      const started = performance.now();
      serve(req, res, started).catch(() => {
        // Only a failure to write the response lands here (client gone): nothing left to tell anyone.
        if (!res.headersSent) send(res, 500, { error: 'internal' });
      });
    },
  };
}
