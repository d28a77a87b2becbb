import fc from 'fast-check';
import { decodeBase64, decodeQuotedPrintable } from './decode';

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

// One byte at a time, as first written: the version copying runs between "=" must give the same bytes.
function referenceQp(src: Uint8Array): number[] {
  const hex = (c: number | undefined) => (c === undefined ? -1 : c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c !== 61) { out.push(c); continue; }
    const h = hex(src[i + 1]), l = hex(src[i + 2]);
    if (h >= 0 && l >= 0) { out.push((h << 4) | l); i += 2; continue; }
    let j = i + 1;
    while (src[j] === 32 || src[j] === 9) j++;
    if (src[j] === 10) { i = j; continue; }
    if (src[j] === 13 && src[j + 1] === 10) { i = j + 1; continue; }
    if (j >= src.length) break;
    out.push(c);
  }
  return out;
}

describe('decodeQuotedPrintable', () => {
  test('escapes, soft breaks, broken escapes and long plain runs: same bytes as one at a time', () => {
    const piece = fc.constantFrom('=E9', '=3D', '=\r\n', '=\n', '= \t\n', '=', '=G1', '=4', 'a', 'é', ' ', '\t', '\r\n', 'Bonjour à tous, '.repeat(3), 'x'.repeat(40));
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const src = new TextEncoder().encode(parts.join(''));
      expect(Array.from(decodeQuotedPrintable(src))).toEqual(referenceQp(src));
    }), { numRuns: 3000 });
  });
});
