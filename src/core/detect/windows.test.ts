import fc from 'fast-check';
import { CompiledWindows, ScriptWindows, isTail, type Windows } from './windows';
import { stale } from '../../../scripts/wasm.mjs';

// A table like the prefilter's: letters 1-26, a few signs 27-31, and windows ending on letters, signs and 0.
const CLASS = new Uint8Array(256);
for (let c = 0; c < 26; c++) { CLASS[65 + c] = c + 1; CLASS[97 + c] = c + 1; }
CLASS[61] = 27; CLASS[42] = 28; CLASS[38] = 29; CLASS[0] = 30; CLASS[63] = 31;
const ACT = new Uint8Array(1 << 20);
const cls = (ch: string) => CLASS[ch.charCodeAt(0)]!;
/** As the prefilter marks: every window ending with `tail`, whatever comes before. */
const mark = (tail: number[], act: number) => {
  const low = tail.reduce((h, c) => (h << 5) | c, 0);
  for (let head = 0; head < 1 << (5 * (4 - tail.length)); head++) ACT[(head << (5 * tail.length)) | low]! |= act;
};
for (const word of ['fac', 'pay', 'inv', 'due']) for (const before of [0, 27, 28, 29, 30, 31]) mark([before, ...[...word].map(cls)], 1);
for (const stem of ['chue', 'glem']) mark([...stem].map(cls), 2);
mark([...'inv'].map(cls).concat(0), 64); // ends on a non-letter: fires on the first byte of a non-ASCII character
mark([28], 8);
mark([27, 31], 32);

function all(w: Windows, x: string): [number, number][] {
  const out: [number, number][] = [];
  w.start(x);
  for (let i = w.next(); i >= 0; i = w.next()) out.push([i, w.act]);
  return out;
}

// NEXT: "fac" holds only before a "t" or a non-letter, "*" only before "=".
const NEXT = new Uint8Array(1 << 20).fill(0xff);
const facKey = [...'fac'].map(cls).reduce((h, c) => (h << 5) | c, 0);
for (let c = 0; c < 32; c++) if (c !== cls('t') && c !== 0) NEXT[(facKey << 5) | c]! &= ~1;
for (let last3 = 28; last3 < 1 << 15; last3 += 32) for (let c = 0; c < 32; c++) if (c !== cls('=')) NEXT[(last3 << 5) | c]! &= ~8;

const script = new ScriptWindows(CLASS, ACT, NEXT);
const compiled = CompiledWindows.create(CLASS, ACT, NEXT)!;
const tiny = CompiledWindows.create(CLASS, ACT, NEXT, 9)!;

