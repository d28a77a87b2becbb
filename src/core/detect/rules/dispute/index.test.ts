import { disputes } from '.';

describe('dispute', () => {
  test.each([
    "Nous ne pouvons pas régler la facture FA-2024-0917 en l'état.",
    'le montant de votre facture SI-2025-0219 est erroné',
    "Nous n'avons pas reçu votre facture n° 2025-047.",
    "We can't process this invoice as issued.",
    "We're holding payment on INV-20871 for now.",
    'Nous contestons cette facture : la prestation n’a pas été réalisée.',
  ])('disputes: %s', (s) => expect(disputes(s)).toBe(true));
  test.each([
    'La facture est enregistrée et en attente de validation.',
    'Bonjour, je transmets à ma comptable.',
    'Le virement partira vendredi.',
  ])('no dispute: %s', (s) => expect(disputes(s)).toBe(false));
});
