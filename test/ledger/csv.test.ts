// Ledger CSVs in the dialects accounting software exports: delimiters, BOM, quotes, number and date formats.
import { parseLedgerCsv } from '../../src/core/ledger';
import { describeProblem } from '../../src/core/i18n';

test('a French export: semicolons, BOM, CRLF, title block above the header, "1 234,56 €", dd/mm/yyyy', () => {
  const csv = '\uFEFFBalance âgée clients au 31/03/2025\r\n\r\nN° facture;Client;Email;Date facture;Échéance;Montant TTC;Reste dû\r\n'
    + 'FA-2025-0142;Boulangerie Martin;Compta@Martin.example;15/02/2025;17/03/2025;1 500,00 €;1 234,56 €\r\n'
    + 'FA-2025-0150;"Dupont; Fils & Cie";;01/03/2025;31/03/2025;"2 000,00";"2\u202f000,00"\r\n';
  const { rows, problems } = parseLedgerCsv(csv);
  expect(problems).toEqual([]);
  expect(rows).toEqual([
    { line: 4, invoice: 'FA-2025-0142', client: 'Boulangerie Martin', email: 'compta@martin.example', issueDate: '2025-02-15', dueDate: '2025-03-17', amountDue: 123456, currency: 'EUR' },
    { line: 5, invoice: 'FA-2025-0150', client: 'Dupont; Fils & Cie', email: null, issueDate: '2025-03-01', dueDate: '2025-03-31', amountDue: 200000, currency: 'EUR' },
  ]);
});

test('an English export: commas, quoted thousands, ISO dates, currency column', () => {
  const csv = 'Invoice,Customer,Invoice date,Due date,Amount due,Currency\nINV-3391,Acme Ltd,2025-03-01,2025-03-31,"1,234.56",usd\nINV-3392,"Beta, Inc.",2025-03-02,2025-04-01,-12.00,GBP\n';
  const { rows, problems } = parseLedgerCsv(csv);
  expect(problems).toEqual([]);
  expect(rows.map((r) => [r.invoice, r.client, r.issueDate, r.dueDate, r.amountDue, r.currency])).toEqual([
    ['INV-3391', 'Acme Ltd', '2025-03-01', '2025-03-31', 123456, 'USD'],
    ['INV-3392', 'Beta, Inc.', '2025-03-02', '2025-04-01', -1200, 'GBP'],
  ]);
});

test('a tab-separated export with German-style numbers and dotted dates, Pièce / Tiers / Solde headers', () => {
  const csv = 'Pièce\tTiers\tDate\tDate d\'échéance\tSolde\n2025/118\tCafé du Port\t15.03.2025\t14.04.2025\t1.234,56\n';
  const { rows, problems } = parseLedgerCsv(csv);
  expect(problems).toEqual([]);
  expect(rows).toEqual([{ line: 2, invoice: '2025/118', client: 'Café du Port', email: null, issueDate: '2025-03-15', dueDate: '2025-04-14', amountDue: 123456, currency: 'EUR' }]);
});

test('a quoted field spanning two lines keeps the following line numbers right', () => {
  const csv = 'Facture;Client;Solde\nF1;"Martin\nsiège";10,00\nF2;Durand;20,00\n';
  const { rows } = parseLedgerCsv(csv);
  expect(rows.map((r) => [r.line, r.invoice, r.client])).toEqual([[2, 'F1', 'Martin\nsiège'], [4, 'F2', 'Durand']]);
});

test('debit and credit columns give the balance', () => {
  const { rows } = parseLedgerCsv('N° pièce;Débit;Crédit\nFA-1;1 000,00;250,00\nAV-2;;80,00\n');
  expect(rows.map((r) => r.amountDue)).toEqual([75000, -8000]);
});

test('broken lines are reported with their line number and reason; the rest is kept', () => {
  const csv = [
    'N° facture;Client;Échéance;Reste dû',
    'FA-1;Alpha;15/03/2025;100,00',
    'FA-2;Beta;15/03/2025;',
    'FA-3;Gamma;31/02/2025;300,00',
    ';Delta;15/03/2025;400,00',
    'FA-5;Epsilon;15/03/2025;cinq cents',
    '',
    'FA-6;Zeta;2025-03-15;600',
    'Total;;;1 400,00',
  ].join('\n');
  const { rows, problems } = parseLedgerCsv(csv);
  expect(rows.map((r) => [r.line, r.invoice, r.amountDue])).toEqual([[2, 'FA-1', 10000], [8, 'FA-6', 60000]]);
  expect(problems).toEqual([
    { line: 3, problem: { code: 'ledger-missing-amount' } },
    { line: 4, problem: { code: 'ledger-bad-date', params: { input: '31/02/2025', column: 'Échéance' } } },
    { line: 5, problem: { code: 'ledger-missing-invoice' } },
    { line: 6, problem: { code: 'ledger-bad-amount', params: { input: 'cinq cents' } } },
    { line: 9, problem: { code: 'ledger-total-line' } },
  ]);
  for (const { problem } of problems) {
    expect(describeProblem(problem, 'fr')).not.toMatch(/inattendue|\{\w+\}/);
    expect(describeProblem(problem, 'en')).not.toMatch(/unexpected|\{\w+\}/);
  }
  expect(describeProblem(problems[1]!.problem, 'fr')).toBe('Date illisible « 31/02/2025 » dans la colonne « Échéance » (attendu par exemple 15/03/2025) : la ligne est ignorée.');
});

test('a file without recognisable columns, or empty, is one problem', () => {
  expect(parseLedgerCsv('foo;bar\n1;2\n')).toEqual({ rows: [], problems: [{ line: 1, problem: { code: 'ledger-no-header', params: { headers: 'foo | bar' } } }] });
  expect(parseLedgerCsv('\uFEFF\n').problems[0]!.problem.code).toBe('ledger-empty');
});

test('unbalanced quotes are reported, not swallowed', () => {
  const { rows, problems } = parseLedgerCsv('Facture;Montant\nF1;10,00\nF2;"20,00\n');
  expect(rows.map((r) => r.invoice)).toEqual(['F1']);
  expect(problems).toEqual([{ line: 3, problem: { code: 'ledger-bad-quotes' } }]);
});
