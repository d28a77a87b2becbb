/** The line checks that skip a regex (first or last character, colon position) still let every opening shape through. */
import { splitQuoted } from './split';
import { matchHeaderBlock, matchSeparator } from './markers';

describe('quoted-history openings behind the cheap line checks', () => {
  test.each([
    ["  -----Message d'origine-----", 'quoted'], ['---------- Forwarded message ---------', 'forwarded'],
    ['Début du message réexpédié :', 'forwarded'], ['debut du message reexpedie', 'forwarded'], ['Begin forwarded message:', 'forwarded'],
    ['\t________________', 'quoted'],
  ])('separator %s', (line, kind) => expect(matchSeparator(line)).toBe(kind));
  test.each(['Dear customer, thanks', 'Bonjour à tous', '--', '________________'.repeat(6)])('not a separator: %s', (line) => expect(matchSeparator(line)).toBeNull());

  test('a header block after blanks, and one opened by "Message du"', () => {
    expect(matchHeaderBlock(['   De : Léa <lea@x.fr>', 'Envoyé : jeudi 13 février 2025 16:42', 'Objet : Facture'], 0)?.header.from?.address).toBe('lea@x.fr');
    expect(matchHeaderBlock([' Message du 13/02/2025 16:42', 'De : lea@x.fr', 'Objet : Facture'], 0)?.header.date?.day).toBe('2025-02-13');
    expect(matchHeaderBlock(['MESSAGE DU 13/02/2025 16:42', 'De : lea@x.fr', 'Objet : Facture'], 0)?.header.date?.day).toBe('2025-02-13');
    // The colon of "De :" comes after a long run of blanks: too far in for a header line.
    expect(matchHeaderBlock([' '.repeat(30) + 'De : lea@x.fr', 'Objet : Facture'], 0)).toBeNull();
  });

  test('attributions opening with blanks or ending with blanks after the colon', () => {
    const fr = splitQuoted('Merci.\n\n  Le 13/02/2025 à 16:42, Léa <lea@x.fr> a écrit :  \n> Facture jointe.');
    expect([fr.own, fr.quoted[0]?.from?.address, fr.quoted[0]?.day]).toEqual(['Merci.', 'lea@x.fr', '2025-02-13']);
    const en = splitQuoted('Thanks.\r\n\r\nOn Thu, 13 Feb 2025 at 16:42, Lea <lea@x.fr> WROTE:\r\n> Invoice attached.');
    expect([en.own, en.quoted[0]?.from?.address, en.quoted[0]?.text]).toEqual(['Thanks.', 'lea@x.fr', 'Invoice attached.']);
    const wrapped = splitQuoted('Ok.\n\nLe jeu. 13 févr. 2025 à 16:42, Léa Martin\n<lea@x.fr> a écrit :\n> Bonjour');
    expect(wrapped.quoted[0]?.from?.address).toBe('lea@x.fr');
  });

  test('indents of spaces and tabs (or a no-break space) before an opening; indented ordinary lines stay own text', () => {
    expect(matchSeparator(' \t -----Original Message-----')).toBe('quoted');
    expect(matchSeparator('\u00a0 ---------- Forwarded message ---------')).toBe('forwarded');
    expect(matchSeparator('      http://example.com/a-long-link')).toBeNull();
    expect(matchHeaderBlock(['\t Message du 13/02/2025 16:42', 'De : lea@x.fr', 'Objet : Facture'], 0)?.header.date?.day).toBe('2025-02-13');
    expect(matchHeaderBlock(['    mardi : relance', 'De : lea@x.fr', 'Objet : Facture'], 0)).toBeNull();
    const tabbed = splitQuoted('Vu.\n\n\t on Thu, 13 Feb 2025 at 16:42, Lea <lea@x.fr> wrote:\n> Invoice attached.');
    expect([tabbed.own, tabbed.quoted[0]?.from?.address]).toEqual(['Vu.', 'lea@x.fr']);
    const nbsp = splitQuoted('Vu.\n\n\u00a0Le 13/02/2025 à 16:42, Léa <lea@x.fr> a écrit :\n> Facture.');
    expect(nbsp.quoted[0]?.day).toBe('2025-02-13');
    const plain = splitQuoted('Liste :\n    love-always.net\n      http://love-always.net/\n \t \n    Ok wrote this');
    expect([plain.own, plain.quoted]).toEqual(['Liste :\n    love-always.net\n      http://love-always.net/\n\n    Ok wrote this', []]);
  });

  test('own text: trailing blanks dropped, blank lines at the ends dropped, runs of blank lines made one', () => {
    expect(splitQuoted('\n \nBonjour,  \n\n \t\n\nMerci.\t\n\n').own).toBe('Bonjour,\n\nMerci.');
    expect(splitQuoted('a\n\nb\n\n\nc').own).toBe('a\n\nb\n\nc');
  });
});

