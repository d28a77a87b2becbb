/**
 * The only door to the Gmail API. Every call carries the event's user OAuth token and the per-message
 * `X-Goog-Gmail-Access-Token` (the narrow add-on scopes need both). `rootUrl` points the official client
 * at a fake Gmail API on loopback in tests, the demo and the bench.
 */
import { auth as googleAuth, gmail, type gmail_v1 } from '@googleapis/gmail';
import type { MessageParts, Result, Thread } from '../../../core';
import * as engine from '../core-adapter';

export interface GmailTokens { userOAuthToken: string; accessToken: string }

export interface GmailAccess {
  /** Every message of the thread, fetched raw (attachments included) and parsed by the core. */
  readThread(threadId: string): Promise<Result<Thread>>;
  /** A draft in the thread from a complete RFC 5322 message. */
  createDraft(threadId: string, raw: Uint8Array): Promise<Result<{ draftId: string; threadId: string }>>;
}

export type GmailFactory = (tokens: GmailTokens) => GmailAccess;

export function gmailFactory(rootUrl?: string): GmailFactory {
  const api: gmail_v1.Gmail = gmail({ version: 'v1', ...(rootUrl ? { rootUrl } : {}), retry: false });
  return (tokens) => {
    // The OAuth2 client class of the Gmail library's own google-auth-library (versions differ from ours).
    const auth = new googleAuth.OAuth2();
    auth.setCredentials({ access_token: tokens.userOAuthToken });
    const opts = { headers: { 'X-Goog-Gmail-Access-Token': tokens.accessToken } };
    const problem = (e: unknown, code: string): Result<never> => {
      const status = (e as { status?: number; response?: { status?: number } }).status ?? (e as { response?: { status?: number } }).response?.status ?? 0;
      return { ok: false, error: { code, params: { status } } };
    };
    return {
      async readThread(threadId) {
        let ids: string[];
        try {
          const t = await api.users.threads.get({ userId: 'me', id: threadId, format: 'minimal', auth }, opts);
          ids = (t.data.messages ?? []).map((m) => m.id).filter((id): id is string => !!id);
        } catch (e) { return problem(e, 'gmail-read-failed'); }
        let raws: Uint8Array[];
        try {
          raws = await Promise.all(ids.map(async (id) => {
            const m = await api.users.messages.get({ userId: 'me', id, format: 'raw', auth }, opts);
            return Buffer.from(m.data.raw ?? '', 'base64url');
          }));
        } catch (e) { return problem(e, 'gmail-read-failed'); }
        const parts: MessageParts[] = [];
        raws.forEach((raw, i) => {
          const p = engine.parseMessage(raw, i);
          if (p.ok) parts.push(p.value);
        });
        if (parts.length === 0) return { ok: false, error: { code: 'gmail-thread-empty' } };
        return { ok: true, value: engine.mergeParts(parts) };
      },
      async createDraft(threadId, raw) {
        try {
          const r = await api.users.drafts.create({
            userId: 'me', auth, requestBody: { message: { threadId, raw: Buffer.from(raw).toString('base64url') } },
          }, opts);
          const draftId = r.data.id;
          if (!draftId) return { ok: false, error: { code: 'gmail-draft-failed', params: { status: 0 } } };
          return { ok: true, value: { draftId, threadId: r.data.message?.threadId ?? threadId } };
        } catch (e) { return problem(e, 'gmail-draft-failed'); }
      },
    };
  };
}
