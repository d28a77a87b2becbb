import fc from 'fast-check';
import { decodeBase64, decodeCharset, decodeQuotedPrintable, hasC1Byte } from './decode';
import { fixC1 } from '../cp1252';

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

// fixC1 is skipped when the bytes show no C1 character can come out: the result must be what fixC1 always gives.
describe('decodeCharset skips fixC1 only when it has nothing to do', () => {
  const bytes = fc.uint8Array({ maxLength: 40 }).chain((b) => fc.nat(7).map((off) => ({ b, off })));
  test('hasC1Byte finds a byte 0x80–0x9F at any offset and alignment of a subarray', () => {
    fc.assert(fc.property(bytes, ({ b, off }) => {
      const view = new Uint8Array(b.length + off).subarray(off);
      view.set(b);
      expect(hasC1Byte(view)).toBe(b.some((x) => x >= 0x80 && x <= 0x9f));
    }), { numRuns: 3000 });
  });
  test('windows-1252, latin1 labels, invalid UTF-8 and ASCII UTF-8: the same text as decoding then fixC1', () => {
    const reference = (b: Uint8Array, label: string) => {
      try { return fixC1(new TextDecoder(label, { fatal: label === 'utf-8' }).decode(b)); } catch { return fixC1(new TextDecoder('windows-1252').decode(b)); }
    };
    fc.assert(fc.property(bytes, fc.constantFrom('windows-1252', 'iso-8859-1', 'us-ascii', 'utf-8'), ({ b, off }, label) => {
      const view = new Uint8Array(b.length + off).subarray(off);
      view.set(b);
      expect(decodeCharset(view, label)).toBe(reference(view, label));
    }), { numRuns: 3000 });
    expect(decodeCharset(Uint8Array.of(0x31, 0x80, 0x92, 0x81), 'windows-1252')).toBe('1€’');
    expect(decodeCharset(new TextEncoder().encode('prix 10 \u0080'), 'utf-8')).toBe('prix 10 €');
  });
});
