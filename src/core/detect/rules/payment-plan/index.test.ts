import { asksPlan } from '.';

describe('payment-plan', () => {
  test.each([
    "Serait-il possible d'échelonner le règlement des deux factures en trois fois ?",
    'Pourrions-nous payer en 4 mensualités ?',
    'Could we agree a payment plan over three months?',
    'Can we pay in monthly instalments?',
  ])('asks: %s', (s) => expect(asksPlan(s)).toBe(true));
  test.each(['Le virement partira vendredi.', 'Voici notre facture en deux exemplaires.'])('no plan: %s', (s) => expect(asksPlan(s)).toBe(false));
});
