import { unitsMatching } from '../../text/candidates';
import { NUMBER_GATE, findInvoiceNumbers, findStatementNumber, sameNumber } from '.';

const nums = (s: string) => findInvoiceNumbers(s).map((h) => h.number);

describe('invoice-number', () => {
  test.each([
    ['Veuillez trouver notre facture FA-2025-0142.', ['FA-2025-0142']],
    ['facture F2025/118 du 04/06/2025', ['F2025/118']],
    ['Invoice #2025-044 – past due', ['2025-044']],
    ['les factures n° 1207 (4 320,00 € TTC) et n° 1215 (1 980,00 € TTC)', ['1207', '1215']],
    ['Rechnung Nr. 2023-771 vom 3. März', ['2023-771']],
    ['Invoice number: CD-2026-118842', ['CD-2026-118842']],
    ['la facture de solde n° 2024-118', ['2024-118']],
    ['factures FAC-0099, FAC-0100 et FAC-0101', ['FAC-0099', 'FAC-0100', 'FAC-0101']],
  ])('%s', (text, expected) => expect(nums(text)).toEqual(expected));

  test.each([
    'SIRET 512 345 678 00021 – TVA FR47 512345678',
    'IBAN FR76 1009 6180 4500 0123 4567 890',
    'bon de commande n° BC-7781, devis D-2025-019',
    'Tél. 04 65 71 12 34 – 69007 Lyon',
    'facture du 04/06/2025',
    'facture de 2 456,40 EUR',
    'vos factures de 2025',
  ])('no invoice number in %s', (text) => expect(nums(text)).toEqual([]));

  test('statement lines give their first cell when they carry an amount and a date', () => {
    expect(findStatementNumber('FA-2024-0340  du 29/03/2024  échéance 30/04/2024  1 152,00 EUR TTC')?.number).toBe('FA-2024-0340');
    expect(findStatementNumber('2024-11-089 04/11/2024 30/11/2024 Livraisons 1 245,60 €')?.number).toBe('2024-11-089');
    expect(findStatementNumber('Total dû : 1 638,00 EUR TTC')).toBeNull();
    expect(findStatementNumber('06 39 98 12 56')).toBeNull();
  });

  test('the same number written with # or another case', () => {
    expect(sameNumber('#2025-044', '2025-044')).toBe(true);
    expect(sameNumber('inv-1', 'INV-1')).toBe(true);
    expect(sameNumber('INV-1', 'INV-2')).toBe(false);
  });
  // Every keyword, any case: numbers are found, and the gate lets the unit through.
  test.each(['FACTURE 1207', 'Factures n° 1207', 'INVOICE #2025-044', 'Invoices 2025-044', 'Fact. 1207', 'INV. 2025-044', 'Rechnung Nr. 2023-771'])(
    'the gate passes: %s', (s) => {
      expect(nums(s).length).toBeGreaterThan(0);
      expect(unitsMatching([s], NUMBER_GATE)).toEqual([true]);
    });
});

test('a statement line whose reference is followed by a comma reads the whole reference', () => {
  expect(findStatementNumber('- PR-2025-0167, échéance 15/04/2025 : 3 450,00 € TTC')?.number).toBe('PR-2025-0167');
  expect(findStatementNumber('- FA-2024-0340 - échéance 15/04/2025 : 1 152,00 EUR')?.number).toBe('FA-2024-0340');
});

test('a "note d\'honoraires" and "Fact." name invoices', () => {
  expect(findInvoiceNumbers("Veuillez trouver ci-joint notre note d'honoraires NH-2025-014.").map((h) => h.number)).toEqual(['NH-2025-014']);
  expect(findInvoiceNumbers('Re: Fact. 25-118').map((h) => h.number)).toEqual(['25-118']);
});
