import { unitsMatching } from './candidates';
import { toUnits } from './units';

const GATE = /factur|invoice/g;

describe('unitsMatching', () => {
  test('marks each unit holding a gate word, folded (accents, case), whatever precedes it', () => {
    // Hangul decomposes (folded text longer than the unit), "É" loses its accent: offsets still map to the right unit.
    expect(unitsMatching(['가나다 라마', 'Rien ici.', 'Notre FACTURÉ', 'x', 'Invoice'], GATE)).toEqual([false, false, true, false, true]);
    expect(unitsMatching(['Bonjour.'], GATE)).toEqual([false]);
    expect(unitsMatching([], GATE)).toEqual([]);
  });
  test('the same answer as testing each unit, over real units', () => {
    const units = toUnits('Bonjour,\n\nVoici la facture n° 12.\nÉchéance : 3 mars.\n- Invoice 14\nMerci. Factures jointes. Fin.');
    expect(unitsMatching(units, GATE)).toEqual(units.map((u) => /factur|invoice/.test(u.toLowerCase())));
  });
  test('units holding a line break (not made by toUnits) are all read', () => {
    expect(unitsMatching(['a\nb', 'c'], GATE)).toEqual([true, true]);
  });
});
