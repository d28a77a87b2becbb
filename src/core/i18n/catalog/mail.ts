import type { Catalog } from '../types';

/** User-facing sentences for the mail area's problem codes (French first, English too). */
export const messages: Catalog = {
  'mail-unreadable': {
    fr: "Ce fichier n'est pas un e-mail lisible : il est vide, endommagé ou n'est pas au format .eml ou .mbox.",
    en: 'This file is not a readable e-mail: it is empty, damaged, or not in .eml or .mbox format.',
  },
  'mail-unsupported-format': {
    fr: '« {name} » est un message Outlook (.msg), que Relance ne lit pas : enregistrez-le au format .eml (Fichier › Enregistrer sous) puis réessayez.',
    en: '"{name}" is an Outlook message (.msg), which Relance cannot read: save it as .eml (File › Save As) and try again.',
  },
};
