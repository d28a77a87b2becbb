import type { Catalog } from '../types';

/** User-facing sentences for the ledger area's problem codes (French first, English too). */
export const messages: Catalog = {
  'ledger-empty': {
    fr: 'Le fichier du grand livre clients est vide.',
    en: 'The ledger file is empty.',
  },
  'ledger-no-header': {
    fr: "Colonnes introuvables : il faut au moins une colonne « N° facture » et une colonne « Montant » ou « Solde » (en-têtes lus : {headers}).",
    en: 'Columns not found: at least an "Invoice" column and an "Amount" or "Balance" column are needed (headers read: {headers}).',
  },
  'ledger-missing-invoice': {
    fr: 'Ligne sans numéro de facture : elle est ignorée.',
    en: 'Line without an invoice number: it is skipped.',
  },
  'ledger-missing-amount': {
    fr: 'Ligne sans montant : elle est ignorée.',
    en: 'Line without an amount: it is skipped.',
  },
  'ledger-bad-amount': {
    fr: 'Montant illisible « {input} » (attendu par exemple 1 234,56 ou 1234.56) : la ligne est ignorée.',
    en: 'Unreadable amount "{input}" (expected e.g. 1,234.56 or 1 234,56): the line is skipped.',
  },
  'ledger-bad-date': {
    fr: 'Date illisible « {input} » dans la colonne « {column} » (attendu par exemple 15/03/2025) : la ligne est ignorée.',
    en: 'Unreadable date "{input}" in column "{column}" (expected e.g. 15/03/2025 or 2025-03-15): the line is skipped.',
  },
  'ledger-bad-currency': {
    fr: 'Devise inconnue « {input} » (attendu un code comme EUR) : la ligne est ignorée.',
    en: 'Unknown currency "{input}" (expected a code such as EUR): the line is skipped.',
  },
  'ledger-bad-quotes': {
    fr: 'Guillemets mal fermés : la ligne ne peut pas être lue.',
    en: 'Unbalanced quotes: the line cannot be read.',
  },
  'ledger-total-line': {
    fr: 'Ligne de total : ce n’est pas une facture, elle est ignorée.',
    en: 'Total line: not an invoice, it is skipped.',
  },
};
