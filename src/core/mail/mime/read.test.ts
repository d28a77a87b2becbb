/** The byte-level multipart split and the header split read messages as the text-level code they replaced did. */
import fc from 'fast-check';
import { readMime, splitMultipart } from './read';

// The body read as Latin-1 text and searched as a string, as first written.
function reference(body: Uint8Array, boundary: string): number[][] {
  const s = new TextDecoder('windows-1252').decode(body);
  const delim = '--' + boundary;
  const parts: number[][] = [];
  let partStart = -1;
  let pos = 0;
  for (;;) {
    const at = s.indexOf(delim, pos);
    if (at < 0) break;
    pos = at + delim.length;
    if (at > 0 && s.charCodeAt(at - 1) !== 10) continue;
    if (partStart >= 0) parts.push(Array.from(body.subarray(partStart, at > 0 && s.charCodeAt(at - 2) === 13 ? at - 2 : Math.max(at - 1, partStart))));
    if (s.startsWith('--', pos)) { partStart = -1; break; }
    const nl = s.indexOf('\n', pos);
    if (nl < 0) { partStart = -1; break; }
    partStart = nl + 1;
  }
  if (partStart >= 0 && partStart < body.length) parts.push(Array.from(body.subarray(partStart)));
  return parts;
}

describe('splitMultipart', () => {
  test('boundaries at the start, after CR LF or LF, mid-line, closed or not, prefixes of the boundary: same parts as the text search', () => {
    const piece = fc.constantFrom('--b=1', '--b=1--', '--b=', '-', '--', '\r\n', '\n', '\r', 'texte', 'é', '\u0080', 'x--b=1');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const body = Uint8Array.from(pieces.join(''), (c) => c.charCodeAt(0) & 0xff);
      expect(splitMultipart(body, 'b=1').map((p) => Array.from(p))).toEqual(reference(body, 'b=1'));
    }), { numRuns: 3000 });
  });
  test('a boundary with Latin-1 characters matches their bytes; one past U+00FF matches nothing', () => {
    const body = Uint8Array.from('--é\nA\n--é\nB\n--é--\n', (c) => c.charCodeAt(0));
    expect(splitMultipart(body, 'é').map((p) => String.fromCharCode(...p))).toEqual(['A', 'B']);
    expect(splitMultipart(Uint8Array.from('--\u20ac\nA\n', (c) => c.charCodeAt(0) & 0xff), '\u20ac')).toEqual([]);
  });
});

describe('readMime headers', () => {
  test('CR LF and LF lines, folded values, a final CR before the blank line', () => {
    const raw = new TextEncoder().encode('Subject: Facture\r\n  n° 12\r\nFrom: a@b.fr\nX-Vide:\r\nTo: c@d.fr\r\n\r\nCorps');
    expect(readMime(raw).headers).toEqual([
      { key: 'subject', value: 'Facture  n° 12' }, { key: 'from', value: 'a@b.fr' }, { key: 'x-vide', value: '' }, { key: 'to', value: 'c@d.fr' },
    ]);
  });
});
