/**
 * Every refusal is a 401 before any work: no Gmail API call, no store write. Tokens are signed by a
 * locally generated RSA key; the verifier trusts it through injected certificates.
 */
import { SERVICE_ACCOUNT, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => { h = await startHarness(() => '2025-03-22'); });
afterAll(async () => { await h.close(); });

const event = () => h.fixture('contextual', { __THREAD_ID__: 't01', __MESSAGE_ID__: 't01-m1', __ME__: 'compta@menuiserie-durand.example' });

async function refused(authorization: string | null, body = event()) {
  const calls = h.gmail.requests.length;
  const r = await h.call('/contextual', body, { authorization });
  expect(r.status).toBe(401);
  expect(h.gmail.requests.length).toBe(calls);
  return r;
}

test('a valid token is accepted (the refusals below are not a broken setup)', async () => {
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
test('the user ID token in the body is verified too', async () => {
  const body = event();
  body.authorizationEventObject.userIdToken = h.google.forge({ aud: 'relance-addon', email: 'compta@menuiserie-durand.example' });
  const r = await h.call('/contextual', body);
  expect(r.status).toBe(401);
});

test('the log names the reason, never the token or the content', async () => {
  const token = h.google.forge({ aud: `${h.base}/contextual`, email: SERVICE_ACCOUNT });
  await refused(`Bearer ${token}`);
  const line = JSON.stringify(h.logs.at(-1));
  expect(h.logs.at(-1)).toMatchObject({ route: '/contextual', status: 401, reason: 'bad-token' });
  expect(line).not.toContain(token.slice(0, 20));
});

describe('request bodies', () => {
  test('too large: 413', async () => {
    const r = await h.call('/contextual', null, { raw: JSON.stringify({ ...event(), padding: 'x'.repeat(70 * 1024) }) });
    expect(r.status).toBe(413);
  });
  test('not JSON: 400', async () => {
    expect((await h.call('/contextual', null, { raw: '{"commonEventObject":' })).status).toBe(400);
  });
  test('not an event: 400', async () => {
    const body = event();
    body.gmail.threadId = { $gt: '' };
    expect((await h.call('/contextual', body)).status).toBe(400);
    expect((await h.call('/contextual', null, { raw: '[]' })).status).toBe(400);
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
