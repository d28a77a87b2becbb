/** The hand-written tag reader and blank collapsing read markup as the regex they replaced did. */
import { htmlToText } from './html-to-text';

describe('htmlToText tag reading', () => {
  test('attributes holding ">" in either quote, a quote left open makes the "<" text', () => {
    expect(htmlToText(`<p title='a>b' data-x="c>d">Un</p><p>Deux</p>`)).toBe('Un\nDeux');
    expect(htmlToText('Prix <b title="ouvert>10 €</b>')).toBe('Prix <b title="ouvert>10 €');
    expect(htmlToText('a <3 et 4> 2, <-- fin')).toBe('a <3 et 4> 2, <-- fin');
  });
  test('closing, self-closing and upper-case skipped elements; names with digits, colons, dashes', () => {
    expect(htmlToText('<STYLE type="text/css">p{}</STYLE><h2>Titre</h2><o:p>Texte</o:p><my-tag>x</my-tag>')).toBe('Titre\nTextex');
    expect(htmlToText('<script/>Visible<br/>suite')).toBe('Visible\nsuite');
    expect(htmlToText(`<${'p'.repeat(45)}>mot</p>`)).toBe('mot');
  });
  test('blank runs (tabs, line breaks, several spaces) become one space; a single space stays', () => {
    expect(htmlToText('<p>Total\tTTC\r\n :  1 240,00 €  </p><p>ligne\n\n2 </p>')).toBe('Total TTC : 1 240,00 €\nligne 2');
    expect(htmlToText('<pre>a  b\n  c</pre>')).toBe('a  b\n  c');
  });
});

describe('htmlToText white space between tags and at the ends', () => {
  test('chunks of only spaces, tabs, line breaks and form feeds are one space between words, nothing at a line start', () => {
    expect(htmlToText('<b>Montant</b>\r\n\t<i>dû</i> \f <u>:</u><p>\n</p><p> 12 €</p>')).toBe('Montant dû :\n12 €');
    expect(htmlToText('<td>a</td>\n<td>b</td>')).toBe('a\tb');
    expect(htmlToText('<pre>\n  x\n</pre>')).toBe('  x');
  });
  test('line breaks kept inside, dropped at either end (entities included)', () => {
    expect(htmlToText('<p>&#10;Un&#10;&#10;&#10;&#10;Deux&#10;</p>')).toBe('Un\n\nDeux');
    expect(htmlToText('<br><br><br>')).toBe('');
  });
});

describe('htmlToText skipped elements end at their closing tag in any case', () => {
  test('"</" of other tags inside, mixed-case close, a close name prefix, the dotted İ elsewhere in the markup', () => {
    expect(htmlToText('<p>A</p><SCRIPT>var s = "</p></scr" + "ipt>";</ScRiPt><p>B</p>')).toBe('A\nB');
    expect(htmlToText('<style>p{}</styl></STYLEX>C')).toBe('C');
    expect(htmlToText('<p>İstanbul</p><style>x</STYLE><p>D</p>')).toBe('İstanbul\nD');
    expect(htmlToText('<title>İİ</title>E<style>x</style>F<svg><p>x</p></sVg>G')).toBe('EFG');
  });
});
