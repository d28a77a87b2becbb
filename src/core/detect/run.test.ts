import { threadFromParts, type MessageParts } from '../mail';
import { detectCase, analyse } from '.';
import { joinedHead } from './run';
import { fileNameText } from './invoices';

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

describe('third holdout causes, in general form', () => {
  const owner = 'compta@creancier.example', client = 'achats@client.example';
  const from = (who: string, sentAt: string, text: string, subject = 'Facture FA-2025-0900') =>
    msg({ from: who, to: who === owner ? client : owner, sentAt, text, subject });
  const on = { on: '2025-06-30', me: '@creancier.example' };

  test('a statement with "Montant TTC / Réglé / Reste dû" columns: the remainder is due, a row with nothing left is settled', () => {
    const statement = from(owner, '2025-03-06T09:00:00Z', [
      'Votre compte présente le solde débiteur détaillé ci-dessous. Merci de régulariser.',
      'Pièce\tDate\tÉchéance\tMontant TTC\tRéglé\tReste dû',
      'FC-2409\t16/12/2024\t15/01/2025\t960,00 €\t960,00 €\t0,00 €',
      'FC-2417\t31/12/2024\t31/01/2025\t1 560,00 €\t500,00 €\t1 060,00 €',
    ].join('\n'), 'Relevé de compte');
    const c = detectCase(threadFromParts([statement]), on);
    expect(c.invoices.map((i) => [i.number, i.amountDue?.value])).toEqual([['FC-2417', 106000]]);
  });

  test('an invoice a credit note cancels leaves the case; its replacement stays', () => {
    const t = threadFromParts([
      from(owner, '2025-03-14T09:00:00Z', 'Voici notre facture n° 2025-031 du 14/03/2025 : Total TTC : 1 800,00 €, payable à 30 jours.', 'Facture 2025-031'),
      from(owner, '2025-03-24T09:00:00Z', "J'ai établi un avoir n° AV-2025-002 qui annule la facture 2025-031 en totalité, et une nouvelle facture n° 2025-038 du 24/03/2025.\nTotal TTC : 1 440,00 €\nElle est payable à 30 jours.", 'Facture 2025-031'),
      from(owner, '2025-05-06T09:00:00Z', "Sauf erreur de notre part, la facture n° 2025-038 de 1 440,00 € TTC n'a pas encore été réglée.", 'Facture 2025-038'),
    ]);
    expect(detectCase(t, on).invoices.map((i) => i.number)).toEqual(['2025-038']);
  });

  test('an invoice sent already paid ("acquittée", paid by card) is no claim', () => {
    const t = threadFromParts([from(owner, '2025-06-16T09:00:00Z',
      'Voici la facture corrigée avec votre numéro de bon de commande :\nFACTURE ACQUITTÉE N° FR-2025-0233 du 12/06/2025\nTotal TTC : 648,00 EUR\nRéglée le 12/06/2025 par carte bancaire - Reste à payer : 0,00 EUR',
      'Facture FR-2025-0233')]);
    expect(detectCase(t, on).debtor).toBe(false);
    // The same invoice sent unpaid is a claim.
    const unpaid = threadFromParts([from(owner, '2025-06-16T09:00:00Z', 'Voici la facture n° FR-2025-0233 du 12/06/2025\nTotal TTC : 648,00 EUR\nÉchéance : 12/07/2025', 'Facture FR-2025-0233')]);
    expect(detectCase(unpaid, on).debtor).toBe(true);
    // A receipt for one invoice sent with another invoice claims the other.
    const both = threadFromParts([from(owner, '2025-06-16T09:00:00Z',
      'Nous avons bien reçu votre règlement de la facture FR-2025-0233, merci.\nVoici la facture n° FR-2025-0240 du 16/06/2025\nTotal TTC : 320,00 EUR\nÉchéance : 16/07/2025',
      'Factures')]);
    expect(detectCase(both, on).debtor).toBe(true);
  });

  test('a partial payment the debtor says it made is deducted from the owner\'s total', () => {
    const t = threadFromParts([
      from(owner, '2025-05-22T09:00:00Z', 'Invoice #CD-1184 for $5,250.00 was due on May 15, 2025 and remains unpaid.', 'Invoice #CD-1184'),
      from(client, '2025-05-27T09:00:00Z', 'I sent a partial payment of $2,000.00 by ACH this morning. We will pay the rest by June 30.', 'Re: Invoice #CD-1184'),
    ]);
    expect(detectCase(t, on).invoices[0]?.amountDue?.value).toBe(325000);
  });

  test('a promise the debtor takes back later no longer holds; one beside "we may no longer pay" never does', () => {
    const reminder = from(owner, '2025-05-21T09:00:00Z', "Petit rappel : notre facture FA-2025-0900 de 2 480,00 € TTC, échue le 15/05/2025, n'a pas encore été réglée.");
    const promise = from(client, '2025-05-22T09:00:00Z', 'Oui pardon, le virement partira le 5 juin.', 'RE: Facture FA-2025-0900');
    const back = from(client, '2025-06-04T09:00:00Z', "Finalement le virement ne pourra pas partir demain comme je vous l'avais annoncé.", 'RE: Facture FA-2025-0900');
    const active = (t: ReturnType<typeof threadFromParts>) => detectCase(t, { on: '2025-06-06', me: '@creancier.example' }).signals.some((s) => s.kind === 'promise' && s.active);
    expect(active(threadFromParts([reminder, promise]))).toBe(true);
    expect(active(threadFromParts([reminder, promise, back]))).toBe(false);
    const same = from(client, '2025-06-04T09:00:00Z', 'Nous ne sommes plus autorisés à régler les créances antérieures au jugement. Les prestations postérieures seront réglées normalement.', 'RE: Facture FA-2025-0900');
    expect(active(threadFromParts([reminder, same]))).toBe(false);
  });
});

