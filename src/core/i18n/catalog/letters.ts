import type { Catalog } from '../types';

/** User-facing sentences for the letters area's problem codes (French first, English too). */
export const messages: Catalog = {
  'letter-nothing-to-send': {
    fr: `Aucune relance à envoyer pour ce fil (étape suivante : {stepFr}) ; choisissez un niveau de relance pour en rédiger une quand même.`,
    en: `No reminder to send for this thread (next step: {stepEn}); choose a reminder tier to draft one anyway.`,
  },
  'letter-no-invoice': {
    fr: `Aucune facture impayée n'a été trouvée dans ce fil : la relance ne peut pas être rédigée.`,
    en: `No unpaid invoice was found in this thread: the reminder cannot be drafted.`,
  },
  'letter-missing-amount': {
    fr: `Le montant restant dû de la facture {invoice} est inconnu : indiquez-le pour rédiger la relance (aucun montant n'est deviné).`,
    en: `The amount still due on invoice {invoice} is unknown: supply it to draft the reminder (no amount is guessed).`,
  },
  'letter-missing-due-date': {
    fr: `La date d'échéance de la facture {invoice} est inconnue : indiquez-la pour rédiger la relance (aucune date n'est devinée).`,
    en: `The due date of invoice {invoice} is unknown: supply it to draft the reminder (no date is guessed).`,
  },
  'letter-mentions-missing': {
    fr: `Le modèle personnalisé omet des mentions obligatoires ({mentions}) : il ne sera pas utilisé.`,
    en: `The custom template leaves out mandatory mentions ({mentions}): it will not be used.`,
  },
  'override-syntax': {
    fr: `Le modèle personnalisé est illisible (ligne {line}) : {detail}.`,
    en: `The custom template cannot be read (line {line}): {detail}.`,
  },
  'override-unescaped': {
    fr: `Le modèle personnalisé insère « {expression} » sans échappement ({{{ }}} ou {{& }}) : c'est interdit, les données du débiteur doivent rester du texte.`,
    en: `The custom template inserts "{expression}" unescaped ({{{ }}} or {{& }}): not allowed, the debtor's data must stay text.`,
  },
  'override-unknown-partial': {
    fr: `Le modèle personnalisé appelle un bloc inconnu « {name} ».`,
    en: `The custom template calls an unknown block "{name}".`,
  },
  'override-forbidden': {
    fr: `Le modèle personnalisé utilise une construction non autorisée ({construct}).`,
    en: `The custom template uses a construct that is not allowed ({construct}).`,
  },
  'override-render': {
    fr: `Le modèle personnalisé ne peut pas être appliqué à cette relance : {detail}.`,
    en: `The custom template cannot be applied to this reminder: {detail}.`,
  },
  'override-unsafe-html': {
    fr: `Le modèle personnalisé contient un élément interdit dans un courriel ({what}) : balises script, feuilles de style externes, images et ressources distantes ne sont pas acceptées.`,
    en: `The custom template contains something not allowed in a mail ({what}): scripts, external style sheets, images and remote resources are refused.`,
  },
  'letter-too-large': {
    fr: `La relance dépasse la taille acceptée par Outlook ({size} Ko pour 32 Ko au plus).`,
    en: `The reminder exceeds the size Outlook accepts ({size} KB, 32 KB at most).`,
  },
};
