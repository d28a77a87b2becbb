/**
 * Stands in for Google's signing side in tests, the demo and the bench: a locally generated RSA key signs
 * ID tokens shaped like Google's, and an OAuth2Client whose certificate download returns the local public
 * key is handed to the service. The service's verification code is the production one, unchanged.
 */
import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { OAuth2Client } from 'google-auth-library';

export interface TokenClaims {
  aud: string;
  email: string;
  email_verified?: boolean;
  sub?: string;
  iss?: string;
  /** Seconds from now; negative = already expired. */
  expiresIn?: number;
}

export interface LocalGoogle {
  /** The OAuth2Client to give the service: it trusts only the local key. */
  client: OAuth2Client;
  sign(claims: TokenClaims): string;
  /** Signed by another key that has the same key id: a forged signature. */
  forge(claims: TokenClaims): string;
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function signWith(privateKey: string, kid: string, c: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (c.expiresIn ?? 3600);
  const head = b64({ alg: 'RS256', kid, typ: 'JWT' });
  const body = b64({
    iss: c.iss ?? 'https://accounts.google.com', aud: c.aud, azp: c.aud, email: c.email, email_verified: c.email_verified ?? true,
    sub: c.sub ?? `1${[...c.email].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1e12, 7)}`, iat: Math.min(now, exp - 3600), exp,
  });
  const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey).toString('base64url');
  return `${head}.${body}.${sig}`;
}

export interface LocalKey { kid: string; publicKey: string; privateKey: string }

const newKey = (kid: string = randomUUID()): LocalKey => ({
  kid, ...generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }),
});

/** An OAuth2Client that trusts exactly one local public key (no network). */
export function localCertsClient(kid: string, publicKey: string): OAuth2Client {
  class LocalCertsClient extends OAuth2Client {
    override async getFederatedSignonCertsAsync() {
      return { certs: { [kid]: publicKey }, format: 'PEM' } as unknown as Awaited<ReturnType<OAuth2Client['getFederatedSignonCertsAsync']>>;
    }
  }
  return new LocalCertsClient();
}

/** `key`: reuse a key made elsewhere (the bench signs in one process and verifies in another). */
export function localGoogle(key: LocalKey = newKey()): LocalGoogle & { key: LocalKey } {
  const kid = key.kid;
  const real = key;
  const other = newKey(kid);
  return {
    key,
    client: localCertsClient(kid, real.publicKey),
    sign: (c) => signWith(real.privateKey, kid, c),
    forge: (c) => signWith(other.privateKey, kid, c),
  };
}
