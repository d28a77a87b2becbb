import fc from 'fast-check';
import { normalize } from './thread';

describe('normalize (the key that tells two copies of a message apart)', () => {
  const reference = (text: string) => text.slice(0, 400).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 80);
  test('the first 80 letters and digits of the first 400 characters, whatever the text', () => {
    const piece = fc.constantFrom('a', 'É', 'ß', 'İ', 'Σ', 'ΑΣ', '7', ' ', '.', '\n', '😀', 'word ', '— ', 'x'.repeat(30));
    fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      expect(normalize(text)).toBe(reference(text));
    }), { numRuns: 3000 });
  });
  test('a capital sigma before the 120th character, final or not by what comes after it', () => {
    for (const pad of [119, 120, 121]) {
      const text = 'a'.repeat(pad - 1) + 'ΑΣ' + 'b'.repeat(300);
      expect(normalize(text)).toBe(reference(text));
    }
    // Modifier letters are letters that lower-casing skips: the sigma reads the "b" after the 120th character.
    const text = 'a'.repeat(30) + 'Σ' + '\u02b0'.repeat(100) + 'b';
    expect(normalize(text)).toBe(reference(text));
  });
});
