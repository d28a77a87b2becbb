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

  test('own text: trailing blanks dropped, blank lines at the ends dropped, runs of blank lines made one', () => {
    expect(splitQuoted('\n \nBonjour,  \n\n \t\n\nMerci.\t\n\n').own).toBe('Bonjour,\n\nMerci.');
    expect(splitQuoted('a\n\nb\n\n\nc').own).toBe('a\n\nb\n\nc');
  });
});
