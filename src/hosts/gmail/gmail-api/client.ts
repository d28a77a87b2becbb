/**
 * The only door to the Gmail API. Every call carries the event's user OAuth token and the per-message
 * `X-Goog-Gmail-Access-Token` (the narrow add-on scopes need both). `rootUrl` points the official client
 * at a fake Gmail API on loopback in tests, the demo and the bench.
 * Speed: one keep-alive agent for every call (no new TCP/TLS connection per request); the messages of
 * a thread fetched concurrently; a message's parsed form remembered per (user, message id), because a
 * Gmail message never changes once it exists (a new message gets a new id; the thread's historyId moves).
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { gmail, type gmail_v1 } from '@googleapis/gmail';
import { LRUCache } from 'lru-cache';
import type { MessageParts, Result, Thread } from '../../../core';
import * as engine from '../core-adapter';

export interface GmailTokens {
  userOAuthToken: string;
  accessToken: string;
  /** The verified user (store key): parsed messages are remembered per user, never shared. */
  user: string;
}

export interface ThreadRevision {
  /** Moves whenever the thread changes (a message or a draft added, removed, relabelled). */
  historyId: string;
  messageIds: string[];
}

export interface GmailAccess {
  /** The thread's current revision and message ids: one small call (format minimal, two fields). */
  revision(threadId: string): Promise<Result<ThreadRevision>>;
  /** Those messages, fetched raw (attachments included) unless remembered, parsed and merged by the core. */
  readThread(rev: ThreadRevision): Promise<Result<Thread>>;
  /** A draft in the thread from a complete RFC 5322 message. */
  createDraft(threadId: string, raw: Uint8Array): Promise<Result<{ draftId: string; threadId: string }>>;
}

export type GmailFactory = (tokens: GmailTokens) => GmailAccess;

const problem = (e: unknown, code: string): Result<never> => {
  const x = e as { status?: number; response?: { status?: number } };
  return { ok: false, error: { code, params: { status: x.status ?? x.response?.status ?? 0 } } };
};

/** `parsedMessages`: how many parsed messages to remember (0 = none). */
export function gmailFactory(rootUrl?: string, o: { parsedMessages?: number } = {}): GmailFactory {
  const api: gmail_v1.Gmail = gmail({ version: 'v1', ...(rootUrl ? { rootUrl } : {}), retry: false });
  const agent = (rootUrl ?? 'https:').startsWith('http:')
    ? new HttpAgent({ keepAlive: true, maxSockets: 64 }) : new HttpsAgent({ keepAlive: true, maxSockets: 64 });
  const max = o.parsedMessages ?? 5000;
  // Value null = the message could not be parsed (remembered too: its bytes will not change).
  const parsed = max > 0 ? new LRUCache<string, { parts: MessageParts | null }>({ max }) : null;
  return (tokens) => {
    // The user's OAuth token as a plain Authorization header: an OAuth2 client per request (the library's
    // usual `auth`) cost about 0.25 ms of CPU per call in the bench, for a token we only pass through.
    const opts = { headers: { Authorization: `Bearer ${tokens.userOAuthToken}`, 'X-Goog-Gmail-Access-Token': tokens.accessToken }, agent };
    const fetchParsed = async (id: string, index: number): Promise<MessageParts | null> => {
      const key = `${tokens.user}\n${id}\n${index}`;
      const hit = parsed?.get(key);
      if (hit) return hit.parts;
      const m = await api.users.messages.get({ userId: 'me', id, format: 'raw' }, opts);
      const p = engine.parseMessage(Buffer.from(m.data.raw ?? '', 'base64url'), index);
      parsed?.set(key, { parts: p.ok ? p.value : null });
      return p.ok ? p.value : null;
    };
    return {
      async revision(threadId) {
        try {
          const t = await api.users.threads.get({ userId: 'me', id: threadId, format: 'minimal', fields: 'historyId,messages/id' }, opts);
          const messageIds = (t.data.messages ?? []).map((m) => m.id).filter((id): id is string => !!id);
          return { ok: true, value: { historyId: t.data.historyId ?? '', messageIds } };
        } catch (e) { return problem(e, 'gmail-read-failed'); }
      },
      async readThread(rev) {
        let all: Array<MessageParts | null>;
        try {
          all = await Promise.all(rev.messageIds.map((id, i) => fetchParsed(id, i)));
        } catch (e) { return problem(e, 'gmail-read-failed'); }
        const parts = all.filter((p): p is MessageParts => p !== null);
        if (parts.length === 0) return { ok: false, error: { code: 'gmail-thread-empty' } };
        return { ok: true, value: engine.mergeParts(parts) };
      },
      async createDraft(threadId, raw) {
        try {
          const r = await api.users.drafts.create({
            userId: 'me', requestBody: { message: { threadId, raw: Buffer.from(raw).toString('base64url') } },
          }, opts);
          const draftId = r.data.id;
          if (!draftId) return { ok: false, error: { code: 'gmail-draft-failed', params: { status: 0 } } };
          return { ok: true, value: { draftId, threadId: r.data.message?.threadId ?? threadId } };
        } catch (e) { return problem(e, 'gmail-draft-failed'); }
      },
    };
  };
}
