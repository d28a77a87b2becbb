/**
 * The Gmail service end to end on loopback: trigger events from fixtures, cards checked against the
 * card JSON Schema, the official Gmail client against the fake Gmail API, drafts parsed back.
 */
import Ajv from 'ajv';
import PostalMime from 'postal-mime';
import { cardSchema } from './card-schema';
import { labels, startHarness, type Harness } from './harness';
import { threadsFromDir } from '../../src/hosts/gmail/demo/fake-gmail-api';
import { CORPUS } from './harness';
import { subjectMarker, HEADER_TIER } from '../../src/core/markers';

const validate = new Ajv({ allErrors: true }).compile(cardSchema);
const expectCard = (body: unknown) => {
  const ok = validate(body);
  expect(ok ? [] : validate.errors).toEqual([]);
};

let on = '2026-03-11';
let h: Harness;
beforeAll(async () => { h = await startHarness(() => on); });
afterAll(async () => { await h.close(); });

const label = (file: string) => labels().find((l) => l.file === file)!;
const threadId = (file: string) => file.replace(/\.(eml|mbox)$/, '');
/** The facts a user would type in the card, from the labels (the detector is not what these tests check). */
function typeFacts(event: any, inv: { number: string | null; amount: string | null; dueDate: string | null }) {
  const f = event.commonEventObject.formInputs ?? (event.commonEventObject.formInputs = {});
  f.fact_invoice = { stringInputs: { value: [inv.number] } };
  f.fact_amount = { stringInputs: { value: [inv.amount] } };
  f.fact_due = { stringInputs: { value: [inv.dueDate] } };
  return event;
}
const contextualEvent = (file: string, extra: Record<string, string> = {}) =>
  h.fixture('contextual', { __THREAD_ID__: threadId(file), __MESSAGE_ID__: `${threadId(file)}-m1`, __ME__: label(file).me, ...extra });

describe('homepage', () => {
  test('answers a card in French for a French locale and in English otherwise', async () => {
    const fr = await h.call('/homepage', h.fixture('homepage'));
    expect(fr.status).toBe(200);
    expectCard(fr.body);
    expect(JSON.stringify(fr.body)).toContain('Paramètres');
    const event = h.fixture('homepage');
    event.commonEventObject.userLocale = 'en-GB';
    const en = await h.call('/homepage', event);
    expectCard(en.body);
    expect(JSON.stringify(en.body)).toContain('Settings');
    expect(JSON.stringify(en.body)).not.toContain('Paramètres');
  });
});

describe('contextual trigger', () => {
  test('every corpus thread gets a valid card, read with both Gmail tokens', async () => {
    for (const l of labels()) {
      on = l.on;
      const before = h.gmail.requests.length;
      const r = await h.call('/contextual', contextualEvent(l.file));
      expect([l.file, r.status]).toEqual([l.file, 200]);
      expectCard(r.body);
      const seen = h.gmail.requests.slice(before);
      expect(seen.length).toBeGreaterThan(0);
      for (const s of seen) {
        expect(s.authorization).toBe('Bearer ya29.user-oauth-token');
        expect(s.accessToken).toBe('gmail-access-token-for-this-message');
      }
    }
  });

  test('the card names the invoice, its due date and the 40 EUR indemnity', async () => {
    const l = label('t01.eml');
    on = l.on;
    const r = await h.call('/contextual', contextualEvent('t01.eml'));
    const text = JSON.stringify(r.body);
    expect(text).toContain(l.invoices[0]!.number!);
    const [y, m, d] = l.invoices[0]!.dueDate!.split('-');
    expect(text).toContain(`${d}/${m}/${y}`);
    expect(text).toContain('40,00\u00a0€');
  });
});

