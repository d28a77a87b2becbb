import fc from 'fast-check';
import { FLOWED, HTML, QP, qpEscapes, undoneViews } from './undo';
import { CompiledWindows, ScriptWindows } from './windows';

const CLASS = new Uint8Array(256);
for (let c = 0; c < 26; c++) { CLASS[65 + c] = c + 1; CLASS[97 + c] = c + 1; }
CLASS[61] = 27; CLASS[42] = 28; CLASS[38] = 29; CLASS[0] = 30; CLASS[63] = 31;
const ACT = new Uint8Array(1 << 20);
const mark = (tail: number[], act: number) => {
  const low = tail.reduce((h, c) => (h << 5) | c, 0);
  for (let head = 0; head < 1 << (5 * (4 - tail.length)); head++) ACT[(head << (5 * tail.length)) | low]! |= act;
};
for (const w of ['fac', 'eur', 'pay']) mark([0, ...[...w].map((c) => CLASS[c.charCodeAt(0)]!)], 1);
mark([27], 2);

const compiled = CompiledWindows.create(CLASS, ACT)!;
const script = new ScriptWindows(CLASS, ACT);

/** What mail bodies hold around what the passes undo, and the edge cases of each pass's pattern. */
const PIECES = ['=', '=\r\n', '=\n', '=\r', '=3D', '=e9', '=C3=A9', '=4', '==41', '=4=\r\n1', ' \r\n', ' \n', ' \r', ' \r\r\n', ' \r\n> ', ' \n>> > ',
  '<b>', '</p>', '<!-- x -->', '<!-->', '<!--->', '<!---->', '<!x>', '<?xml ?>', '<a href="x>y">', "<a b='c'>", '<a "', "<a '", '<1>', '< b>', '<B>',
  '<', '>', '"', "'", '-->', '&#233;', '&#x41;', '&#X1F600;', '&#xD800;', '&#0;', '&#1114111;', '&#1114112;', '&#12345678', '&#x1234567', '&#x', '&#;',
  '&#', '&', '&amp;', 'é', '€', '\u{1F600}', '\u00a0', 'fac', 'eur', 'pay', ' ', '\r\n', '\n', 'a', 'Z', '9', 'x'.repeat(40)];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));
const WHAT = [0, QP, FLOWED, HTML, QP | FLOWED, QP | HTML, FLOWED | HTML, QP | FLOWED | HTML];

function windowsOf(w: { next(): number; act: number }): [number, number][] {
  const out: [number, number][] = [];
  for (let i = w.next(); i >= 0; i = w.next()) out.push([i, w.act]);
  return out;
}

describe('undoing what the mail reader undoes', () => {
  test('reference passes', () => {
    expect(qpEscapes('r=C3=A9gl=65ment =3D x=')).toBe('r\xc3\xa9glement = x=');
    expect(undoneViews('Fac=\r\ntu<b>r</b>e &#233;', QP | HTML)).toEqual(['Facture é']);
    expect(undoneViews('a \r\n> b', FLOWED)).toEqual(['a b', 'ab']);
    expect(undoneViews('nothing to undo', QP | FLOWED | HTML)).toEqual([]);
    expect(undoneViews('&#xD800;&#0;&#x1F600;', 0)).toEqual(['\ufffd\u{1F600}']);
  });

  test('compiled in the module memory, the views are the same texts, and scan the same', () => {
    fc.assert(fc.property(text, fc.constantFrom(...WHAT), (x, what) => {
      compiled.start(x);
      windowsOf(compiled);
      const views = compiled.undo(x, what);
      expect(views).not.toBeNull();
      const expected = undoneViews(x, what);
      expect(views!.map((v) => v.text)).toEqual(expected);
      for (const v of views!) {
        compiled.startView(v);
        script.start(v.text);
        expect(windowsOf(compiled)).toEqual(windowsOf(script));
      }
    }), { numRuns: 3000 });
  });

  test('undoing from an index on (past a header block) is undoing that slice, accents and astral characters before it', () => {
    fc.assert(fc.property(text, text, fc.constantFrom(...WHAT), (head, body, what) => {
      const x = head + body;
      compiled.start(x);
      windowsOf(compiled);
      expect(compiled.undo(x, what, head.length)!.map((v) => v.text)).toEqual(undoneViews(body, what));
    }), { numRuns: 1000 });
  });

  test('Latin-1 bytes held in place are undone as their Latin-1 text, from a byte offset on', () => {
    fc.assert(fc.property(text, fc.uint8Array({ maxLength: 20 }), fc.constantFrom(...WHAT), (t, extra, what) => {
      const latin1 = Uint8Array.from([...t].map((c) => c.charCodeAt(0) & 0xff)); // any byte, not only UTF-8
      const raw = new Uint8Array([...extra, ...latin1]);
      const s = new TextDecoder('latin1').decode(raw);
      expect(compiled.startBytes(raw, [0, raw.length])).toBe(true);
      windowsOf(compiled);
      expect(compiled.undo(raw, what, extra.length)!.map((v) => v.text)).toEqual(undoneViews(s.slice(extra.length), what));
    }), { numRuns: 1000 });
  });

  test('long texts: the 16-byte jumps and the moves between what is undone', () => {
    const long = ('Bonjour, la fac=\r\nture n°=C3=A9 <span style="color: red">est</span> &#233;chue ' + 'x'.repeat(37) + ' \r\n> suite ').repeat(500);
    for (const what of WHAT) {
      compiled.start(long);
      windowsOf(compiled);
      expect(compiled.undo(long, what)!.map((v) => v.text)).toEqual(undoneViews(long, what));
    }
  });

  test('a text is undone only once, and only the text last started', () => {
    compiled.start('a=3Db');
    expect(compiled.undo('other', QP)).toBeNull();
    compiled.start('a=3Db');
    expect(compiled.undo('a=3Db', QP)!.map((v) => v.text)).toEqual(['a=b']);
    expect(compiled.undo('a=3Db', QP)).toBeNull(); // undone in place: the text is gone
  });
});
