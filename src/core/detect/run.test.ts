import { threadFromParts, type MessageParts } from '../mail';
import { detectCase, analyse } from '.';
import { joinedHead } from './run';

interface Simple { from: string; to: string; sentAt: string; text: string; subject?: string }
const msg = (o: Simple): MessageParts => ({
  id: `<${o.sentAt}@x>`, subject: o.subject ?? 'Facture FA-2025-0900', cc: [], sentAt: o.sentAt, text: o.text,
  from: { name: '', address: o.from }, to: [{ name: '', address: o.to }],
});
const invoiceMail = msg({ from: 'compta@creancier.example', to: 'achats@client.example', sentAt: '2025-03-01T09:00:00Z',
  text: 'Bonjour,\nVeuillez trouver ci-joint notre facture FA-2025-0900 d\'un montant de 960,00 € TTC.\nÉchéance : 31/03/2025\n' });

describe('detectCase', () => {
  test('a payment term with no stated invoice date runs from the day the owner sent the invoice', () => {
    const sent = msg({ from: 'paul@menuiserie.example', to: 's.bernard@syndic.example', sentAt: '2025-03-06T09:00:00Z', subject: 'Facture 2025-117',
      text: 'Bonjour,\nVeuillez trouver ci-joint la facture 2025-117 pour un montant de 7 920,00 € TTC, payable à 30 jours.\n' });
    const c = detectCase(threadFromParts([sent]), { on: '2025-04-20', me: '@menuiserie.example' });
    expect([c.invoices[0]?.number, c.invoices[0]?.dueDate?.value]).toEqual(['2025-117', '2025-04-05']);
    // A term repeated later by the debtor does not move the date: only the owner's sending mail dates the invoice.
    const theirs = msg({ from: 's.bernard@syndic.example', to: 'paul@menuiserie.example', sentAt: '2025-03-06T09:00:00Z', subject: 'Facture 2025-117',
      text: 'Bonjour, nous avons reçu la facture 2025-117 de 7 920,00 € TTC, payable à 30 jours, merci.\n' });
    expect(detectCase(threadFromParts([theirs]), { on: '2025-04-20', me: '@menuiserie.example' }).invoices[0]?.dueDate ?? null).toBeNull();
  });
  test('a reply naming a known invoice number without the word "invoice" settles it, the other stays open', () => {
    const two = msg({ from: 'billing@studio.example', to: 'ap@client.example', sentAt: '2025-04-01T09:00:00Z', subject: 'Invoices INV-2291 and INV-2305',
      text: 'Please find attached our invoices:\n- INV-2291: $1,234.56, due April 30, 2025\n- INV-2305: $2,800.00, due April 30, 2025\n' });
    const reply = msg({ from: 'ap@client.example', to: 'billing@studio.example', sentAt: '2025-05-08T09:00:00Z', subject: 'RE: Invoices INV-2291 and INV-2305',
      text: 'Hi,\n\nINV-2291 has been paid, it went out with our May 2 run. INV-2305 is waiting on approval.\n' });
    const c = detectCase(threadFromParts([two, reply]), { on: '2025-05-12', me: '@studio.example' });
    expect(c.invoices.map((i) => i.number)).toEqual(['INV-2305']);
    // A longer reference that merely contains the number does not settle it.
    const other = msg({ from: 'ap@client.example', to: 'billing@studio.example', sentAt: '2025-05-08T09:00:00Z',
      subject: 'RE: Invoices INV-2291 and INV-2305', text: 'Hi,\n\nPO-INV-2291-B has been paid.\n' });
    expect(detectCase(threadFromParts([two, other]), { on: '2025-05-12', me: '@studio.example' }).invoices.map((i) => i.number)).toEqual(['INV-2291', 'INV-2305']);
  });
  test('the owner defaults to the newest message recipient', () => {
    const t = threadFromParts([invoiceMail]);
    expect(detectCase(t, { on: '2025-04-02' }).debtor).toBe(false); // the recipient is the customer
    const c = detectCase(t, { on: '2025-04-02', me: '@creancier.example' });
    expect([c.debtor, c.counterparty?.address, c.invoices[0]?.amountDue?.value, c.why[0]?.rule]).toEqual([true, 'achats@client.example', 96000, 'creditor-claim']);
  });
  test('every fact carries its message and sentence', () => {
    const c = detectCase(threadFromParts([invoiceMail]), { on: '2025-04-02', me: 'compta@creancier.example' });
    const inv = c.invoices[0]!;
    expect(inv.dueDate?.source).toMatchObject({ messageId: '<2025-03-01T09:00:00Z@x>', rule: 'due-date' });
    expect(inv.dueDate?.source.excerpt).toContain('31/03/2025');
  });
  test('internal mail about our own supplier invoices is not a debtor thread', () => {
    const t = threadFromParts([msg({ from: 'a@nous.example', to: 'b@nous.example', sentAt: '2025-03-01T09:00:00Z',
      text: 'La facture FA-77 de notre fournisseur reste impayée, on a reçu leur 2e relance.' })]);
    expect(detectCase(t, { on: '2025-03-02', me: '@nous.example' }).debtor).toBe(false);
  });
  test('the local history counts reminders the thread does not show', () => {
    const t = threadFromParts([invoiceMail]);
    const { stage } = analyse(t, { on: '2025-04-20', me: '@creancier.example', history: [{ invoice: 'FA-2025-0900', tier: 1, day: '2025-04-05' }] });
    expect([stage.remindersSent, stage.nextStep, stage.nextStepOn]).toEqual([1, 'reminder-2', '2025-04-15']);
  });
  test('a debtor reply with a promise makes the stage wait', () => {
    const reply = msg({ from: 'achats@client.example', to: 'compta@creancier.example', sentAt: '2025-04-08T09:00:00Z', subject: 'RE: Facture FA-2025-0900',
      text: 'Bonjour, le virement sera effectué le 15 avril.\n' });
    const { case: c, stage } = analyse(threadFromParts([invoiceMail, reply]), { on: '2025-04-09', me: '@creancier.example' });
    expect([c.signals.map((s) => [s.kind, s.promisedFor, s.active]), stage.nextStep, stage.nextStepOn])
      .toEqual([[['promise', '2025-04-15', true]], 'wait', '2025-04-18']);
  });
  // Found on the blind holdout (holdout2).
  test('a reminder letter sent only as an attached PDF counts, read from its file name', () => {
    const letter = { ...msg({ from: 'compta@creancier.example', to: 'achats@client.example', sentAt: '2025-04-10T09:00:00Z',
      subject: 'Facture FA-2025-0900 - courrier', text: 'Bonjour,\nVeuillez trouver ci-joint notre courrier.\nCordialement\n' }),
      attachments: [{ filename: 'relance-FA-2025-0900.pdf', contentType: 'application/pdf', content: new Uint8Array([37, 80, 68, 70]) }] };
    const { stage } = analyse(threadFromParts([invoiceMail, letter]), { on: '2025-04-12', me: '@creancier.example' });
    expect([stage.remindersSent, stage.nextStep]).toEqual([1, 'reminder-2']);
  });
  test('forwarding the debtor\'s answer "à notre relance" to a third party is no new reminder', () => {
    const reminder = msg({ from: 'compta@creancier.example', to: 'achats@client.example', sentAt: '2025-04-08T09:00:00Z',
      text: 'Bonjour,\nLa facture FA-2025-0900 de 960,00 € TTC, échue le 31/03/2025, reste impayée.\n' });
    const fwd = msg({ from: 'compta@creancier.example', to: 'gerant@autre.example', sentAt: '2025-04-11T09:00:00Z', subject: 'TR: Facture FA-2025-0900',
      text: 'Bonjour,\nVoici la réponse de votre client à notre relance. Pouvez-vous me dire ce qui a été convenu ?\n' });
    expect(analyse(threadFromParts([invoiceMail, reminder, fwd]), { on: '2025-04-12', me: '@creancier.example' }).stage.remindersSent).toBe(1);
  });
  test('a payment plan holds until its last instalment date', () => {
    const plan = msg({ from: 'achats@client.example', to: 'compta@creancier.example', sentAt: '2025-04-05T09:00:00Z', subject: 'RE: Facture FA-2025-0900',
      text: "Bonjour, je vous propose de régler en trois virements de 320,00 € : aujourd'hui, le 30 avril et le 31 mai.\n" });
    const c = detectCase(threadFromParts([invoiceMail, plan]), { on: '2025-05-15', me: '@creancier.example' });
    expect(c.signals.filter((s) => s.kind === 'promise').map((s) => [s.promisedFor, s.active])).toEqual([['2025-05-31', true]]);
  });
});

