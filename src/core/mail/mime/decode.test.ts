import fc from 'fast-check';
import { decodeBase64 } from './decode';

// One character at a time, as first written: the four-at-a-time path must give the same bytes.
function reference(src: Uint8Array): number[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const value = (c: number) => (c === 45 ? 62 : c === 95 ? 63 : alphabet.indexOf(String.fromCharCode(c)));
  const out: number[] = [];
  let acc = 0, bits = 0;
  for (const c of src) {
    if (c === 61) { acc = 0; bits = 0; continue; }
    const v = c < 128 ? value(c) : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 0xff); }
  }
  return out;
}

describe('decodeBase64', () => {
  test('line-wrapped base64 of any bytes decodes to them', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
      expect(Array.from(decodeBase64(new TextEncoder().encode(text)))).toEqual(Array.from(bytes));
    }));
  });
  test('any mix of letters, padding, line breaks, URL-safe and stray characters: same bytes as one at a time', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...'AZaz09+/-_=\r\n !.é\u0000'.split('')), { maxLength: 80 }), (chars) => {
      const src = new TextEncoder().encode(chars.join(''));
      expect(Array.from(decodeBase64(src))).toEqual(reference(src));
    }), { numRuns: 2000 });
  });
});
