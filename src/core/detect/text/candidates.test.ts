import fc from 'fast-check';
import { defineGate, unitsMatching } from './candidates';
import { toUnits } from './units';

const DOC = defineGate(['factur', 'invoice'], false);
const PAY = defineGate(['pay'], true);
const PAYMENT = defineGate(['payment'], true);
const VOICE = defineGate(['voice'], false);

describe('unitsMatching', () => {
  test('marks each unit holding a gate word, folded (accents, case), whatever precedes it', () => {
    // Hangul decomposes (folded text longer than the unit), "É" loses its accent: offsets still map to the right unit.
    expect(unitsMatching(['가나다 라마', 'Rien ici.', 'Notre FACTURÉ', 'x', 'Invoice'], DOC)).toEqual([false, false, true, false, true]);
    expect(unitsMatching(['Bonjour.'], DOC)).toEqual([false]);
    // Accents written as combining marks, a dotted capital I, a Kelvin sign: folded like the rules fold them.
    expect(unitsMatching(['fa\u0301cture', '\u0130NVOICE', 'Rechnung', 'ΑΣ x'], DOC)).toEqual([true, true, false, false]);
    expect(unitsMatching([], DOC)).toEqual([]);
  });
  test('the same answer as testing each unit, over real units', () => {
    const units = toUnits('Bonjour,\n\nVoici la facture n° 12.\nÉchéance : 3 mars.\n- Invoice 14\nMerci. Factures jointes. Fin.');
    expect(unitsMatching(units, DOC)).toEqual(units.map((u) => /factur|invoice/.test(u.toLowerCase())));
  });
  test('a word-start gate only takes words at a word start; words inside others and longer words are found too', () => {
    const units = ['Repayment.', 'No PAYMENT.', 'Pay now', "L'invoice"];
    expect(unitsMatching(units, PAY)).toEqual([false, true, true, false]);
    expect(unitsMatching(units, PAYMENT)).toEqual([false, true, false, false]);
    // "invoice" holds "voice": both gates see it (words found at every position, not after the previous one).
    expect(unitsMatching(units, VOICE)).toEqual([false, false, false, true]);
    expect(unitsMatching(units, DOC)).toEqual([false, false, false, true]);
  });
  test('units holding a line break (not made by toUnits) are all read', () => {
    expect(unitsMatching(['a\nb', 'c'], DOC)).toEqual([true, true]);
  });
  test('one scan for every gate: the same marks as testing each unit for each gate alone', () => {
    // Words shared by gates of both kinds ("invoice"), words inside others ("voice", "pay" in "repayment"),
    // at a word start or not, next to word characters, digits, "_" and accented letters.
    const pieces = ['invoice', 'voice', 'factur', 'pay', 'payment', 'repayment', 'PAY', 'Fac', 'TURE', 'NVOICE', '\u0130', 'é', '_', '9', 'x', ' ', '.', "'", '-'];
    const alone: [typeof DOC, RegExp][] = [[DOC, /factur|invoice/], [PAY, /\bpay/], [PAYMENT, /\bpayment/], [VOICE, /voice/]];
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join('')), { maxLength: 6 }), (units) => {
      for (const [gate, re] of alone) {
        expect(unitsMatching(units, gate)).toEqual(units.map((u) => re.test(u.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())));
      }
    }), { numRuns: 2000 });
  });
});
