import type { Catalog } from '../types';

/** User-facing sentences for the einvoice area's problem codes (French first, English too). */
export const messages: Catalog = {
  'einvoice-empty': {
    fr: 'Le fichier de la facture est vide.',
    en: 'The invoice file is empty.',
  },
  'einvoice-unknown-format': {
    fr: "Ce fichier n'est ni un PDF ni une facture électronique XML (Factur-X, ZUGFeRD, UBL ou CII).",
    en: 'This file is neither a PDF nor an XML e-invoice (Factur-X, ZUGFeRD, UBL or CII).',
  },
  'einvoice-bad-xml': {
    fr: 'Le XML de la facture est mal formé (ligne {line}) : il ne peut pas être lu.',
    en: 'The invoice XML is malformed (line {line}) and cannot be read.',
  },
  'einvoice-not-invoice': {
    fr: "Ce XML n'est pas une facture électronique reconnue (élément racine « {root} », attendu une facture CII ou UBL).",
    en: 'This XML is not a recognised e-invoice (root element "{root}", expected a CII or UBL invoice).',
  },
  'einvoice-pdf-unreadable': {
    fr: 'Le PDF est illisible ou endommagé (fichier tronqué ou corrompu).',
    en: 'The PDF is unreadable or damaged (truncated or corrupt file).',
  },
  'einvoice-pdf-encrypted': {
    fr: 'Le PDF est protégé par un mot de passe : il ne peut pas être lu.',
    en: 'The PDF is password-protected and cannot be read.',
  },
  'einvoice-pdf-unavailable': {
    fr: "Le lecteur de PDF n'a pas pu être chargé ; réessayez plus tard.",
    en: 'The PDF reader could not be loaded; please try again later.',
  },
  'einvoice-no-facts': {
    fr: "Aucune donnée de facture trouvée dans ce PDF : pas de Factur-X/ZUGFeRD intégré, et ni numéro ni montant lisibles dans le texte.",
    en: 'No invoice data found in this PDF: no embedded Factur-X/ZUGFeRD, and no readable number or amount in its text.',
  },
};
