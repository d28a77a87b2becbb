import { promisedDate, promises, withdrawsPromise } from '.';

describe('promise', () => {
  test.each([
    'C\'est validé : le virement de 3 600 € partira vendredi.',
    'Le solde de 1 944,00 € sera réglé avec notre campagne de virements du 30 septembre.',
    "We pay vendors on the 30th, so you'll see an ACH for the full $4,750 on Sept 30.",
    'Nous vous réglerons par virement dès réception des fonds.',
    'Payment will be made on 12 May.',
    'Je fais le virement la semaine prochaine.',
    "Je vous règle la semaine prochaine.",
    "Vous serez réglé fin de semaine.",
  ])('promises: %s', (s) => expect(promises(s)).toBe(true));
  test.each([
    'Bonjour, je transmets à ma comptable qui revient lundi.',
    'La facture est en attente de validation par le service exécutant.',
    "la facture ne sera mise en paiement qu'après constat du conseil syndical.",
    'Pourriez-vous nous indiquer la date à laquelle le virement sera effectué ?',
    'Could you let us know when payment will be made?',
    "Je vous règle cette facture ?",
    "Vous serez remboursé si le colis est perdu ?",
  ])('no promise: %s', (s) => expect(promises(s)).toBe(false));
  test('the promised date: in the sentence, else around it', () => {
    expect(promisedDate(['Le virement partira vendredi.'], 0, '2025-10-09')).toBe('2025-10-10');
    expect(promisedDate(['La banque annonce les fonds pour le 15 juillet.', 'Nous vous réglerons à réception.'], 1, '2024-07-01')).toBe('2024-07-15');
    expect(promisedDate(['Nous paierons bientôt.'], 0, '2024-07-01')).toBeNull();
  });
  test.each([
    'Invoice CA-1187 is now approved and scheduled for our 05/15/2025 payment run.',
    'The ACH should reach you by 05/16/2025.',
    'La facture est inscrite dans notre prochaine campagne de virements.',
  ])('promises (holdout2 wordings): %s', (s) => expect(promises(s)).toBe(true));
  test('a scheduled-payment question is no promise', () => {
    expect(promises('Is it scheduled for your next payment run?')).toBe(false);
  });
});

describe('promise wordings of the third holdout', () => {
  test.each([
    'Je mets la facture en paiement ce vendredi 11 juillet.',
    "Your invoice missed our May payment run, but it's approved now and will go out in our next run on Friday 13 June.",
  ])('promises: %s', (s) => expect(promises(s)).toBe(true));
  test.each([
    "Je suis désolé, mais finalement le virement ne pourra pas partir demain comme je vous l'avais annoncé.",
    'Nous ne sommes plus autorisés à régler les créances nées antérieurement au jugement d\'ouverture.',
    'We are unable to pay this invoice this month.',
  ])('takes a promise back: %s', (s) => expect(withdrawsPromise(s)).toBe(true));
  test.each([
    'Le virement ne pourra partir que le 15.',
    'Nous ne pourrons pas régler avant le 15, le virement partira ce jour-là.',
    'Je ne pourrai pas être présent à la réunion de lundi.',
    "We can't pay before the 15th.",
  ])('takes nothing back: %s', (s) => expect(withdrawsPromise(s)).toBe(false));
});

test('"le solde … partira avec notre virement du vendredi 27 juin" promises', () => {
  expect(promises('Bien reçu l\'avoir, merci. Le solde de 6 739,20 € partira avec notre virement fournisseurs du vendredi 27 juin.')).toBe(true);
  expect(promises('Le solde de 6 739,20 € reste dû.')).toBe(false);
});

test.each([
  'Il bonifico di 3.450,00 € relativo alla fattura TB-2025-0207 sarà eseguito venerdì 4 luglio 2025.',
  'La transferencia se realizará el viernes 4 de julio.',
  'Je vous fais le virement de 438 € d\'ici la fin de la semaine.',
])('promises (a foreign client, "je vous fais le virement"): %s', (s) => expect(promises(s)).toBe(true));

test('"will go out via Bill.com next Tuesday" promises', () => {
  expect(promises("It's approved now and will go out via Bill.com next Tuesday.")).toBe(true);
  expect(promises('The newsletter will go out to all members.')).toBe(false);
});

test('payment hanging on the debtor being paid is no promise; settling an invoice by its reference is', () => {
  expect(promises('Nous procéderons au règlement de votre facture à réception du paiement de notre facture client.')).toBe(false);
  expect(promises("We'll pay as soon as our customer pays us.")).toBe(false);
  expect(promises('Nous procéderons au règlement de votre facture vendredi.')).toBe(true);
  expect(promises('We will settle HD-1142 in full by then.')).toBe(true);
});

test('"voir capture du virement programmé pour le 12" promises', () => {
  expect(promises('Voir capture du virement programmé pour le 12.')).toBe(true);
});
