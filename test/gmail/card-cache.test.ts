/**
 * The contextual card is remembered, but never stale: a second opening of an unchanged thread reads
 * only the thread's historyId (no message fetched again, the same card), while a new message in the
 * thread, a settings change and a new day each give a freshly computed card.
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

const event = (me = label.me) => h.fixture('contextual', { __THREAD_ID__: 't01', __MESSAGE_ID__: 't01-m1', __ME__: me });
async function open(me?: string) {
  const before = h.gmail.requests.length;
  const r = await h.call('/contextual', event(me));
  expect(r.status).toBe(200);
  expect(validate(r.body) ? [] : validate.errors).toEqual([]);
  const paths = h.gmail.requests.slice(before).map((s) => s.path);
  return { card: JSON.stringify(r.body), threadReads: paths.filter((p) => p.includes('/threads/')).length, messageReads: paths.filter((p) => p.includes('/messages/')) };
}

test('an unchanged thread: the same card, only its revision read again', async () => {
  const first = await open();
  expect(first.messageReads.length).toBe(1);
  const again = await open();
  expect(again.card).toBe(first.card);
  expect(again.threadReads).toBe(1);
  expect(again.messageReads).toEqual([]);
});

test('a new message in the thread: a new card that reads it (and only it)', async () => {
  const first = await open();
  const original = readFileSync(join(CORPUS, FILE));
  const paid = Buffer.from([
    `From: Patrick Lemaire <p.lemaire@immo-saintjean.example>`, `To: ${label.me}`, 'Subject: RE: Facture FA-2025-0142',
    'Date: Sat, 22 Mar 2025 09:00:00 +0100', 'Message-ID: <paid-1@immo-saintjean.example>', 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', '', 'Bonjour,', '', 'Nous avons réglé la facture FA-2025-0142 par virement ce jour.', '', 'Cordialement', '',
  ].join('\r\n'));
  h.gmail.addThread('t01', [original, paid]);
  const after = await open();
  expect(after.card).not.toBe(first.card);
  expect(after.messageReads).toEqual(['/gmail/v1/users/me/messages/t01-m2']);
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
