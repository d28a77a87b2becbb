/** Small behaviours of the mail area: HTML → text, quoted dates, errors as values, host parts → thread. */
import { describeProblem, htmlToText, parseEml, parseMailFile, parseMbox, parseQuotedDate, splitQuoted, threadFromParts } from '../../src/core';

describe('htmlToText', () => {
  test('blocks, <br>, entities, lists; style/script/head dropped; blank &nbsp; paragraph kept as one blank line', () => {
    const html = '<head><title>T</title></head><style>p{}</style><p>Bonjour&nbsp;!</p><p>&nbsp;</p><div>Total&#160;: 1&nbsp;240,00&euro; &amp; 5&#x20AC;<br>ligne 2</div><script>x()</script><ul><li>un</li><li>deux</li></ul>';
    expect(htmlToText(html)).toBe('Bonjour !\n\nTotal : 1 240,00€ & 5€\nligne 2\n- un\n- deux');
  });
  test('table rows become lines with tab-separated cells, even with paragraphs inside cells', () => {
    expect(htmlToText('<table><tr><td><p>Facture</p></td><td><p>Montant</p></td></tr><tr><td>FA-1</td><td>10,00&nbsp;&euro;</td></tr></table>'))
      .toBe('Facture\tMontant\nFA-1\t10,00 €');
  });
  test('blockquote → "> " quoting, nested → ">>"', () => {
    expect(htmlToText('Réponse<blockquote>Niveau 1<blockquote>Niveau 2</blockquote></blockquote>Fin'))
      .toBe('Réponse\n> Niveau 1\n>> Niveau 2\nFin');
  });
  test('a stray "<" and attributes holding ">" do not break the text', () => {
    expect(htmlToText('<p title="a>b">3 < 4</p>')).toBe('3 < 4');
  });
});

describe('parseQuotedDate', () => {
  test.each([
    ['jeudi 13 février 2025 16:42', 'fr', '2025-02-13', '2025-02-13T15:42:00.000Z'],
    ['mar. 4 mars 2025 à 09:05', 'fr', '2025-03-04', '2025-03-04T08:05:00.000Z'],
    ['Mar 4, 2025, at 9:05 PM', 'en', '2025-03-04', '2025-03-04T20:05:00.000Z'],
    ['Friday, 7 November 2025 10:20', 'en', '2025-11-07', '2025-11-07T09:20:00.000Z'],
    ['1 juillet 2024 à 23:30:00 UTC-4', 'fr', '2024-07-02', '2024-07-02T03:30:00.000Z'],
    ['Thu, 13 Feb 2025 16:42:00 +0000', 'en', '2025-02-13', '2025-02-13T16:42:00.000Z'],
    ['13/02/2025 à 16h42', 'fr', '2025-02-13', '2025-02-13T15:42:00.000Z'],
    ['2/13/25, 4:42 PM', 'en', '2025-02-13', '2025-02-13T15:42:00.000Z'],
    ['1er août 2025', 'fr', '2025-08-01', null],
  ])('%s', (input, lang, day, sentAt) => {
    const d = parseQuotedDate(input, lang as 'fr' | 'en');
    expect(d?.day).toBe(day);
    expect(d?.sentAt).toBe(sentAt);
  });
  test('no date, no day', () => {
    expect(parseQuotedDate('bientôt')).toBeNull();
    expect(parseQuotedDate('31/02/2025')).toBeNull();
  });
});

describe('splitQuoted', () => {
  test('a sentence ending in "a écrit :" without date or address is no attribution', () => {
    const r = splitQuoted('Le client a écrit :\nil paiera demain.');
    expect(r.quoted).toHaveLength(0);
    expect(r.own).toBe('Le client a écrit :\nil paiera demain.');
  });
  test('a letter\'s "Objet :" line is no header block', () => {
    expect(splitQuoted('Objet : mise en demeure\n\nMadame, Monsieur,').quoted).toHaveLength(0);
  });
  test('unattributed > quotes are removed from the own text and not invented as messages', () => {
    const r = splitQuoted('> vous avez écrit ceci\n\nMerci.');
    expect(r.own).toBe('Merci.');
    expect(r.quoted.every((q) => q.from === null)).toBe(true);
  });
});

describe('errors are values', () => {
  test.each([
    ['empty', new Uint8Array(0)],
    ['not a mail', new TextEncoder().encode('%PDF-1.7\n\u0000\u0001binary\n')],
  ])('%s → mail-unreadable', async (_, bytes) => {
    const r = await parseEml(bytes);
    expect(r).toEqual({ ok: false, error: { code: 'mail-unreadable', params: expect.any(Object) } });
    if (!r.ok) expect(describeProblem(r.error, 'fr')).toMatch(/n'est pas un e-mail lisible/);
  });
  test('an mbox without envelope lines is unreadable', async () => {
    const r = await parseMbox('just text\nno From lines\n');
    expect(r.ok).toBe(false);
  });
  test('an Outlook .msg is named in the sentence', async () => {
    const r = await parseMailFile('relance.msg', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('mail-unsupported-format');
      expect(describeProblem(r.error, 'fr')).toContain('« relance.msg »');
      expect(describeProblem(r.error, 'en')).toContain('"relance.msg"');
    }
  });
  test('a file without extension is sniffed: several envelope lines make an mbox', async () => {
    const mbox = 'From a@x.example Mon Jan  1 00:00:00 2025\nFrom: A <a@x.example>\nDate: Mon, 6 Jan 2025 10:00:00 +0100\nSubject: un\n\nUn.\n\nFrom b@x.example Mon Jan  2 00:00:00 2025\nFrom: B <b@x.example>\nDate: Tue, 7 Jan 2025 10:00:00 +0100\nSubject: deux\n\nDeux.\n';
    const r = await parseMailFile('export', new TextEncoder().encode(mbox));
    expect(r.ok && r.value.messages.map((m) => m.from?.address)).toEqual(['a@x.example', 'b@x.example']);
  });
});

test('threadFromParts: the open Outlook item yields its quoted history; HTML used when there is no text', () => {
  const t = threadFromParts([{
    id: 'AAMk-1', subject: 'RE: Facture F-12', from: { name: 'Léa', address: 'Lea@Studio.example' }, to: [], cc: [],
    sentAt: '2025-05-13T07:40:03Z',
    html: '<p>Relance.</p><div><b>De :</b> Yann &lt;y@mesb.example&gt;<br><b>Envoyé :</b> lundi 12 mai 2025 10:05<br><b>À :</b> Léa &lt;lea@studio.example&gt;<br><b>Objet :</b> Facture F-12</div><p>Nous paierons fin mai.</p>',
  }]);
  expect(t.messages.map((m) => [m.origin, m.id, m.from?.address, m.day, m.text])).toEqual([
    ['quoted', 'q:1', 'y@mesb.example', '2025-05-12', 'Nous paierons fin mai.'],
    ['message', 'AAMk-1', 'lea@studio.example', '2025-05-13', 'Relance.'],
  ]);
  expect(t.messages[0]!.subject).toBe('Facture F-12');
});