describe('create the reminder', () => {
  const file = 't25.mbox';
  test('a reply draft in the thread: threading headers, marker, X-Relance header, invoice attached', async () => {
    const l = label(file);
    on = l.on;
    const inv = l.invoices[0]!;
    const event = h.fixture('action-create-draft', { __THREAD_ID__: threadId(file), __MESSAGE_ID__: `${threadId(file)}-m1`, __ME__: l.me, __TIER__: '2' });
    typeFacts(event, inv);
    const before = h.gmail.drafts.length;
    const r = await h.call('/actions/create-draft', event);
    expect(r.status).toBe(200);
    expectCard(r.body);
    expect(h.gmail.drafts.length).toBe(before + 1);
    const draft = h.gmail.drafts.at(-1)!;
    expect(r.body.renderActions.hostAppAction.gmailAction.openCreatedDraftActionMarkup).toEqual({ draftId: draft.id, draftThreadId: threadId(file) });
    expect(draft.threadId).toBe(threadId(file));

    const originals = await Promise.all(threadsFromDir(CORPUS).get(threadId(file))!.map((raw) => PostalMime.parse(raw)));
    const last = originals.at(-1)!;
    const mail = await PostalMime.parse(draft.raw);
    expect(mail.inReplyTo).toBe(last.messageId);
    const refs = (mail.references ?? '').split(/\s+/);
    for (const o of originals) expect(refs).toContain(o.messageId);
    expect(mail.subject).toContain(subjectMarker(2, [inv.number!], 'fr'));
    expect(mail.headers.find((x) => x.key === HEADER_TIER.toLowerCase())?.value).toBe('2');
    expect(mail.from?.address).toBe(l.me);
    expect((mail.to ?? []).map((a) => a.address)).not.toContain(l.me);
    expect((mail.to ?? []).length).toBeGreaterThan(0);
    const pdf = originals.flatMap((o) => o.attachments).find((a) => a.mimeType === 'application/pdf')!;
    const attached = mail.attachments.find((a) => a.filename === pdf.filename);
    expect(attached && Buffer.from(attached.content as ArrayBuffer).equals(Buffer.from(pdf.content as ArrayBuffer))).toBe(true);
  });

  test('the reminder created is remembered: the next card counts it', async () => {
    const l = label(file);
    on = l.on;
    const event = (vars: Record<string, string> = {}) => contextualEvent(file, vars);
    const count = async () => JSON.stringify((await h.call('/contextual', event())).body).split('créée avec Relance').length - 1;
    const before = await count();
    const create = h.fixture('action-create-draft', { __THREAD_ID__: threadId(file), __MESSAGE_ID__: `${threadId(file)}-m1`, __ME__: l.me, __TIER__: '3' });
    typeFacts(create, l.invoices[0]!);
    expect((await h.call('/actions/create-draft', create)).status).toBe(200);
    expect(await count()).toBe(before + 1);
  });
});

describe('logs', () => {
  test('a full flow (card, tier change, draft created, compose insert) logs no name, amount, invoice number or subject', async () => {
    const file = 't25.mbox';
    const l = label(file);
    on = l.on;
    const inv = l.invoices[0]!;
    const from = h.logs.length;
    const vars = { __THREAD_ID__: threadId(file), __MESSAGE_ID__: `${threadId(file)}-m1`, __ME__: l.me, __TIER__: '2' };
    expect((await h.call('/contextual', contextualEvent(file))).status).toBe(200);
    expect((await h.call('/actions/change-tier', typeFacts(h.fixture('action-create-draft', vars), inv))).status).toBe(200);
    expect((await h.call('/actions/create-draft', typeFacts(h.fixture('action-create-draft', vars), inv))).status).toBe(200);
    expect((await h.call('/actions/compose/insert', typeFacts(h.fixture('action-create-draft', vars), inv))).status).toBe(200);
    const logs = h.logs.slice(from);
    expect(logs.length).toBe(4);
    const mails = await Promise.all(threadsFromDir(CORPUS).get(threadId(file))!.map((raw) => PostalMime.parse(raw)));
    const names = mails.flatMap((m) => [m.from, ...(m.to ?? []), ...(m.cc ?? [])]).flatMap((a) => [a?.name, a?.address, a?.address?.split('@')[1]])
      .filter((x): x is string => !!x && x.length > 2);
    const [units, cents] = inv.amount!.split('.');
    const secrets = [...new Set([...names, ...mails.map((m) => m.subject ?? ''), inv.number!, inv.amount!, `${units},${cents}`, l.me])].filter(Boolean);
    expect(secrets.length).toBeGreaterThan(5);
    const text = JSON.stringify(logs);
    for (const secret of secrets) expect([secret, text.includes(secret)]).toEqual([secret, false]);
    // Only these fields, whatever the route: route, status, duration, reason code.
    for (const e of logs) for (const k of Object.keys(e)) expect(['route', 'status', 'ms', 'reason']).toContain(k);
  });
});

describe('compose trigger', () => {
  test('inserts the letter at the cursor as editable HTML, from the facts typed in the card', async () => {
    on = '2025-05-01';
    const card = await h.call('/compose', h.fixture('compose'));
    expectCard(card.body);
    const event = h.fixture('compose');
    event.commonEventObject.formInputs = {
      fact_invoice: { stringInputs: { value: ['FA-2025-0099'] } },
      fact_amount: { stringInputs: { value: ['1 200,00'] } },
      fact_due: { stringInputs: { value: ['15/03/2025'] } },
      tier: { stringInputs: { value: ['1'] } },
    };
    const r = await h.call('/actions/compose/insert', event);
    expectCard(r.body);
    const body = r.body.renderActions.hostAppAction.gmailAction.updateDraftActionMarkup.updateBody;
    expect(body.type).toBe('IN_PLACE_INSERT');
    expect(body.insertContents[0].contentType).toBe('MUTABLE_HTML');
    expect(body.insertContents[0].content).toContain('FA-2025-0099');
    // Nothing is attached to the user's own draft: reminder 1 offers a copy instead of announcing one.
    expect(body.insertContents[0].content).not.toContain('ci-joint une copie');
    expect(body.insertContents[0].content).toContain('sur simple demande');
  });
});