describe('bottom-posting under a webmail header', () => {
  const quotedThenReply = (opening: string[]) => splitQuoted([
    ...opening,
    '> Madame,', '>', '> Je reviens vers vous concernant notre facture EA-2025-118.', '>', '> Bien cordialement,',
    'Madame,', 'Votre facture EA-2025-118 a été mandatée ce jour.', 'Bien cordialement,', 'Laurence Pichon',
  ].join('\n'));
  test('Zimbra: "----- Mail original -----", its header block, the quote, then the reply', () => {
    const r = quotedThenReply(['----- Mail original -----', 'De: "Céline Arnaud" <compta@elagage.example>', 'À: finances@mairie.example',
      'Envoyé: Mardi 3 Juin 2025 09:55:12', 'Objet: Re: Facture EA-2025-118']);
    expect(r.own).toBe('Madame,\nVotre facture EA-2025-118 a été mandatée ce jour.\nBien cordialement,\nLaurence Pichon');
    expect(r.quoted.map((q) => [q.from?.address, q.text.split('\n')[2]])).toEqual([['compta@elagage.example', 'Je reviens vers vous concernant notre facture EA-2025-118.']]);
  });
  test('an Outlook header block over a quote, then the reply', () => {
    const r = quotedThenReply(['De : Céline Arnaud <compta@elagage.example>', 'Envoyé : mardi 3 juin 2025 09:55', 'À : finances@mairie.example', 'Objet : Re: Facture EA-2025-118']);
    expect(r.own.startsWith('Madame,\nVotre facture EA-2025-118 a été mandatée')).toBe(true);
    expect(r.quoted).toHaveLength(1);
  });
  test('a header block over unquoted text still runs to the end (top-posting)', () => {
    const r = splitQuoted(['Merci.', '', '-----Message d\'origine-----', 'De : Léa <lea@x.fr>', 'Envoyé : jeudi 13 février 2025 16:42',
      'Objet : Facture', '', 'Voici la facture.', '> une ligne citée', 'Suite du message cité.'].join('\n'));
    expect(r.own).toBe('Merci.');
    expect(r.quoted.at(-1)?.text).toContain('Suite du message cité.');
  });
});

test.each([
  ['Il giorno lun 23 giu 2025 alle ore 10:15 Anne Besse <export@tonnellerie.example> ha scritto:', 'export@tonnellerie.example'],
  ['El 23 jun 2025, Ana Ruiz <ana@bodega.example> escribió:', 'ana@bodega.example'],
  ['Am 23.06.2025 um 10:15 schrieb Anne Besse <export@tonnellerie.example>:', 'export@tonnellerie.example'],
  ['Em 23/06/2025, Ana <ana@adega.example> escreveu:', 'ana@adega.example'],
])('a foreign attribution opens a quote: %s', (line, address) => {
  const r = splitQuoted(`Grazie.\n\n${line}\n> Bonjour, notre facture TB-2025-0207 reste impayée.`);
  expect(r.own).toBe('Grazie.');
  expect(r.quoted.map((q) => [q.from?.address, q.text])).toEqual([[address, 'Bonjour, notre facture TB-2025-0207 reste impayée.']]);
});
