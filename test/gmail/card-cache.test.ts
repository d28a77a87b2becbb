/**
 * The contextual card is remembered. A message opened again within the reopen window (15 s) gets its
 * last card with no Gmail call at all; past it (or with the window off), a second opening of an
 * unchanged thread reads only the thread's historyId (no message fetched again, the same card), and a
 * new message in the thread gives a new card. A new message opened by its own id, a settings change, a
 * reminder created and a new day always give a freshly computed card.
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardSchema } from './card-schema';
import { CORPUS, labels, startHarness, type Harness } from './harness';

const validate = new Ajv({ allErrors: true }).compile(cardSchema);
const FILE = 't01.eml';
const label = labels().find((l) => l.file === FILE)!;
let on = label.on;
let h: Harness;
beforeAll(async () => { h = await startHarness(() => on); });
afterAll(async () => { await h.close(); });
beforeEach(() => { on = label.on; h.gmail.addThread('t01', [readFileSync(join(CORPUS, FILE))]); });

const event = (me = label.me, message = 't01-m1', harness = h) => harness.fixture('contextual', { __THREAD_ID__: 't01', __MESSAGE_ID__: message, __ME__: me });
async function open(me?: string, message?: string, harness = h) {
  const before = harness.gmail.requests.length;
  const r = await harness.call('/contextual', event(me, message, harness));
  expect(r.status).toBe(200);
  expect(validate(r.body) ? [] : validate.errors).toEqual([]);
  const paths = harness.gmail.requests.slice(before).map((s) => s.path);
  return { card: JSON.stringify(r.body), threadReads: paths.filter((p) => p.includes('/threads/')).length, messageReads: paths.filter((p) => p.includes('/messages/')) };
}

const paidMessage = () => Buffer.from([
  `From: Patrick Lemaire <p.lemaire@immo-saintjean.example>`, `To: ${label.me}`, 'Subject: RE: Facture FA-2025-0142',
  'Date: Sat, 22 Mar 2025 09:00:00 +0100', 'Message-ID: <paid-1@immo-saintjean.example>', 'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8', '', 'Bonjour,', '', 'Nous avons réglé la facture FA-2025-0142 par virement ce jour.', '', 'Cordialement', '',
].join('\r\n'));

test('a message opened again at once: the same card, and no Gmail call at all', async () => {
  const first = await open();
  expect(first.threadReads).toBe(1);
  expect(first.messageReads.length).toBe(1);
  const again = await open();
  expect(again.card).toBe(first.card);
  expect(again.threadReads).toBe(0);
  expect(again.messageReads).toEqual([]);
});

test('a new message in the thread, opened: a new card that reads it (and only it)', async () => {
  const first = await open();
  h.gmail.addThread('t01', [readFileSync(join(CORPUS, FILE)), paidMessage()]);
  const after = await open(undefined, 't01-m2');
  expect(after.card).not.toBe(first.card);
  expect(after.threadReads).toBe(1);
  expect(after.messageReads).toEqual(['/gmail/v1/users/me/messages/t01-m2']);
});

describe('past the reopen window', () => {
  let short: Harness;
  beforeAll(async () => { short = await startHarness(() => on, { reopenedCardSeconds: 0.3 }); });
  afterAll(async () => { await short.close(); });
  beforeEach(() => { short.gmail.addThread('t01', [readFileSync(join(CORPUS, FILE))]); });
  const later = () => new Promise((r) => setTimeout(r, 400));

  test('an unchanged thread: the same card, only its revision read again', async () => {
    const first = await open(undefined, undefined, short);
    await later();
    const again = await open(undefined, undefined, short);
    expect(again.card).toBe(first.card);
    expect(again.threadReads).toBe(1);
    expect(again.messageReads).toEqual([]);
  });

  test('a new message in the thread shows on the message opened before', async () => {
    const first = await open(undefined, undefined, short);
    short.gmail.addThread('t01', [readFileSync(join(CORPUS, FILE)), paidMessage()]);
    const within = await open(undefined, undefined, short);
    expect(within.card).toBe(first.card); // the window: at most 0.3 s here, 15 s by default
    await later();
    const after = await open(undefined, undefined, short);
    expect(after.card).not.toBe(first.card);
    expect(after.messageReads).toEqual(['/gmail/v1/users/me/messages/t01-m2']);
  });
});

test('a settings change: a new card', async () => {
  const me = 'cache-settings@menuiserie-durand.example';
  const first = await open(me);
  const save = h.fixture('homepage', { __ME__: me });
  save.commonEventObject.formInputs = Object.fromEntries(Object.entries({
    company_name: 'Menuiserie Durand', payment_term_days: '30', payment_deadline_days: '8', contractual_rate: '',
    cadence_r1: '1', cadence_r2: '2', cadence_r3: '3', cadence_notice: '4', letter_lang: 'fr',
  }).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
  expect((await h.call('/actions/save-settings', save)).status).toBe(200);
  const after = await open(me);
  expect(after.card).not.toBe(first.card);
  expect(after.messageReads).toEqual([]);
});

test('a new day: a new card', async () => {
  const first = await open();
  on = '2025-03-23';
  const after = await open();
  expect(after.card).not.toBe(first.card);
});
