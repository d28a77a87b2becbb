/**
 * Every refusal is a 401 before any work: no Gmail API call, no store write. Tokens are signed by a
 * locally generated RSA key; the verifier trusts it through injected certificates.
 */
import { SERVICE_ACCOUNT, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(() => '2025-03-22'); });
afterAll(async () => { await h.close(); });

const event = () => h.fixture('contextual', { __THREAD_ID__: 't01', __MESSAGE_ID__: 't01-m1', __ME__: 'compta@menuiserie-durand.example' });

const STORE = ['getSettings', 'saveSettings', 'addReminder', 'listReminders'] as const;
/** The request is refused with `status` and nothing was done: no Gmail API call, no store access. */
async function noWork(status: number, send: () => Promise<{ status: number }>) {
  const calls = h.gmail.requests.length;
  const store = h.store as unknown as Record<string, (...a: unknown[]) => unknown>;
  const touched: string[] = [];
  const originals = STORE.map((m) => [m, store[m]!] as const);
  for (const [m, f] of originals) store[m] = (...a: unknown[]) => { touched.push(m); return f.apply(h.store, a); };
  try {
    const r = await send();
    expect(r.status).toBe(status);
    expect(h.gmail.requests.length).toBe(calls);
    expect(touched).toEqual([]);
    return r;
  } finally { for (const [m, f] of originals) store[m] = f; }
}
const refused = (authorization: string | null, body = event(), path = '/contextual') =>
  noWork(401, () => h.call(path, body, { authorization }));

test('a valid token is accepted and does the work (the refusals below are not a broken setup)', async () => {
  await expect(noWork(200, () => h.call('/contextual', event()))).rejects.toThrow();
  expect((await h.call('/contextual', event())).status).toBe(200);
});

test('no token', async () => { await refused(null); });
test('not a bearer token', async () => { await refused('Basic dXNlcjpwYXNz'); });
test('wrong audience (another URL)', async () => {
  await refused(`Bearer ${h.google.sign({ aud: `${h.base}/homepage`, email: SERVICE_ACCOUNT })}`);
});
test('wrong email (not the add-on service account)', async () => {
  await refused(`Bearer ${h.google.sign({ aud: `${h.base}/contextual`, email: 'attacker@example.org' })}`);
});
test('email not verified', async () => {
  await refused(`Bearer ${h.google.sign({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT, email_verified: false })}`);
});
test('expired', async () => {
  await refused(`Bearer ${h.google.sign({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT, expiresIn: -600 })}`);
});
test('bad signature', async () => {
  await refused(`Bearer ${h.google.forge({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT })}`);
});
test('wrong issuer', async () => {
  await refused(`Bearer ${h.google.sign({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT, iss: 'https://evil.example' })}`);
});
describe('the user ID token in the body is verified too', () => {
  const withUser = (token: string | undefined) => {
    const body = event();
    if (token === undefined) delete body.authorizationEventObject.userIdToken;
    else body.authorizationEventObject.userIdToken = token;
    return body;
  };
  const valid = () => `Bearer ${h.google.sign({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT })}`;
  test('missing', async () => { await refused(valid(), withUser(undefined)); });
  test('bad signature', async () => { await refused(valid(), withUser(h.google.forge({ aud: 'relance-addon', email: 'compta@menuiserie-durand.example' }))); });
  test('expired', async () => { await refused(valid(), withUser(h.google.sign({ aud: 'relance-addon', email: 'compta@menuiserie-durand.example', expiresIn: -600 }))); });
  test('email not verified', async () => {
    await refused(valid(), withUser(h.google.sign({ aud: 'relance-addon', email: 'compta@menuiserie-durand.example', email_verified: false })));
  });
});

test('a write action refused: nothing saved', async () => {
  await refused(null, h.fixture('homepage'), '/actions/save-settings');
  await refused(`Bearer ${h.google.sign({ aud: `${h.base}/actions/save-settings`, email: 'attacker@example.org' })}`, h.fixture('homepage'), '/actions/save-settings');
});

test('the log names the reason, never the token or the content', async () => {
  const token = h.google.forge({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT });
  await refused(`Bearer ${token}`);
  const line = JSON.stringify(h.logs.at(-1));
  expect(h.logs.at(-1)).toMatchObject({ route: '/contextual', status: 401, reason: 'bad-token' });
  expect(line).not.toContain(token.slice(0, 20));
});

describe('request bodies', () => {
  test('too large: 413, nothing done', async () => {
    await noWork(413, () => h.call('/contextual', null, { raw: JSON.stringify({ ...event(), padding: 'x'.repeat(70 * 1024) }) }));
  });
  test('not JSON: 400, nothing done', async () => {
    await noWork(400, () => h.call('/contextual', null, { raw: '{"commonEventObject":' }));
  });
  test('not an event: 400, nothing done', async () => {
    const body = event();
    body.gmail.threadId = { $gt: '' };
    await noWork(400, () => h.call('/contextual', body));
    await noWork(400, () => h.call('/contextual', null, { raw: '[]' }));
  });
  test('unknown route: 404', async () => {
    expect((await h.call('/nope', event())).status).toBe(404);
  });
});

test('no mail content, name or amount reaches the log', async () => {
  await h.call('/contextual', event());
  const all = JSON.stringify(h.logs);
  for (const secret of ['FA-2025-0142', '1240', 'menuiserie', 'Durand', '@']) expect(all).not.toContain(secret);
});

test('a remembered token does not vouch for another one that ends the same (a forged payload under a copied signature)', async () => {
  const good = h.google.sign({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT });
  expect((await h.call('/contextual', event(), { authorization: `Bearer ${good}` })).status).toBe(200);
  const [head, payload, signature] = good.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
  const forged = [head, Buffer.from(JSON.stringify({ ...claims, email: 'attacker@evil.example' })).toString('base64url'), signature].join('.');
  expect(forged.slice(-40)).toBe(good.slice(-40));
  await refused(`Bearer ${forged}`);
});
