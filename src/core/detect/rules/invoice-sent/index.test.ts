import { unitsMatching } from '../../text/candidates';
import { SEND_GATE, sendsInvoice } from '.';

describe('invoice-sent', () => {
  test.each([
    'Veuillez trouver ci-joint notre facture F20260023 au format Factur-X.',
    'Voici également la facture n° 1215 du 07/02/2025 pour la phase APD :',
    'Please find attached invoice INV-2026-0107 covering the January support retainer.',
    'Je vous adresse ci-joint la facture correspondant à la mission.',
    'Garage X vous a envoyé la facture n° 2024-PL-0815.',
    'Suite à la pose des luminaires, vous trouverez ci-jointe la facture FA-2026-0120.',
    'Ci-jointes nos factures de mars et la facture FA-2.',
  ])('sends: %s', (s) => expect(sendsInvoice(s)).toBe(true));
  test.each([
    'Pourriez-vous nous faire un devis ?',
    "please don't invoice until you have the PO number",
    'Merci de nous adresser une facture rectificative.',
  ])('does not send: %s', (s) => expect(sendsInvoice(s)).toBe(false));
  test('a pro-forma invoice is an offer, not an invoice sent (holdout2)', () => {
    expect(sendsInvoice('Veuillez trouver ci-jointe notre facture pro forma n° PF-2025-014.')).toBe(false);
    expect(sendsInvoice('Please find attached our pro-forma invoice PF-88.')).toBe(false);
    expect(sendsInvoice('Veuillez trouver ci-jointe notre facture définitive n° FA-2025-201.')).toBe(true);
  });
  // One wording per phrase of the rule: each sends, and the gate lets its unit through.
  test.each([
    'Veuillez trouver ci-joint les éléments de facturation.', 'Ci-joint notre facture.', 'Nous vous transmettons la facture.',
    'Voici enfin ma facture.', 'Nos factures.', 'Votre compte présente un solde DÉBITEUR.', 'Please find attached the invoice.',
    'Our invoices.', 'We are sending our invoice.', 'X vous a transmis une facture.', 'Votre facture est disponible.',
    'Your March invoice is ready.',
  ])('the gate passes: %s', (s) => {
    expect(sendsInvoice(s)).toBe(true);
    expect(unitsMatching([s], SEND_GATE)).toEqual([true]);
  });
});
