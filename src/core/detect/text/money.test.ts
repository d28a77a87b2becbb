import { findAmounts } from './money';

test('amounts and their currency as written in French, English, Swiss and Canadian mail', () => {
  const read = (t: string) => findAmounts(t).map((a) => [a.cents, a.currency]);
  expect(read('Total : 1 250,50 $ CA')).toEqual([[125050, 'CAD']]);
  expect(read('CAD 1,200.00 and C$ 80.00 and 15,00 CA$')).toEqual([[120000, 'CAD'], [8000, 'CAD'], [1500, 'CAD']]);
  expect(read("CHF 1'250.50 incl. VAT")).toEqual([[125050, 'CHF']]);
  expect(read('$4,750 and US$ 12.00')).toEqual([[475000, 'USD'], [1200, 'USD']]);
  expect(read('1 234,56 € TTC')).toEqual([[123456, 'EUR']]);
});

test('the year of a date before a currency sign is no amount: the sign belongs to the next number', () => {
  expect(findAmounts('03/04/2025 Invoice INV-30418 03/05/2025 £1,872.00 £0.00 £1,872.00').map((a) => a.cents)).toEqual([187200, 187200]);
  expect(findAmounts('Total 2 480,00 € TTC').map((a) => a.cents)).toEqual([248000]);
});
