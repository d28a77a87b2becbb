import { cancelledNumbers, saysSettled } from '.';
import { findInvoiceNumbers } from '../invoice-number';

describe('invoice-settled', () => {
  test.each([
    "L'acompte de 30 % (facture 2025-00214) a bien été réglé en juin, merci.",
    'Nous avons bien reçu votre chèque de 486,00 EUR en règlement de la facture FA-2024-0311.',
    'Invoice INV-77 has been paid in full.',
  ])('settled: %s', (s) => expect(saysSettled(s)).toBe(true));
  test.each([
    "Nous n'avons pas encore reçu le règlement de la facture FA-1.",
    'La facture FA-2 reste impayée.',
  ])('not settled: %s', (s) => expect(saysSettled(s)).toBe(false));
  test('the owner confirms one invoice paid by name (holdout2)', () => {
    expect(saysSettled('Nous avons bien reçu votre virement de 840,00 € pour la facture EV-2025-101, merci.')).toBe(true);
    expect(saysSettled('Nous accusons réception de votre chèque concernant la facture 2025-12.')).toBe(true);
    expect(saysSettled("Nous n'avons pas reçu votre virement pour la facture EV-2025-117, qui reste impayée.")).toBe(false);
  });
});

test('a credit note cancelling an invoice names that invoice only', () => {
  const a = "J'ai établi un avoir n° AV-2025-002 de 1 800,00 € TTC qui annule la facture 2025-031 en totalité, et une nouvelle facture n° 2025-038 du 24/03/2025.";
  expect(cancelledNumbers(a, findInvoiceNumbers(a))).toEqual(['2025-031']);
  const b = "Pour mémoire, la facture 2025-031 a été annulée par l'avoir AV-2025-002 : seule la facture 2025-038 reste à régler.";
  expect(cancelledNumbers(b, findInvoiceNumbers(b))).toEqual(['2025-031']);
  const c = 'Invoice INV-4410 has been cancelled; please pay invoice INV-4415 instead.';
  expect(cancelledNumbers(c, findInvoiceNumbers(c))).toEqual(['INV-4410']);
  const d = 'Merci de régler la facture 2025-038 avant le 30.';
  expect(cancelledNumbers(d, findInvoiceNumbers(d))).toEqual([]);
});

test.each([
  'That payment of £980.40 was for our earlier invoice INV-0832, which it has cleared - thank you.',
])('a payment that went to another invoice settles that one: %s', (s) => expect(saysSettled(s)).toBe(true));

test('"réglée le 12/03/2025" says an invoice was paid', () => {
  expect(saysSettled('Acompte de 30 % versé (facture FA-2025-031, réglée le 12/03/2025) :')).toBe(true);
  expect(saysSettled('La facture FA-2025-058 est à régler le 31/05/2025.')).toBe(false);
});
