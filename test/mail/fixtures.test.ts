/** Each synthetic fixture exercises one MIME feature or one quoting style, in French and English. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMailFile, type Message, type Thread } from '../../src/core';

const dir = join(process.cwd(), 'test/mail/fixtures');
async function thread(name: string): Promise<Thread> {
  const r = await parseMailFile(name, readFileSync(join(dir, name)));
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.value;
}
const who = (m: Message) => m.from?.address;
const summary = (t: Thread) => t.messages.map((m) => [m.origin, who(m), m.day]);

describe('MIME', () => {
  test('ISO-8859-1 label, quoted-printable, encoded-word headers; the day is the Paris day of the Date header', async () => {
    const [m] = (await thread('latin1-qp.eml')).messages;
    expect(m!.subject).toBe('Échéance facture FA-2025-0142');
    expect(m!.from).toEqual({ name: 'René Müller', address: 'rene.muller@fournisseur.example' });
    expect(m!.text).toContain("d'un montant de 1 240,00 € TTC arrive à échéance");
    expect(m!.day).toBe('2025-03-11'); // 23:30 UTC is past midnight in Paris
    expect(m!.id).toBe('<latin1@fournisseur.example>');
  });

  test('windows-1252 8-bit body keeps €, ’ and –', async () => {
    expect((await thread('cp1252-8bit.eml')).messages[0]!.text).toBe('Nous n’avons pas reçu les 2 480,00 € – merci.');
  });

  test('base64 body, B-encoded subject, RFC 2231 file name, attachment bytes kept, recipients lower-cased', async () => {
    const [m] = (await thread('base64-attachment.eml')).messages;
    expect(m!.subject).toBe('Facture n° 2025/118 – Élec');
    expect(m!.text).toContain('la facture n° 2025/118 (2 456,40 €)');
    expect(m!.from?.name).toBe('Martin, Julien');
    expect(m!.to.map((a) => a.address)).toEqual(['gerance@halles.example', 'compta@halles.example']);
    expect(m!.cc).toEqual([{ name: 'Stéphane', address: 's@halles.example' }]);
    expect(m!.attachments).toHaveLength(1);
    expect(m!.attachments[0]!.filename).toBe('Facture n° 118.pdf');
    expect(m!.attachments[0]!.contentType).toBe('application/pdf');
    expect(new TextDecoder().decode(m!.attachments[0]!.content)).toMatch(/^%PDF-1\.4\n.*%%EOF\n$/s);
  });

  test('multipart/alternative with a stub text part: the HTML table is read instead, cells on one line', async () => {
    const text = (await thread('html-table.eml')).messages[0]!.text;
    expect(text).not.toContain("n'affiche pas");
    expect(text).not.toMatch(/alert|color:red/);
    expect(text.split('\n')).toEqual(expect.arrayContaining([
      'Facture\tÉchéance\tMontant', 'FA-2025-0208\t15/08/2025\t1 250,00 €', 'FA-2025-0251\t30/08/2025\t€ 980.50']));
  });

  test('HTML reply: the Gmail blockquote becomes a quoted message', async () => {
    const t = await thread('html-gmail-reply.eml');
    expect(summary(t)).toEqual([['quoted', 'contact@pixel.example', '2025-10-08'], ['message', 'o@trois-chenes.example', '2025-10-09']]);
    expect(t.messages[1]!.text).toBe('Le virement part vendredi.\n\nOlivier');
    expect(t.messages[0]!.text).toContain("La facture 2025-00381 n'est pas réglée.");
  });
});

describe('quoted history', () => {
  test('Outlook FR: "De : … Envoyé : …" blocks and "-----Message d\'origine-----", with recipients and subjects', async () => {
    const t = await thread('outlook-fr.eml');
    expect(summary(t)).toEqual([
      ['quoted', 'compta@durand.example', '2025-02-13'],
      ['quoted', 'p.lemaire@immo.example', '2025-03-03'],
      ['message', 'compta@durand.example', '2025-03-21'],
    ]);
    const [first, second, last] = t.messages;
    expect(first!.subject).toBe('Facture FA-2025-0142');
    expect(first!.text).toBe('Veuillez trouver ci-joint notre facture FA-2025-0142.');
    expect(second!.to.map((a) => a.address)).toEqual(['compta@durand.example', 'compta2@durand.example']);
    expect(second!.cc.map((a) => a.address)).toEqual(['direction@immo.example']);
    expect(second!.text).toBe('Bien reçu, je transmets au service comptable.\n\nPatrick');
    expect(last!.text).not.toMatch(/De :|Bien reçu|ci-joint/);
    expect(t.messages.map((m) => m.id)).toEqual(['q:1', 'q:2', 'm:1']);
  });

  test('Outlook EN: underscore rule, "From: … Sent: …" and "-----Original Message-----" (12-hour clock)', async () => {
    const t = await thread('outlook-en.eml');
    expect(summary(t)).toEqual([
      ['quoted', 'billing@fjordline.example', '2026-01-28'],
      ['quoted', 'ap@cobalt.example', '2026-03-05'],
      ['message', 'billing@fjordline.example', '2026-03-12'],
    ]);
    expect(t.messages[1]!.sentAt).toBe('2026-03-05T15:12:00.000Z');
    expect(t.messages[1]!.text).toBe('We will pay next week.');
  });

  test('Gmail FR with a wrapped attribution line and nested >> quoting', async () => {
    const t = await thread('gmail-fr-nested.eml');
    expect(summary(t)).toEqual([
      ['quoted', 'contact@pixel.example', '2025-09-01'],
      ['quoted', 'contact@pixel.example', '2025-10-08'],
      ['message', 'o.ferrand@chenes.example', '2025-10-09'],
    ]);
    expect(t.messages[0]!.text).toContain('Voici la facture 2025-00381 (3 600,00 € TTC).');
    expect(t.messages[1]!.text).toBe("Bonjour Olivier,\n\nLa facture 2025-00381 n'est pas encore réglée.");
    expect(t.messages[2]!.text).not.toContain('>');
  });

  test('Gmail EN: "On … wrote:" (also wrapped inside the quote)', async () => {
    const t = await thread('gmail-en.eml');
    expect(summary(t)).toEqual([
      ['quoted', 'accounts@northlight.example', '2025-02-13'],
      ['quoted', 'accounts@northlight.example', '2025-03-20'],
      ['message', 'accounts@northlight.example', '2025-04-02'],
    ]);
    expect(t.messages[0]!.text).toBe('Please find below invoice INV-3391 for €1,234.56.');
  });

  test.each([
    ['apple-fr-mobile.eml', 'billing@redwood.example', '2025-02-13', 'Envoyé de mon iPhone', 'échue depuis le 7 février'],
    ['apple-en-mobile.eml', 'billing@redwood.example', '2025-09-15', 'Sent from my iPhone', 'was due on September 7, 2025'],
  ])('Apple Mail / iOS (%s): attribution inside the quote, mobile signature kept as own text', async (file, from, day, signature, quotedText) => {
    const t = await thread(file);
    expect(summary(t)).toEqual([['quoted', from, day], ['message', 'greg@summit.example', '2025-09-16']]);
    expect(t.messages[1]!.text.endsWith(signature)).toBe(true);
    expect(t.messages[0]!.text).toContain(quotedText);
    expect(t.messages[1]!.text).not.toContain(quotedText);
  });

  test('Thunderbird FR: name-only attribution gets the address the thread shows for that name', async () => {
    const t = await thread('thunderbird-fr.eml');
    expect(summary(t)).toEqual([
      ['quoted', 'compta@garage.example', '2024-10-08'],
      ['quoted', 'compta@garage.example', '2024-10-30'],
      ['message', 'compta@garage.example', '2024-11-18'],
    ]);
    expect(t.messages[0]!.from?.name).toBe('Sylvie Bertin - Garage Bertin');
  });

  test('bottom-posting and interleaved answers stay with the new message; 12/03 is read as 12 March (not after the reply)', async () => {
    const t = await thread('bottom-posted-en.eml');
    expect(t.messages.map((m) => [m.origin, m.from?.name, m.day])).toEqual([
      ['quoted', 'Katrin Vogel', '2019-03-12'], ['message', 'Anna Becker', '2019-03-13']]);
    expect(t.messages[1]!.text).toBe('Dear Ms Vogel, the invoice had not been matched; we pay it this week.\n\nYes: Friday 15 March.\n\nAnna');
    expect(t.messages[0]!.text).toContain('invoice 471102 is overdue');
  });

  test('Gmail forward holding an Outlook reply: both recovered, the forwarded one marked so', async () => {
    const t = await thread('forwarded-gmail-en.eml');
    expect(summary(t)).toEqual([
      ['quoted', 'credit.control@halcyon.example', '2025-11-07'],
      ['forwarded', 'tom@meridian.example', '2025-11-10'],
      ['message', 'credit.control@halcyon.example', '2025-11-10'],
    ]);
    expect(t.messages[1]!.cc.map((a) => a.address)).toEqual(['ap@meridian.example']);
    expect(t.messages[1]!.text).toBe("We're holding payment on INV-20871 for now.");
    expect(t.messages[2]!.text).toBe('Hi Dan, see below.\n\nPriya');
  });

  test('French forwards: Thunderbird "Message transféré" (Sujet first) and Apple "Début du message réexpédié"', async () => {
    const t = await thread('forwarded-fr.eml');
    expect(summary(t)).toEqual([
      ['forwarded', 'pierre@roux.example', '2024-06-27'],
      ['forwarded', 'jl.garnier@wanadoo.example', '2024-07-01'],
      ['message', 'pierre@roux.example', '2024-07-01'],
    ]);
    expect(t.messages[1]!.subject).toBe('RE: Facture de solde n° 2024-118');
    expect(t.messages[0]!.sentAt).toBe('2024-06-27T16:40:00.000Z');
  });

  test('mbox: >From unescaped, a "From " body line is no separator, the message seen real and quoted is kept once', async () => {
    const t = await thread('thread.mbox');
    expect(t.messages.map((m) => [m.origin, m.id, who(m), m.day])).toEqual([
      ['quoted', 'q:1', 'p.lemaire@immo.example', '2025-02-10'],
      ['message', '<m1@durand.example>', 'compta@durand.example', '2025-02-13'],
      ['message', '<m2@immo.example>', 'p.lemaire@immo.example', '2025-03-03'],
    ]);
    expect(t.messages[1]!.text).toContain('\nFrom our side, payment is due');
    expect(t.messages[1]!.text).toContain('From sender to you');
    expect(t.subject).toBe('RE: Facture FA-2025-0142');
  });
});