describe('settings', () => {
  const form = (values: Record<string, string>) => {
    const event = h.fixture('homepage', { __ME__: 'settings-user@example.org' });
    event.commonEventObject.formInputs = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
    return event;
  };
  const valid = { company_name: 'Menuiserie Durand', payment_term_days: '45', payment_deadline_days: '8', contractual_rate: '',
    cadence_r1: '5', cadence_r2: '15', cadence_r3: '30', cadence_notice: '45', letter_lang: 'fr' };

  test('saved per verified user and shown back', async () => {
    const r = await h.call('/actions/save-settings', form(valid));
    expectCard(r.body);
    const shown = await h.call('/actions/settings', form({}));
    expect(JSON.stringify(shown.body)).toContain('Menuiserie Durand');
    const other = await h.call('/actions/settings', h.fixture('homepage', { __ME__: 'someone-else@example.org' }));
    expect(JSON.stringify(other.body)).not.toContain('Menuiserie Durand');
  });

  test('tone per client and reference rates: saved in the store, shown back in the user\'s words, bad lines named', async () => {
    const me = 'tones-user@example.org';
    const event = (values: Record<string, string>) => {
      const e = h.fixture('homepage', { __ME__: me });
      e.commonEventObject.formInputs = Object.fromEntries(Object.entries({ ...valid, ...values }).map(([k, v]) => [k, { stringInputs: { value: [v] } }]));
      return e;
    };
    const r = await h.call('/actions/save-settings', event({ client_tones: 'Paul@Garage.example = mauvais payeur\n@boulangerie.example: grand compte', ecb_overrides: '2027-S1 = 2,40' }));
    expect(JSON.stringify(r.body)).not.toContain('Valeur invalide');
    const shown = JSON.stringify((await h.call('/actions/settings', event({}))).body);
    expect(shown).toContain('paul@garage.example = mauvais payeur\\n@boulangerie.example = grand compte');
    expect(shown).toContain('2027-S1 = 2,40');
    const bad = await h.call('/actions/save-settings', event({ client_tones: 'paul@garage.example = très gentil' }));
    expect(JSON.stringify(bad.body)).toContain('Ton par client');
    const badRate = await h.call('/actions/save-settings', event({ ecb_overrides: '2027 = deux' }));
    expect(JSON.stringify(badRate.body)).toContain('Taux BCE de référence');
    expect(JSON.stringify((await h.call('/actions/settings', event({}))).body)).toContain('2027-S1 = 2,40');
  });

  test('an invalid field is named and nothing is saved', async () => {
    const r = await h.call('/actions/save-settings', form({ ...valid, company_name: 'Autre', payment_term_days: 'trente' }));
    expectCard(r.body);
    expect(JSON.stringify(r.body)).toContain('Délai de paiement par défaut');
    const shown = await h.call('/actions/settings', form({}));
    expect(JSON.stringify(shown.body)).not.toContain('Autre');
  });
});

describe('letter language', () => {
  test('the user\'s choice wins over the thread\'s language; "Celle du fil" gives the thread\'s back', async () => {
    const file = 't25.mbox';
    const l = label(file);
    on = l.on;
    const inv = l.invoices[0]!;
    const choose = async (v: string) => {
      const e = h.fixture('homepage', { __ME__: l.me });
      e.commonEventObject.formInputs = Object.fromEntries(Object.entries({ company_name: 'Le Fournisseur', payment_term_days: '30', payment_deadline_days: '8',
        contractual_rate: '', cadence_r1: '7', cadence_r2: '15', cadence_r3: '30', cadence_notice: '45', letter_lang: v }).map(([k, x]) => [k, { stringInputs: { value: [x] } }]));
      expect(JSON.stringify((await h.call('/actions/save-settings', e)).body)).not.toContain('Valeur invalide');
    };
    const draftSubject = async () => {
      const e = h.fixture('action-create-draft', { __THREAD_ID__: threadId(file), __MESSAGE_ID__: `${threadId(file)}-m1`, __ME__: l.me, __TIER__: '2' });
      expect((await h.call('/actions/create-draft', typeFacts(e, inv))).status).toBe(200);
      return (await PostalMime.parse(h.gmail.drafts.at(-1)!.raw)).subject ?? '';
    };
    await choose('en');
    expect(await draftSubject()).toContain(subjectMarker(2, [inv.number!], 'en'));
    await choose('thread');
    expect(await draftSubject()).toContain(subjectMarker(2, [inv.number!], 'fr'));
  });
});
