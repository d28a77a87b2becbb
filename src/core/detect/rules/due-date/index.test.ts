import { applyTerm, readDueDates, statementDueDate } from '.';

describe('due-date', () => {
  test('labelled dates, strong and weak', () => {
    expect(readDueDates('Échéance : 15/03/2025', null).due).toEqual([{ date: '2025-03-15', weight: 3 }]);
    expect(readDueDates('la facture 2025-00381, échue le 1er octobre, reste due', '2025-10-08').due[0]?.date).toBe('2025-10-01');
    expect(readDueDates('Payment due: February 27, 2026', null).due[0]?.date).toBe('2026-02-27');
    expect(readDueDates('merci de régler au plus tard le 26/11/2024', null).due).toEqual([{ date: '2024-11-26', weight: 1 }]);
    expect(readDueDates('échues depuis le 31 juillet et le 31 août', '2025-09-22').due.map((d) => d.date)).toEqual(['2025-07-31', '2025-08-31']);
  });
  test('invoice dates and payment terms', () => {
    const r = readDueDates('notre facture F2025/118 du 04/06/2025, payable à 30 jours date de facture', null);
    expect(r.issue).toEqual(['2025-06-04']);
    expect(r.term).toEqual({ days: 30, endOfMonth: false, fromInvoiceDate: true });
    expect(readDueDates('Conditions de paiement : 45 jours fin de mois', null).term?.endOfMonth).toBe(true);
    expect(readDueDates('Payment terms: Net 30', null).term?.days).toBe(30);
  });
  test('terms applied, both French end-of-month readings', () => {
    expect(applyTerm('2025-06-04', { days: 30, endOfMonth: false, fromInvoiceDate: true })).toBe('2025-07-04');
    expect(applyTerm('2025-01-20', { days: 45, endOfMonth: true, fromInvoiceDate: true }, 'add-then-eom')).toBe('2025-03-31');
    expect(applyTerm('2025-01-20', { days: 45, endOfMonth: true, fromInvoiceDate: true }, 'eom-then-add')).toBe('2025-03-17');
  });
  test('statement line: the later of two dates', () => {
    expect(statementDueDate('2024-11-089 04/11/2024 30/11/2024 1 245,60 €')).toEqual({ issue: '2024-11-04', due: '2024-11-30' });
  });
  test('holdout2: "était à régler le", a direct debit or bill of exchange presented on the due date', () => {
    expect(readDueDates('La facture SL-2025-032 (960,00 € TTC) était à régler le 31 octobre.', '2025-11-12').due[0]?.date).toBe('2025-10-31');
    const sepa = readDueDates('Le prélèvement SEPA du 05/03/2025 correspondant à votre facture ABO-2503-0457 du 01/03/2025 a été rejeté.', '2025-03-11');
    expect([sepa.due.map((d) => d.date), sepa.issue]).toEqual([['2025-03-05'], ['2025-03-01']]);
    expect(readDueDates('la LCR présentée le 30/06/2025 a été rejetée', null).due[0]?.date).toBe('2025-06-30');
    expect(readDueDates('Il reste 1 600,00 € à régler fin mars comme convenu.', '2025-03-03').due).toEqual([]);
  });
});

test('"le règlement est attendu fin juin": a due date', () => {
  expect(readDueDates('Comme convenu sur le devis DV-25-031, le règlement est attendu fin juin, par virement.', '2025-06-13').due)
    .toEqual([{ date: '2025-06-30', weight: 3 }]);
  expect(readDueDates('Payment is expected by 15 April 2025.', '2025-03-01').due).toEqual([{ date: '2025-04-15', weight: 3 }]);
});

test('"payable à réception": a term of no days from the invoice date; "0 jours" is no term', () => {
  expect(readDueDates('Montant total : 1 580,00 € TTC, payable à réception, par virement.', '2025-05-12').term).toEqual({ days: 0, endOfMonth: false, fromInvoiceDate: true });
  expect(readDueDates('Payment due upon receipt.', '2025-05-12').term?.days).toBe(0);
  expect(readDueDates('Règlement à 0 jours.', '2025-05-12').term).toBeNull();
  expect(readDueDates('Règlement à 30 jours.', '2025-05-12').term?.days).toBe(30);
});
