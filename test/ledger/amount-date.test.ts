// Human amounts and dates: exact cents, every common French/English/German spelling.
import fc from 'fast-check';
import { parseAmount, parseAmountWithCurrency, parseHumanDate } from '../../src/core/ledger';
import { formatMoney } from '../../src/core/util';

test.each([
  ['1 234,56 €', 123456], ['€1,234.56', 123456], ['1.234,56 EUR', 123456], ['1234.56', 123456], ['1234,56', 123456],
  ['1\u202f234,56\u00a0€', 123456], ['-12,00', -1200], ['12,00-', -1200], ['(12,00)', -1200], ['− 5', -500], ['+7,5', 750],
  ['1,234', 123400], ['1.234', 123400], ['12,5', 1250], ['1 234 567,89', 123456789], ["1'234.50 CHF", 123450], ['0', 0], ['EUR 40', 4000],
])('parseAmount(%j) = %i cents', (text, cents) => {
  expect(parseAmount(text)).toBe(cents);
});

test.each(['', 'abc', '12,345,6', '1.2.3', '1,234.567', '12 TTC', '1 23,00', '€', '12..5', '1.234.56'])('parseAmount(%j) is not an amount', (text) => {
  expect(parseAmount(text)).toBeNull();
});

test('currency is read from symbols and codes', () => {
  expect(parseAmountWithCurrency('€1,234.56')).toEqual({ cents: 123456, currency: 'EUR' });
  expect(parseAmountWithCurrency('$20')).toEqual({ cents: 2000, currency: 'USD' });
  expect(parseAmountWithCurrency('20,00 £')).toEqual({ cents: 2000, currency: 'GBP' });
  expect(parseAmountWithCurrency('20,00')).toEqual({ cents: 2000, currency: null });
});

test('whatever formatMoney writes, parseAmount reads back (fr and en)', () => {
  fc.assert(fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.constantFrom('fr' as const, 'en' as const), (cents, lang) => {
    expect(parseAmount(formatMoney(cents, 'EUR', lang))).toBe(cents);
  }));
});

test.each([
  ['15/03/2025', '2025-03-15'], ['2025-03-15', '2025-03-15'], ['15.03.2025', '2025-03-15'], ['15-03-2025', '2025-03-15'], ['15/03/25', '2025-03-15'],
  ['5/3/2025', '2025-03-05'], ['03/15/2025', '2025-03-15'], ['15 mars 2025', '2025-03-15'], ['1er mars 2025', '2025-03-01'],
  ['15. März 2025', '2025-03-15'], ['March 15, 2025', '2025-03-15'], ['15 Mar 2025', '2025-03-15'], ['29/02/2024', '2024-02-29'],
])('parseHumanDate(%j) = %s', (text, iso) => {
  expect(parseHumanDate(text)).toBe(iso);
});

test.each(['31/02/2025', '29/02/2025', '2025-13-01', 'demain', '15/03', ''])('parseHumanDate(%j) is not a date', (text) => {
  expect(parseHumanDate(text)).toBeNull();
});
