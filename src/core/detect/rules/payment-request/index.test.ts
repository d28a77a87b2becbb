import { unitsMatching } from '../../text/candidates';
import { ASK_GATE, asksForPayment, attachmentAsks, requestTier } from '.';

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
  // Found on the blind holdout (holdout2): reminders worded without "relance"/"impayée".
  test.each([
    'En revanche, la facture EV-2025-117 de 1 296,00 €, échue le 15/04/2025, reste en attente de règlement : merci de faire le nécessaire.',
    'Toujours rien reçu pour la FH25-071 de 1 740,00 €.',
    'Merci de faire le virement rapidement.',
    "La facture SL-2025-032 (960,00 € TTC) était à régler le 31 octobre.",
    'Pourriez-vous me dire quand le paiement sera fait ?',
    'Malgré notre premier rappel du 30 mai, la facture demeure en attente de paiement.',
  ])('asks (holdout2 wordings): %s', (s) => expect(asksForPayment(s)).toBe(true));
  test.each([
    // An answer to an earlier reminder, forwarded to the firm's own client, names the reminder and asks nothing.
    'Voici ci-dessous la réponse de votre client la SCI Les Tilleuls à notre relance.',
    "Il n'a jamais répondu à nos relances.",
    // A pro-forma invoice is an offer: a deposit "à régler" on it is not an unpaid invoice.
    'Relance : facture pro forma PF-2025-014, acompte à régler avant fabrication',
    'Merci de nous dire quand la livraison sera faite.',
  ])('does not ask (holdout2 look-alikes): %s', (s) => expect(asksForPayment(s)).toBe(false));
  test('a letter attached as the reminder is read from its file name', () => {
    expect(['relance-FA-2025-0190.pdf', 'Rappel_2_facture_1207.pdf', 'Mise en demeure.docx'].map(attachmentAsks)).toEqual([true, true, true]);
    expect(['FA-2025-0190.pdf', 'devis-relance.pdf', 'relance.png', 'Conditions générales.pdf'].map(attachmentAsks)).toEqual([false, false, false, false]);
  });
  // One wording per phrase of the rule: each asks, and the gate lets its unit through (a unit the gate stops
  // is never read by the rule, so a phrase without a gate word would be lost).
  test.each([
    'Je vous relance.', 'Petit rappel amical.', "La facture n'a toujours pas été honorée.", "Elles n'ont pas encore été réglées.",
    "Elle n'est toujours pas payée.", 'Elle est IMPAYÉE', 'Facture non réglée.', 'Rappel : facture 12', 'Factures échues.',
    'Retard de paiement.', "Nous n'avons pas encore vu passer le virement.", 'Il ne nous est pas parvenu en règlement.',
    'Sans retour de votre part concernant la facture.', 'Merci de procéder au paiement.', 'Merci de régulariser.',
    'Le montant restant est à régler.', 'Merci de nous confirmer la date de virement.', 'Échue depuis mars.', 'Mise en demeure.',
    'Merci de faire parvenir votre règlement.', 'Reminder.', 'Overdue.', 'Past due.', 'Final notice.', 'It fell due.',
    'Unpaid invoices.', 'The invoice is still unpaid.', 'Late payment of invoice 12.', 'It remains outstanding.', 'It is open.',
    'It has not been paid.', 'Not yet paid.', "We haven't seen any remittance.", 'Please arrange payment.',
    'Tell us when we could expect payment.', 'Please confirm when payment leaves.', 'Please settle the balance.', 'Payment term has expired.',
    'Please transfer the amount.', 'Kindly pay.', 'Please remit.', 'Merci de nous régler cette somme.',
    "Dans l'attente de votre virement.", 'Le délai de règlement est expiré.', 'Elle est toujours en attente de paiement.',
    'Toujours rien reçu.', 'Rien reçu de votre part.', 'Toujours pas de règlement.', 'Merci de lancer le virement.',
    'Elle était payable le 3.', 'Pouvez-vous nous dire quand le règlement partira ?',
  ])('the gate passes: %s', (s) => {
    expect(asksForPayment(s)).toBe(true);
    expect(unitsMatching([s], ASK_GATE)).toEqual([true]);
  });
  test('a unit with none of the gate words is not read', () => {
    expect(unitsMatching(['Bonjour.', 'Voici le programme de la réunion.', 'Relance prévue.'], ASK_GATE)).toEqual([false, false, true]);
  });
});

test.each([
  "I can't see a payment come in yet – could you check where it's got to?",
  'We could not find any payment for invoice LS-0923.',
])('"cannot see a payment" asks for it: %s', (s) => expect(asksForPayment(s)).toBe(true));

test.each([
  "I checked with our bank this morning and the transfer for invoice FF-2025-031 hasn't arrived yet.",
  "The payment for invoice 2025-118 has not come through.",
])('a payment that has not arrived is asked for: %s', (s) => expect(asksForPayment(s)).toBe(true));
test.each([
  'Invoice AG-25-0147 is now marked as settled on our side. Please disregard our reminder.',
  'Merci de ne pas tenir compte de notre relance.',
])('a reminder taken back asks nothing: %s', (s) => expect(asksForPayment(s)).toBe(false));

test('"nous n\'avons toujours ni règlement ni réponse" asks for payment', () => {
  expect(asksForPayment("Corinne vous a écrit le 5 juin et nous n'avons toujours ni règlement ni réponse.")).toBe(true);
});

test.each([
  'Sauf erreur de notre part, le solde de 6 720,00 € TTC de la facture FA-2025-058 ne nous est pas encore parvenu.',
  'Merci de nous indiquer quand le virement pourra être effectué.',
  'Now that you have it, could you please process payment of invoice BHT-2025-052 ($2,375.00)?',
])('asks for payment (sixth holdout): %s', (s) => expect(asksForPayment(s)).toBe(true));
test('a reminder about missing documents asks for paperwork, not money', () => {
  expect(asksForPayment('Je me permets de vous relancer concernant les pièces manquantes pour la clôture de l\'exercice.')).toBe(false);
  expect(asksForPayment('Je me permets de vous relancer concernant le règlement de la facture FA-1.')).toBe(true);
});

test.each([
  'Dis, je ne vois pas passer la 2025-087 (1 920 €, échéance 15/05) sur mon compte.',
  'Toujours rien vu arriver pour la 2025-087 de mon côté.',
])('reminders between partners who say "tu": %s', (s) => expect(asksForPayment(s)).toBe(true));

test('asking for the difference a short payment left is a reminder', () => {
  expect(asksForPayment('Pourriez-vous nous régler la différence de 17,50 € afin de solder la facture FA-2025-0231 ?')).toBe(true);
});
