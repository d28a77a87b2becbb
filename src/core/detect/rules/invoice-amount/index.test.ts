import { classifyAmounts, vatRate, tableColumns, tableRow } from '.';

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

test('a VAT line whose label stands far from its amount is VAT, not the total', () => {
  expect(classifyAmounts('TVA à 10 % (travaux de rénovation, attestation signée) : 420,00 €').map((a) => a.kind)).toEqual(['vat']);
  expect(classifyAmounts('- VAT (standard rate, see terms overleaf): £360.00').map((a) => a.kind)).toEqual(['vat']);
  expect(classifyAmounts('TVA incluse, total à payer : 1 200,00 €').map((a) => a.kind)).not.toEqual(['vat']);
});

describe('statement columns', () => {
  test('the headings name the amount columns in order', () => {
    expect(tableColumns('Pièce Date Échéance Montant TTC Réglé Reste dû')).toEqual(['ttc', 'deduction', 'remaining']);
    expect(tableColumns('Invoice Date Due Amount Paid Balance')).toEqual(['ttc', 'deduction', 'remaining']);
    expect(tableColumns('Total restant dû 3 340,00 €')).toBeNull();
    expect(tableColumns('Merci de régler le solde.')).toBeNull();
  });
  test('a row is read by its columns, zero amounts included', () => {
    const cols = tableColumns('Pièce Date Échéance Montant TTC Réglé Reste dû')!;
    expect(tableRow('FC-2417 31/12/2024 31/01/2025 1 560,00 € 500,00 € 1 060,00 €', cols)?.map((a) => [a.kind, a.cents]))
      .toEqual([['ttc', 156000], ['deduction', 50000], ['remaining', 106000]]);
    expect(tableRow('FC-2409 16/12/2024 15/01/2025 960,00 € 960,00 € 0,00 €', cols)?.map((a) => a.cents)).toEqual([96000, 96000, 0]);
    expect(tableRow('FC-2431 31/01/2025 28/02/2025 2 280,00 € 0,00 € 2 280,00 €', cols)?.map((a) => a.cents)).toEqual([228000, 0, 228000]);
    expect(tableRow('FC-2431 31/01/2025 2 280,00 €', cols)).toBeNull();
  });
});

test('an amount followed by "en acompte" is a payment on account', () => {
  expect(classifyAmounts("J'ai posté hier un chèque de 500,00 $ en acompte sur la facture 2025-0412.").map((a) => a.kind)).toEqual(['deduction']);
  expect(classifyAmounts('We sent £200.00 as a part payment.').map((a) => a.kind)).toEqual(['deduction']);
});

test('a statement row with the currency before its amounts, a zero among them', () => {
  const cols = tableColumns('Date Reference Due date Amount Paid Balance')!;
  expect(tableRow('17/04/2025 Invoice INV-30455 17/05/2025 £2,346.00 £1,000.00 £1,346.00', cols)?.map((a) => a.cents)).toEqual([234600, 100000, 134600]);
  expect(tableRow('03/04/2025 Invoice INV-30418 03/05/2025 £1,872.00 £0.00 £1,872.00', cols)?.map((a) => a.cents)).toEqual([187200, 0, 187200]);
});

test('a retenue de garantie is deducted from what is payable now', () => {
  expect(classifyAmounts('Retenue de garantie 5 % : 600,00 €').map((a) => a.kind)).toEqual(['deduction']);
});
