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
});
