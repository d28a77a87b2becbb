import { acknowledgesReceipt, disputes, notReceived, resendsInvoice } from '.';

describe('dispute', () => {
  test.each([
    "Nous ne pouvons pas régler la facture FA-2024-0917 en l'état.",
    'le montant de votre facture SI-2025-0219 est erroné',
    "Nous n'avons pas reçu votre facture n° 2025-047.",
    "We can't process this invoice as issued.",
    "We're holding payment on INV-20871 for now.",
    'Nous contestons cette facture : la prestation n’a pas été réalisée.',
    "The goods arrived damaged, we will not pay until replaced.",
    "Cette facture ne correspond pas à notre commande.",
    "We don't recognise this invoice.",
    "Nous ne sommes pas d'accord avec le montant facturé.",
    "This invoice was sent to the wrong entity.",
  ])('disputes: %s', (s) => expect(disputes(s)).toBe(true));
  test.each([
    'La facture est enregistrée et en attente de validation.',
    'Bonjour, je transmets à ma comptable.',
    'Le virement partira vendredi.',
    "La livraison correspond bien à notre commande.",
    "We recognise the invoice and will pay it on Friday.",
  ])('no dispute: %s', (s) => expect(disputes(s)).toBe(false));
  test('a never-received invoice is settled by resending it or by the debtor acknowledging it', () => {
    expect(notReceived("Nous n'avons jamais reçu cette facture, pouvez-vous nous la renvoyer ?")).toBe(true);
    expect(notReceived('Le montant de votre facture est erroné.')).toBe(false);
    expect(resendsInvoice('Je vous renvoie la facture 2025-031 en pièce jointe.')).toBe(true);
    expect(resendsInvoice('Please find attached the invoice again, resending it now.')).toBe(true);
    expect(resendsInvoice('Merci de procéder au règlement.')).toBe(false);
    expect(acknowledgesReceipt('Bien reçue cette fois, merci.')).toBe(true);
    expect(acknowledgesReceipt("Nous n'avons toujours pas reçu la facture.")).toBe(false);
  });
});

test('"we\'re disputing the hours billed" contests the invoice', () => {
  expect(disputes("We're disputing the hours billed on invoice HC-0457.")).toBe(true);
});

test('a contest denied is no dispute', () => {
  expect(disputes('Nous avons bien pris note de vos relances et nous ne contestons pas la facture BEF-2025-029.')).toBe(false);
  expect(disputes("We're not disputing the invoice, we just need more time.")).toBe(false);
  expect(disputes('Nous contestons la facture BEF-2025-029.')).toBe(true);
});

test('refusing only the penalties or the 40 € indemnity contests no invoice', () => {
  expect(disputes("En revanche, nous refusons les pénalités de 9,17 € et l'indemnité de 40 €.")).toBe(false);
  expect(disputes('Nous ne contestons évidemment pas la facture IV-2025-0457 ni son montant.')).toBe(false);
  expect(disputes('We dispute the late payment fee, not the invoice.')).toBe(false);
  expect(disputes('Nous refusons la facture IV-2025-0457.')).toBe(true);
});
