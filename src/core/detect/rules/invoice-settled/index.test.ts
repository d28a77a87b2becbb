import { saysSettled } from '.';

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
