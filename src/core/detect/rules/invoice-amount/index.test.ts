import { classifyAmounts, vatRate } from '.';

const kinds = (s: string, many = false) => classifyAmounts(s, many).map((a) => [a.cents, a.kind]);

describe('invoice-amount', () => {
  test('HT, VAT and TTC lines', () => {
    expect(kinds('Montant HT : 1 033,33 €')).toEqual([[103333, 'ht']]);
    expect(kinds('TVA 20 % : 206,67 €')).toEqual([[20667, 'vat']]);
    expect(kinds('Montant TTC : 1 240,00 €')).toEqual([[124000, 'ttc']]);
    expect(kinds('Total HT : 2.047,00 EUR')).toEqual([[204700, 'ht']]);
    expect(kinds('Total due: £8,640.00')).toEqual([[864000, 'ttc']]);
  });
  test('remainders, deductions and amounts to ignore', () => {
    expect(kinds("Il reste un solde de 2 480,00 € TTC à régler")).toEqual([[248000, 'remaining']]);
    expect(kinds("d'un montant de 470,15 € (total TTC 671,15 € – acompte de 201,00 € déjà réglé)")).toEqual([[47015, 'plain'], [67115, 'ttc'], [20100, 'deduction']]);
    expect(kinds("l'avoir n° AV-1 d'un montant de 288,00 € TTC")).toEqual([[28800, 'deduction']]);
    expect(kinds("l'indemnité forfaitaire pour frais de recouvrement de 40 €")).toEqual([[4000, 'ignore']]);
    expect(kinds('3 days at £1,400.00/day')).toEqual([[140000, 'ignore']]);
    expect(kinds('Balance outstanding: $980.00')).toEqual([[98000, 'remaining']]);
  });
  test('a sum of several invoices is not one invoice', () => {
    expect(kinds('Soit un total de 6 300,00 € TTC.', true)).toEqual([[630000, 'sum']]);
  });
  test('VAT rate', () => {
    expect(vatRate('TVA 20 % : 206,67 €')).toBe(2000);
    expect(vatRate('VAT at 5.5%')).toBe(550);
    expect(vatRate('Total TTC')).toBeNull();
  });
});
