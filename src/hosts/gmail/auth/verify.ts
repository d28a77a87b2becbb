/**
 * Who may call the service. Google signs an ID token for the add-on's service account on every request
 * (`Authorization: Bearer …`): its audience must be the URL called and its email the configured service
 * account, verified. The user is read from the body's `userIdToken`, also Google-signed. Verification is
 * google-auth-library's `verifyIdToken`; the certificates come from Google, or are injected (tests, demo)
 * by handing in an OAuth2Client whose `getFederatedSignonCertsAsync` returns local ones.
 * Failure messages of the library quote the token: they are never logged, only a reason code.
 * A token verified once is remembered (per audience) until its own expiry, so a token Google reuses is
 * not re-verified on every request; failures are never remembered.
 */
import { OAuth2Client, type TokenPayload } from 'google-auth-library';
import { LRUCache } from 'lru-cache';

export type AuthFailure = 'no-token' | 'bad-token' | 'wrong-email' | 'email-not-verified';
export type AuthResult<T> = { ok: true; value: T } | { ok: false; reason: AuthFailure };

export interface VerifiedUser {
  /** Stable key for the store: Google's `sub`. */
  key: string;
  email: string;
}

export interface RequestVerifier {
  /** The request's own token: from Google, for this URL, by the add-on's service account. */
  verifyRequest(authorization: string | undefined, audience: string): Promise<AuthResult<void>>;
  /** The user the event is about (`authorizationEventObject.userIdToken`). */
  verifyUser(userIdToken: string | undefined): Promise<AuthResult<VerifiedUser>>;
}

export interface VerifierOptions {
  client?: OAuth2Client;
  serviceAccountEmail: string;
  /** Audience(s) accepted for the user ID token; undefined accepts any Google-signed one (the request itself is already verified). */
  userAudience?: string | string[];
}

const BEARER = /^Bearer\s+([A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*)$/;

export function createVerifier(o: VerifierOptions): RequestVerifier {
  const client = o.client ?? new OAuth2Client();
  const expected = o.serviceAccountEmail.toLowerCase();
  // One memory per audience. A token is ~1 KB: it is looked up by the end of its signature (a short key,
  // cheap to hash), and a hit counts only when the whole token is the same string.
  const verified = new Map<string, LRUCache<string, { token: string; payload: TokenPayload }>>();
  const verify = async (idToken: string, audience: string | string[] | undefined): Promise<TokenPayload | undefined> => {
    const aud = String(audience);
    let memory = verified.get(aud);
    if (!memory) verified.set(aud, (memory = new LRUCache<string, { token: string; payload: TokenPayload }>({ max: 10_000 })));
    const key = idToken.slice(-40);
    const hit = memory.get(key);
    if (hit && hit.token === idToken && hit.payload.exp * 1000 > Date.now()) return hit.payload;
    const payload = (await client.verifyIdToken({ idToken, ...(audience ? { audience } : {}) })).getPayload();
    if (payload?.exp) memory.set(key, { token: idToken, payload });
    return payload;
  };
  return {
    async verifyRequest(authorization, audience) {
      const m = BEARER.exec(authorization?.trim() ?? '');
      if (!m) return { ok: false, reason: 'no-token' };
      let payload;
      try {
        payload = await verify(m[1]!, audience);
      } catch {
        return { ok: false, reason: 'bad-token' };
      }
      if (!payload || payload.email?.toLowerCase() !== expected) return { ok: false, reason: 'wrong-email' };
      if (payload.email_verified !== true) return { ok: false, reason: 'email-not-verified' };
      return { ok: true, value: undefined };
    },
    async verifyUser(token) {
      if (!token) return { ok: false, reason: 'no-token' };
      let payload;
      try {
        payload = await verify(token, o.userAudience);
      } catch {
        return { ok: false, reason: 'bad-token' };
      }
      if (!payload?.sub || !payload.email) return { ok: false, reason: 'bad-token' };
      if (payload.email_verified !== true) return { ok: false, reason: 'email-not-verified' };
      return { ok: true, value: { key: `google:${payload.sub}`, email: payload.email.toLowerCase() } };
    },
  };
}
