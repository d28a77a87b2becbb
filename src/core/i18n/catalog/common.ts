import type { Catalog } from '../types';

/** User-facing sentences shared by every area. */
export const messages: Catalog = {
  'bad-amount': { fr: 'Montant illisible : « {input} » (attendu par exemple 1200.00).', en: 'Unreadable amount: "{input}" (expected e.g. 1200.00).' },
  'bad-date': { fr: 'Date illisible : « {input} » (attendu AAAA-MM-JJ, par exemple 2025-03-15).', en: 'Unreadable date: "{input}" (expected YYYY-MM-DD, e.g. 2025-03-15).' },
  'unknown-problem': { fr: 'Une erreur inattendue est survenue ({code}).', en: 'An unexpected error occurred ({code}).' },
};
