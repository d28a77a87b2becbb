// Invoice PDFs without embedded XML: facts read from the printed text by fr/en/de labels.
import { extractInvoice, owedCents } from '../../src/core/einvoice';
import { makePdf } from './make-pdf';

async function read(lines: string[]) {
  const r = await extractInvoice(await makePdf({ pages: [lines] }), 'scan.pdf');
  if (!r.ok) throw new Error(r.error.code);
  expect(r.value.source).toBe('pdf-text');
  return r.value;
}

test('a French invoice: number, dates, TTC total (not HT), buyer, IBAN', async () => {
  const v = await read([
    'SARL Atelier Dupont',
    'FACTURE',
    'Facture n° : FA-2025-0142',
    'Date de facture : 15/02/2025',
    "Date d'échéance : 17/03/2025",
    'Client : Boulangerie Martin SARL',
    'Total HT\t1 028,80 €',
    'TVA 20 %\t205,76 €',
    'Total TTC\t1 234,56 €',
    'IBAN : FR76 3000 6000 0112 3456 7890 189',
  ]);
  expect(v).toMatchObject({
    number: 'FA-2025-0142', type: '380', issueDate: '2025-02-15', dueDate: '2025-03-17', currency: 'EUR',
    total: 123456, amountDue: 123456, buyer: 'Boulangerie Martin SARL', iban: 'FR76 3000 6000 0112 3456 7890 189', profile: null,
  });
});

test('an English invoice with a deposit: amount due differs from the total, dollars', async () => {
  const v = await read([
    'INVOICE',
    'Invoice number: INV-3391',
    'Invoice date: March 1, 2025',
    'Due date: 31 March 2025',
    'Bill to: Acme Ltd',
    'Subtotal\t$1,000.00',
    'Total\t$1,200.00',
    'Amount due\t$700.00',
  ]);
  expect(v).toMatchObject({ number: 'INV-3391', issueDate: '2025-03-01', dueDate: '2025-03-31', currency: 'USD', total: 120000, amountDue: 70000, buyer: 'Acme Ltd' });
});

test('a German invoice: Rechnungsnummer, Fälligkeitsdatum, Gesamtbetrag', async () => {
  const v = await read([
    'RECHNUNG',
    'Rechnungsnummer: R-2025-77',
    'Rechnungsdatum: 05.03.2025',
    'Fälligkeitsdatum: 04.04.2025',
    'Nettobetrag\t100,00 EUR',
    'Gesamtbetrag\t1.119,00 EUR',
  ]);
  expect(v).toMatchObject({ number: 'R-2025-77', issueDate: '2025-03-05', dueDate: '2025-04-04', currency: 'EUR', total: 111900, amountDue: 111900 });
});

test('a value printed on the line below its label', async () => {
  const v = await read(['Facture', 'Numéro de facture', '2025/118', 'Échéance', '30 avril 2025', 'Net à payer', '480,00 €']);
  expect(v).toMatchObject({ number: '2025/118', dueDate: '2025-04-30', amountDue: 48000, total: null });
});

test('a credit note (avoir) comes out as type 381 and a negative owed amount', async () => {
  const v = await read(['AVOIR', 'Avoir n° AV-2025-0005', 'Date : 16/11/2025', 'Montant TTC : 233,47 €']);
  expect(v.type).toBe('381');
  expect(v.number).toBe('AV-2025-0005');
  expect(v.issueDate).toBe('2025-11-16');
  expect(owedCents(v)).toBe(-23347);
});

test('an IBAN with wrong check digits is not taken', async () => {
  const v = await read(['Facture n° F-1', 'Total TTC 10,00 €', 'IBAN FR00 3000 6000 0112 3456 7890 189']);
  expect(v.iban).toBeNull();
});

// The printed text of the corpus PDFs, read without their XML. Where the page prints the same invoice as
// its XML (same number: one third-party sample prints another invoice), every value the text reader finds
// must agree with the XML where the XML states it too (a MINIMUM XML omits the due date the page prints);
// amounts are compared in absolute value, since a printed credit note may show a minus.
import { readFileSync, readdirSync } from 'node:fs';
import { openPdf } from '../../src/core/einvoice/pdf';
import { factsFromText } from '../../src/core/einvoice/pdf-text';
import { corpusDir } from './corpus-dir';

test('text reading of the corpus PDFs agrees with their embedded XML', async () => {
  const files = readdirSync(corpusDir).filter((f) => f.endsWith('.pdf'));
  let sameNumber = 0;
  let compared = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(`${corpusDir}/${file}`));
    const xml = await extractInvoice(bytes);
    const pdf = await openPdf(bytes);
    if (!xml.ok || !pdf.ok) throw new Error(file);
    const text = factsFromText(await pdf.value.lines());
    await pdf.value.close();
    if (!text.ok || text.value.number !== xml.value.number) continue;
    sameNumber++;
    const t = text.value;
    const x = xml.value;
    for (const key of ['issueDate', 'dueDate', 'currency'] as const) {
      if (t[key] !== null && x[key] !== null) { expect([file, key, t[key]]).toEqual([file, key, x[key]]); compared++; }
    }
    if (t.iban !== null && x.iban !== null) expect([file, t.iban.replace(/\s/g, '')]).toEqual([file, x.iban.replace(/\s/g, '')]);
    if (t.amountDue !== null) expect([file, Math.abs(t.amountDue)]).toEqual([file, Math.abs(x.amountDue ?? NaN)]);
    if (t.total !== null) expect([file, Math.abs(t.total)]).toEqual([file, Math.abs(x.total ?? NaN)]);
  }
  expect(sameNumber).toBeGreaterThanOrEqual(files.length - 1);
  expect(compared).toBeGreaterThanOrEqual(15);
});
