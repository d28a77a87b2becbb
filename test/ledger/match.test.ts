// Ledger rows relevant to one thread: by invoice number, by the correspondent's address or company domain.
import { matchLedger, parseLedgerCsv } from '../../src/core/ledger';

const { rows } = parseLedgerCsv([
  'Facture;Client;Email;Solde',
  'FA-2025-0142;Martin;compta@martin.example;100,00',
  'FA-2025-0143;Martin;direction@martin.example;200,00',
  'FA-2025-0200;Durand;durand@gmail.com;300,00',
  'FA-2025-0201;Petit;petit@gmail.com;400,00',
  '2025/118;Roux;;500,00',
].join('\n'));
const invoices = (q: Parameters<typeof matchLedger>[1]) => matchLedger(rows, q).map((r) => r.invoice);

test('invoice numbers match whatever their spacing, punctuation or case', () => {
  expect(invoices({ invoiceNumbers: ['fa 2025 0142', '2025-118'] })).toEqual(['FA-2025-0142', '2025/118']);
  expect(invoices({ invoiceNumbers: ['FA-2025-014'] })).toEqual([]);
});

test('a company address brings every row of its domain; a webmail address only its own rows', () => {
  expect(invoices({ invoiceNumbers: [], counterpartyAddress: 'Compta@Martin.example' })).toEqual(['FA-2025-0142', 'FA-2025-0143']);
  expect(invoices({ invoiceNumbers: [], counterpartyAddress: 'durand@gmail.com' })).toEqual(['FA-2025-0200']);
  expect(invoices({ invoiceNumbers: [], counterpartyAddress: '@martin.example' })).toEqual(['FA-2025-0142', 'FA-2025-0143']);
});

test('numbers and address together, each row once, in file order', () => {
  expect(invoices({ invoiceNumbers: ['2025/118', 'FA-2025-0143'], counterpartyAddress: 'compta@martin.example' })).toEqual(['FA-2025-0142', 'FA-2025-0143', '2025/118']);
  expect(invoices({ invoiceNumbers: [], counterpartyAddress: null })).toEqual([]);
});