describe('fourth holdout causes, in general form', () => {
  const owner = 'facturation@atelier.example', client = 'mairie@client.example';
  const m = (who: string, sentAt: string, text: string, subject: string, attachments: string[] = []) => ({
    ...msg({ from: who, to: who === owner ? client : owner, sentAt, text, subject }),
    attachments: attachments.map((filename) => ({ filename, contentType: 'application/pdf', content: new Uint8Array(0) })),
  });
  test('an invoice number only in the attachment\'s name, "payable à réception"', () => {
    const t = threadFromParts([m(owner, '2025-05-12T09:00:00Z', 'Veuillez trouver ci-joint notre facture.\nMontant total : 1 580,00 € TTC, payable à réception, par virement.',
      'Facture – restauration vitraux', ['Facture_2025-118.pdf'])]);
    const c = detectCase(t, { on: '2025-05-28', me: '@atelier.example' });
    expect(c.invoices.map((i) => [i.number, i.amountDue?.value, i.dueDate?.value])).toEqual([['2025-118', 158000, '2025-05-12']]);
    expect(fileNameText('Facture-FA-2025-0142.pdf')).toBe('Facture FA-2025-0142');
    expect(fileNameText('scan_0042.jpg')).toBe('scan 0042');
  });
  test('an invoice written in "$ CA" keeps its bare "$" Canadian', () => {
    const t = threadFromParts([m(owner, '2025-04-10T09:00:00Z', 'Veuillez trouver ci-joint la facture no 2025-0412.\nSous-total : 1 087,63 $\nTotal : 1 250,50 $ CA\nÉchéance : 10/05/2025', 'Facture 2025-0412')]);
    expect(detectCase(t, { on: '2025-05-28', me: '@atelier.example' }).invoices[0]?.currency?.value).toBe('CAD');
  });
});

describe('fifth holdout causes, in general form', () => {
  const m = (from: string, to: string[], cc: string[], sentAt: string, text: string, subject: string): MessageParts => ({
    id: `<${sentAt}@x>`, subject, sentAt, text, from: { name: '', address: from },
    to: to.map((address) => ({ name: '', address })), cc: cc.map((address) => ({ name: '', address })),
  });
  const owner = 'compta@atelier.example', client = 'h.lemoine@hotel.example';
  const invoice = m(owner, [client], [], '2025-05-02T09:00:00Z', 'Veuillez trouver ci-joint notre facture VG-2025-037 de 2 184,00 € TTC, échéance au 31/05/2025.', 'Facture VG-2025-037');
  const first = m(owner, [client], [], '2025-06-05T09:00:00Z', "Sauf erreur, la facture VG-2025-037 n'a pas encore été réglée.", 'Re: Facture VG-2025-037');
  const on = { on: '2025-06-24', me: '@atelier.example' };
  test('the manager reminding from a personal address, to the client with the company in copy, writes for the owner', () => {
    const personal = m('sophie@gmail.example', [client], [owner], '2025-06-17T19:00:00Z',
      "Nous n'avons toujours ni règlement ni réponse pour la facture VG-2025-037. Pourriez-vous faire le nécessaire ?", 'Re: Facture VG-2025-037');
    expect(analyse(threadFromParts([invoice, first, personal]), on).stage.remindersSent).toBe(2);
    // Without the company in copy, a stranger writing to the client is nobody's side: still one reminder.
    const stranger = { ...personal, cc: [] };
    expect(analyse(threadFromParts([invoice, first, stranger]), on).stage.remindersSent).toBe(1);
  });
  test('an invoice the owner sent to a third company, forwarded by mistake then taken back, is not the correspondent\'s', () => {
    const other = m(owner, ['accounts@dental.example'], [], '2025-04-01T09:00:00Z', 'Please find attached invoice INV-2025-0418 for £2,916.00, due 30 April 2025.', 'Invoice INV-2025-0418');
    const mine = m(owner, ['finance@corbel.example'], [], '2025-04-22T09:00:00Z', 'Please find below our invoice INV-2025-0396 for £1,554.00, due 20 May 2025.', 'Invoice INV-2025-0396');
    const fwd = m(owner, ['finance@corbel.example'], [], '2025-06-02T09:00:00Z', 'Can you chase this one this week?', 'Fwd: Invoice INV-2025-0418');
    const sorry = m(owner, ['finance@corbel.example'], [], '2025-06-02T09:05:00Z', 'Apologies - please disregard my previous email, which was meant for my\ncolleague. Our invoice INV-2025-0396 for £1,554.00 is still unpaid.', 'Re: Invoice INV-2025-0396');
    const reply = m('finance@corbel.example', [owner], [], '2025-06-03T09:00:00Z', 'Ok, thanks.', 'Re: Invoice INV-2025-0396');
    const c = detectCase(threadFromParts([other, mine, fwd, sorry, reply]), { on: '2025-06-09', me: '@atelier.example' });
    expect(c.invoices.map((i) => i.number)).toEqual(['INV-2025-0396']);
  });
});

