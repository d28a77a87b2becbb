import { paymentStatement } from '.';

describe('paid', () => {
  test.each([
    ['Le virement a été effectué ce jour.', 'payer'],
    ['Payment of £8,640.00 was released today by BACS.', 'payer'],
    ['We paid EUR 250,33 on 23 January 2015.', 'payer'],
    ['Réglée par chèque posté le 2 mai.', 'payer'],
    ['Nous avons bien reçu votre règlement, merci.', 'payee'],
    ['Payment received for invoice INV-9.', 'payee'],
    ["We've processed the payment today by BACS.", 'payer'],
    ['I have just processed your payment.', 'payer'],
    ["Bonjour, c'est réglé ce matin par virement.", 'payer'],
    ['La facture a été réglée hier.', 'payer'],
    ["Please find our remittance advice attached.", "payer"],
    ["Payment has gone out today.", "payer"],
    ["The funds were transferred this morning.", "payer"],
    ["Virement fait ce jour.", "payer"],
    ["Nous venons de régler la facture.", "payer"],
    ["Paid today, thanks.", "payer"],
    ["We have made the payment.", "payer"],
  ])('%s', (s, who) => expect(paymentStatement(s)).toBe(who));
  test.each([
    "Nous n'avons pas encore reçu le règlement de notre facture.",
    'Si le règlement est déjà parti, merci de ne pas tenir compte de ce message.',
    "Ce n'est pas encore réglé, je relance la compta.",
    'We will process the payment next week.',
    'Nous avons bien reçu votre virement partiel de 1 000,00 €.',
    'Je viens de faire un premier virement de 1 000 € ce jour.',
    'If you have already paid, please disregard this reminder.',
    "Could you send us the remittance advice once paid?",
    "Nous venons de recevoir votre relance.",
    "Please make the payment this week.",
  ])('not a payment: %s', (s) => expect(paymentStatement(s)).toBeNull());
  test.each([
    ["C'est parti ce matin, désolé pour le retard", 'payer'],
    ['Nous accusons bonne réception de votre virement de 2 340,00 € reçu le 14/10/2025.', 'payee'],
    ['Votre règlement du 14/10, qui solde la facture GF-2025-0456, nous est bien parvenu.', 'payee'],
  ])('holdout2 wordings: %s', (s, who) => expect(paymentStatement(s)).toBe(who));
  test.each([
    "C'est parti pour le chantier de lundi.",
    'Le solde de la facture reste à régler.',
  ])('holdout2 look-alikes, no statement: %s', (s) => expect(paymentStatement(s)).toBeNull());
});

test.each([
  ["Your payment of CHF 1'250.50 was received on 3 June, but our bank matched it to another invoice.", 'payee'],
  'Invoice AG-25-0147 is now marked as settled on our side.',
  ['Our system shows invoice AG-25-0147 as paid on 2 June 2025.', 'payer'],
].map((x) => (Array.isArray(x) ? x : [x, 'payee'])))('%s → %s', (s, who) => expect(paymentStatement(s)).toBe(who));
test('a balance that will be paid by transfer is a promise, not a payment', () => {
  expect(paymentStatement('Le solde de 750,50 $ vous sera payé par virement Interac au plus tard le 20 juin.')).toBeNull();
  expect(paymentStatement('La facture a été réglée par virement ce matin.')).toBe('payer');
});

test.each([
  ['Le chèque de 862,40 € est dans le courrier depuis hier.', 'payer'],
  ['The cheque is in the post.', 'payer'],
  ['Nous certifions avoir reçu le 13 janvier 2025 le règlement intégral de notre facture 2024-311.', 'payee'],
  ['Cette facture est donc soldée et il ne reste aucune somme due.', 'payee'],
])('%s → %s', (s, who) => expect(paymentStatement(s)).toBe(who));