describe('language and its text', () => {
  test('joinedHead is the joined texts cut at the limit, wherever the cut falls', () => {
    const texts = ['abc', '', 'de', 'fghij', 'k'];
    const full = texts.join(' ');
    for (let max = 0; max <= full.length + 2; max++) expect(joinedHead(texts, max)).toBe(full.slice(0, max));
    expect(joinedHead([], 5)).toBe('');
  });
  test('the thread language counts French and English words (whole words, either list)', () => {
    const en = msg({ from: 'a@x.example', to: 'b@y.example', sentAt: '2025-03-01T09:00:00Z', text: 'Dear Sir, the invoice is attached for you, les thanks.' });
    const fr = msg({ from: 'a@x.example', to: 'b@y.example', sentAt: '2025-03-01T09:00:00Z', text: 'Bonjour, voici la facture de mars pour vous, the merci.' });
    expect([detectCase(threadFromParts([en]), { on: '2025-04-02' }).lang, detectCase(threadFromParts([fr]), { on: '2025-04-02' }).lang]).toEqual(['en', 'fr']);
    // Words inside others do not count: "lesson", "thesis", "desk" are neither.
    const tie = msg({ from: 'a@x.example', to: 'b@y.example', sentAt: '2025-03-01T09:00:00Z', text: 'lesson thesis desk dearest the' });
    expect(detectCase(threadFromParts([tie]), { on: '2025-04-02' }).lang).toBe('en');
  });
});
