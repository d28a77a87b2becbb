import { asksPlan } from '.';

describe('payment-plan', () => {
  test.each([
    "Serait-il possible d'échelonner le règlement des deux factures en trois fois ?",
    'Pourrions-nous payer en 4 mensualités ?',
    'Could we agree a payment plan over three months?',
    'Can we pay in monthly instalments?',
  ])('asks: %s', (s) => expect(asksPlan(s)).toBe(true));
  test.each(['Le virement partira vendredi.', 'Voici notre facture en deux exemplaires.'])('no plan: %s', (s) => expect(asksPlan(s)).toBe(false));
  test('instalments named by the means of payment (holdout2)', () => {
    expect(asksPlan("Je vous propose de régler en trois virements de 1 600,00 € : aujourd'hui, le 28 février et le 31 mars.")).toBe(true);
    expect(asksPlan('We can pay this in two payments, half now and half on June 30.')).toBe(true);
    expect(asksPlan('Le virement de 1 600,00 € est parti ce matin.')).toBe(false);
  });
});

test.each([
  'Nous vous proposons de régler la moitié, soit 2 310 €, le 15 juillet, et le solde fin août, par virement.',
  'We can pay half now and the balance at the end of next month.',
])('a plan in two parts: %s', (s) => expect(asksPlan(s)).toBe(true));
test('a balance alone is no plan', () => {
  expect(asksPlan('Le solde de 1 200 € reste à régler.')).toBe(false);
  expect(asksPlan('As part of our audit, the balance was confirmed.')).toBe(false);
});

test('"3 x 500 €" proposes a plan', () => {
  expect(asksPlan('Je vous propose de régler en 3 x 500 € : le 30/06, le 31/07 et le 31/08.')).toBe(true);
  expect(asksPlan('Format 3 x 4 cm.')).toBe(false);
});