describe('sixth holdout causes, in general form', () => {
  const owner = 'facturation@cuisines.example', client = 'direction@comptoir.example';
  const m = (from: string, sentAt: string, text: string, subject: string) => msg({ from, to: from === owner ? client : owner, sentAt, text, subject });
  test('a sentence naming no invoice speaks for the message\'s only invoice still open', () => {
    const t = threadFromParts([m(owner, '2025-05-02T09:00:00Z',
      'Veuillez trouver ci-joint la facture de solde FA-2025-058.\nAcompte de 30 % versé (facture FA-2025-031, réglée le 12/03/2025) : - 2 880,00 € TTC\nSolde à payer : 6 720,00 € TTC\nÉchéance : 31/05/2025',
      'Facture FA-2025-058')]);
    const c = detectCase(t, { on: '2025-06-30', me: '@cuisines.example' });
    expect(c.invoices.map((i) => [i.number, i.amountDue?.value, i.dueDate?.value])).toEqual([['FA-2025-058', 672000, '2025-05-31']]);
  });
  test('a dispute the owner answers with the corrected invoice ("facture … rectifiée") is closed', () => {
    const t = threadFromParts([
      m(owner, '2025-04-02T09:00:00Z', 'Veuillez trouver ci-joint notre facture NP-2025-0093.\nMontant TTC : 2 232,00 €\nÉchéance : 15/05/2025', 'Facture NP-2025-0093'),
      m(client, '2025-05-22T09:00:00Z', 'Merci de nous adresser une facture rectificative avec la nouvelle adresse.', 'RE: Facture NP-2025-0093'),
      m(owner, '2025-05-23T09:00:00Z', 'Veuillez trouver ci-joint la facture NP-2025-0093 rectifiée. Merci de procéder au règlement.', 'RE: Facture NP-2025-0093'),
    ]);
    expect(detectCase(t, { on: '2025-06-02', me: '@cuisines.example' }).signals.filter((s) => s.kind === 'dispute' && s.active)).toEqual([]);
  });
});

test('after earlier reminders, "veuillez trouver ci-joint notre courrier" with a letter attached is the next reminder', () => {
  const owner = 'compta@transports.example', client = 'achats@client.example';
  const parts = (sentAt: string, text: string, subject: string, attachments: string[] = []) => ({
    ...msg({ from: owner, to: client, sentAt, text, subject }),
    attachments: attachments.map((filename) => ({ filename, contentType: 'application/pdf', content: new Uint8Array(0) })),
  });
  const invoice = parts('2025-03-31T09:00:00Z', 'Veuillez trouver ci-joint notre facture TB/25/0233.\nMontant TTC : 3 412,80 €\nÉchéance : 30/04/2025', 'Facture TB/25/0233');
  const first = parts('2025-05-06T09:00:00Z', "Sauf erreur, la facture TB/25/0233 n'a pas encore été réglée.", 'Relance facture TB/25/0233');
  const letter = parts('2025-06-02T09:00:00Z', 'Bonjour,\nVeuillez trouver ci-joint notre courrier.\nCordialement', 'Courrier', ['Courrier_020625.pdf']);
  const count = (t: MessageParts[]) => analyse(threadFromParts(t), { on: '2025-06-05', me: '@transports.example' }).stage.remindersSent;
  expect(count([invoice, first, letter])).toBe(2);
  // Without an earlier reminder, a letter is not read as one (it may be anything).
  expect(count([invoice, letter])).toBe(0);
});
