import fc from 'fast-check';
import { mayMatter, toUnits } from './units';

// The cut as first written (one regex per line and rule): the one-pass version must give the same units.
function reference(rawText: string): string[] {
  const LIST_LINE = /^\s*(?:[-•*·>–]|\d+[.)]\s)/;
  const LABEL_LINE = /^[^.!?]{1,40}\s:\s?\S/;
  const normal = rawText.replace(/[\u00a0\u202f\u2007\u2009\u200a\t]/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2013\u2014]/g, '–').replace(/\u200b/g, ' ');
  const lines = normal.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
  const merged: string[] = [];
  for (const line of lines) {
    if (!line) { merged.push(''); continue; }
    const prev = merged[merged.length - 1];
    const wrapped = prev && prev.length >= 40 && !/[.:;!?]$/.test(prev) && !LIST_LINE.test(line) && !LABEL_LINE.test(line)
      && /^[a-zà-ÿ0-9(«"']/.test(line) && !LABEL_LINE.test(prev);
    if (wrapped) merged[merged.length - 1] = `${prev} ${line}`;
    else merged.push(line);
  }
  const units: string[] = [];
  for (const line of merged) {
    if (!line) continue;
    if (LIST_LINE.test(line) || LABEL_LINE.test(line)) { units.push(line); continue; }
    for (const s of line.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«"(])/)) if (s.trim()) units.push(s.trim());
  }
  return units;
}

// Pieces that exercise every branch: blanks of all kinds, line ends, sentence ends, list and label lines.
const PIECES = [' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u200b', '\u2028', '\r', '\n', '\r\n', '\n\n', '.', '!', '?', ':', ' : ',
  ';', ',', '- ', '• ', '1. ', '2) ', '> ', '–', '\u2014', '\u2018', '\u2019', '\u02bc', '«', '"', "'", '(', 'A', 'É', 'Ý', '×', 'à', 'ÿ', '÷',
  'Z', 'a', 'z', '0', '9', 'Merci', 'facture', 'Total TTC', 'une phrase assez longue pour passer les quarante', 'x'.repeat(39)];

describe('toUnits', () => {
  test('sentences, list lines and label lines, wrapped lines joined back', () => {
    expect(toUnits('Total TTC : 1 240,00 €\nÉchéance : 15/03/2025\nMerci. Bonne journée.')).toEqual(['Total TTC : 1 240,00 €', 'Échéance : 15/03/2025', 'Merci.', 'Bonne journée.']);
    expect(toUnits('Nous vous remercions de bien vouloir nous régler\nla facture. Merci\u00a0!  À bientôt.\r\n- un ; deux. Trois'))
      .toEqual(['Nous vous remercions de bien vouloir nous régler la facture.', 'Merci !', 'À bientôt.', '- un ; deux. Trois']);
  });
  test('the same units as the line-by-line cut, on any mix of blanks, line ends and punctuation', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      expect(toUnits(text)).toEqual(reference(text));
    }), { numRuns: 3000 });
  });
});

describe('blank characters', () => {
  test('every character alone, doubled and next to a space between two words: the same units as the line-by-line cut', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `a${ch}${ch}b`, `a ${ch}b`]) if (toUnits(text).join('|') !== reference(text).join('|')) expect([c, toUnits(text)]).toEqual([c, reference(text)]);
    }
  });
});

test('a line opening with a date stands alone (a statement\'s rows are not one wrapped sentence)', () => {
  const units = toUnits('Date        Reference          Due date     Amount      Paid        Balance\n03/04/2025  Invoice INV-30418  03/05/2025   £1,872.00   £0.00       £1,872.00\n17/04/2025  Invoice INV-30455  17/05/2025   £2,346.00   £1,000.00   £1,346.00');
  expect(units).toHaveLength(3);
  expect(units[1]!.startsWith('03/04/2025 Invoice INV-30418')).toBe(true);
});

test('every invoice-number keyword opens the gate', () => {
  expect(mayMatter('Re: Fact. 25-118')).toBe(true);
  expect(mayMatter("Notre note d'honoraires NH-2025-014")).toBe(true);
  expect(mayMatter('Bonjour, à demain.')).toBe(false);
});
