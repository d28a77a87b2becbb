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
  /** verifyRequest's answer when the token was verified before (and has not expired), at once; else null. */
  knownRequest(authorization: string | undefined, audience: string): AuthResult<void> | null;
  /** verifyUser's answer when the token was verified before (and has not expired), at once; else null. */
  knownUser(userIdToken: string | undefined): AuthResult<VerifiedUser> | null;
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
  const memoryFor = (audience: string | string[] | undefined) => {
    const aud = String(audience);
    let memory = verified.get(aud);
    if (!memory) verified.set(aud, (memory = new LRUCache<string, { token: string; payload: TokenPayload }>({ max: 10_000 })));
    return memory;
  };
  /** The payload of a token verified before and not expired, without waiting for anything. */
  const remembered = (idToken: string, audience: string | string[] | undefined): TokenPayload | undefined => {
    const hit = memoryFor(audience).get(idToken.slice(-40));
    return hit && hit.token === idToken && hit.payload.exp * 1000 > Date.now() ? hit.payload : undefined;
  };
  const verify = async (idToken: string, audience: string | string[] | undefined): Promise<TokenPayload | undefined> => {
    const known = remembered(idToken, audience);
    if (known) return known;
    const payload = (await client.verifyIdToken({ idToken, ...(audience ? { audience } : {}) })).getPayload();
    if (payload?.exp) memoryFor(audience).set(idToken.slice(-40), { token: idToken, payload });
    return payload;
  };
  const requestResult = (payload: TokenPayload | undefined): AuthResult<void> => {
    if (!payload || payload.email?.toLowerCase() !== expected) return { ok: false, reason: 'wrong-email' };
    if (payload.email_verified !== true) return { ok: false, reason: 'email-not-verified' };
    return { ok: true, value: undefined };
  };
  const userResult = (payload: TokenPayload | undefined): AuthResult<VerifiedUser> => {
    if (!payload?.sub || !payload.email) return { ok: false, reason: 'bad-token' };
    if (payload.email_verified !== true) return { ok: false, reason: 'email-not-verified' };
    return { ok: true, value: { key: `google:${payload.sub}`, email: payload.email.toLowerCase() } };
  };
  const bearer = (authorization: string | undefined) => BEARER.exec(authorization?.trim() ?? '')?.[1];
  return {
    knownRequest(authorization, audience) {
      const token = bearer(authorization);
      const payload = token ? remembered(token, audience) : undefined;
      return payload ? requestResult(payload) : null;
    },
    knownUser(token) {
      const payload = token ? remembered(token, o.userAudience) : undefined;
      return payload ? userResult(payload) : null;
    },
    async verifyRequest(authorization, audience) {
      const token = bearer(authorization);
      if (!token) return { ok: false, reason: 'no-token' };
      let payload;
      try {
        payload = await verify(token, audience);
      } catch {
        return { ok: false, reason: 'bad-token' };
      }
      return requestResult(payload);
    },
    async verifyUser(token) {
      if (!token) return { ok: false, reason: 'no-token' };
      let payload;
      try {
        payload = await verify(token, o.userAudience);
      } catch {
        return { ok: false, reason: 'bad-token' };
      }
      return userResult(payload);
    },
  };
}