const piece = fc.oneof(
  fc.constantFrom('fac', 'pay', ' inv', 'inv.', 'invé', 'inv\u{1F600}', 'chue', 'glem', ' due', '=?', '*', '\0', '&', 'é', '\u20ac', '\u{1F600}', '\ud800', ' ', '\r\n', '\u00a0'),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('the window scan', () => {
  test('the compiled module is what windows.wat compiles to (npm run wasm)', async () => {
    expect(await stale(true)).toEqual([]);
  });

  test('WebAssembly runs here, so the prefilter uses the compiled scan', () => {
    expect(compiled).not.toBeNull();
  });

  test('compiled and JavaScript loops stop at the same characters with the same act, on any text', () => {
    fc.assert(fc.property(text, (x) => {
      const expected = all(script, x);
      expect(all(compiled, x)).toEqual(expected);
      expect(all(tiny, x)).toEqual(expected); // chunks of 9 bytes: windows, indexes and the next character carry across
    }), { numRuns: 2000 });
  });

  test('Latin-1 bytes read by ranges: the same stops as the joined text, at indexes of the whole', () => {
    const bytes = fc.uint8Array({ maxLength: 60 }).chain((raw) => fc.tuple(fc.constant(raw),
      fc.uniqueArray(fc.integer({ min: 0, max: raw.length }), { maxLength: 6 }).map((cuts) => cuts.sort((a, b) => a - b))));
    fc.assert(fc.property(bytes, fc.constantFrom('fac', 'pay inv.', '*=', 'x=?'), ([raw0, cuts], word) => {
      const raw = new Uint8Array([...raw0, ...new TextEncoder().encode(word), ...raw0]);
      const ranges = cuts.length % 2 ? [...cuts, raw.length] : cuts.length ? cuts : [0, raw.length];
      const s = new TextDecoder('latin1').decode(raw);
      if (!compiled.startBytes(raw, ranges)) return;
      const got = [];
      for (let i = compiled.next(); i >= 0; i = compiled.next()) got.push([i, compiled.act]);
      // the joined text, and where each of its characters is in s
      let joined = '';
      const where: number[] = [];
      for (let k = 0; k < ranges.length; k += 2) for (let i = ranges[k]!; i < ranges[k + 1]!; i++) { joined += s[i]; where.push(i); }
      const expected = all(script, joined).map(([i, act]) => [where[i], act]);
      // NEXT sees the next character of the joined text; at a range's end the compiled loop sees none and keeps all
      const ends = new Set(ranges.filter((_, k) => k % 2 === 1).map((e) => e - 1));
      expect(got.filter(([i]) => !ends.has(i!))).toEqual(expected.filter(([i]) => !ends.has(i!)));
    }), { numRuns: 1000 });
  });

  test('indexes are UTF-16 indexes past astral characters, accents and chunk ends', () => {
    const x = '\u{1F600}é fac\u{1F600}inv\u{1F600}' + 'x'.repeat(2_000_000) + ' pay';
    const found = all(compiled, x);
    expect(found).toEqual(all(script, x));
    expect(found).toEqual([[6, 1], [11, 1], [12, 64], [x.length - 1, 1]]);
    expect(found.map(([i, act]) => (act === 64 ? x.slice(i - 3, i) : x.slice(i - 2, i + 1)))).toEqual(['fac', 'inv', 'inv', 'pay']);
  });

  test('only tails whose 0s stand first or last can be marked (a 0 inside would count bytes, not characters)', () => {
    expect([[0, 6, 1, 3], [9, 14, 22, 0], [28], [27, 31], [0, 7, 12]].every(isTail)).toBe(true);
    expect([[22, 0, 28], [0], [0, 0], [1, 2, 3, 4, 5], [32]].some(isTail)).toBe(false);
    // what a 0 inside would do: 'V' then two accented letters then '*' is [22, 0, 0, 28] in bytes, [22, 0, 28] in characters
    const table = new Uint8Array(1 << 20);
    table[(22 << 10) | 28] = 8; // [?, 22, 0, 28] as one entry, not a tail
    const x = 'V\u00e9\u00e9*';
    expect(all(new ScriptWindows(CLASS, table), x)).toEqual([]);
    expect(all(new ScriptWindows(CLASS, table), 'V\u00e9*')).toEqual([[2, 8]]);
    expect(all(CompiledWindows.create(CLASS, table)!, 'V\u00e9*')).toEqual([]); // bytes: V, C3, A9, * — why the rule exists
  });

  test('NEXT drops an act by the character after its window, and keeps all at the end of the text', () => {
    expect(all(compiled, 'fac fact fac')).toEqual([[2, 1], [6, 1], [11, 1]]); // "fac " and the last "fac" (nothing after)
    expect(all(compiled, 'face *a *= *')).toEqual([[8, 8], [11, 8]]);
    expect(all(tiny, 'xxxxxxxfac t')).toEqual(all(script, 'xxxxxxxfac t')); // the "c" ends a 9-byte chunk: its next character is in the next
  });

  test('NEXT may not look past a window that ends on a non-letter (in UTF-8 the next byte may be the same character)', () => {
    const bad = new Uint8Array(1 << 20).fill(0xff);
    bad[(([...'nv'].map(cls).reduce((h, c) => (h << 5) | c, 0) << 5) << 5) | cls('x')] = 0; // after "nv" and a non-letter
    expect(() => CompiledWindows.create(CLASS, ACT, bad)).toThrow(/non-letter/);
  });

  test('a text starts with an empty window', () => {
    expect(all(compiled, 'abc')).toEqual([]);
    expect(all(compiled, 'fac')).toEqual([[2, 1]]); // the start counts as a non-letter
    all(compiled, 'xxx*');
    expect(all(compiled, 'ac')).toEqual([]); // nothing of the last text leaks in
  });
});
