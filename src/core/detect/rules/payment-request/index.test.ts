import { asksForPayment, requestTier } from '.';

describe('payment-request', () => {
  test.each([
    "Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement de notre facture FA-1.",
    'Je me permets de vous relancer concernant la facture F2025/118.',
    'la facture FA-2024-0917 de 5 880,00 € TTC, échue le 14/11/2024, reste à ce jour impayée.',
    'Merci de nous indiquer la date de règlement prévue.',
    'Our invoice BW-2024-0219 fell due on 30 April and remains unpaid.',
    "I don't see a payment on our end yet.",
    'Invoice 12 is now 20 days overdue.',
    'Il reste toutefois un solde de 2 480,00 € TTC à régler sur la facture FA-2025-0561.',
    'Rappel : facture FA-2025-0077',
    'Unpaid invoice INV-88',
    'Relance : facture F-12 (suite à notre devis D-3) impayée',
    "Kindly settle the outstanding amount.",
    "Merci de bien vouloir nous régler cette somme.",
    "Nous restons dans l'attente de votre règlement.",
    "Please remit payment.",
    "Le délai de paiement est dépassé.",
  ])('asks: %s', (s) => expect(asksForPayment(s)).toBe(true));
  test.each([
    'Merci de rappeler le numéro de facture dans le libellé du virement.',
    'Veuillez trouver ci-joint notre facture.',
    'Le solde de la facture s’établit donc à 1 944,00 € TTC.',
    'Pour rappel, notre RIB figure sur la facture.',
    'Relance devis D-2025-044',
    'Je me permets de vous relancer au sujet de notre devis du 3 mars.',
    'Reminder: our quote Q-88 expires on Friday.',
    "Kindly find attached our new price list.",
    "Le délai de livraison est dépassé, où en est la commande ?",
  ])('does not ask: %s', (s) => expect(asksForPayment(s)).toBe(false));
  test('tiers', () => {
    expect(requestTier('Relance n°2 : sauf erreur de ma part')).toBe(2);
    expect(requestTier('This is our second reminder')).toBe(2);
    expect(requestTier('Dernière relance avant mise en demeure')).toBe(3);
    expect(requestTier('FINAL NOTICE before legal action')).toBe(3);
    expect(requestTier('Mise en demeure de payer – facture FA-1', true)).toBe(4);
    expect(requestTier('à défaut, nous vous adresserons une mise en demeure')).toBeNull();
  });
});
