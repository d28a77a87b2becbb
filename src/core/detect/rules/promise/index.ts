/**
 * promise — the writer commits to pay: "le virement partira vendredi", "le solde sera réglé avec notre
 * campagne de virements du 30 septembre", "nous vous réglerons dès réception des fonds", "you'll see an
 * ACH on Sept 30", "payment will be made on…". "Je transmets à ma comptable" or "en attente de
 * validation" are not promises. The promised date is read from the sentence, else from its neighbours.
 * @example promisedDate(['Le virement partira vendredi.'], 0, '2025-10-09') // → '2025-10-10'
 */
import type { IsoDate } from '../../../model';
import { findDates } from '../../text/dates';
import { fold } from '../../text/units';

export const id = 'promise';

const PROMISE = new RegExp([
  String.raw`\b(?:le|un|notre|mon|votre|ce) (?:virement|reglement|paiement|cheque)\b[^.]{0,60}\b(?:partira|sera (?:effectue|fait|emis|envoye|execute|programme|realise|vire|poste)|est programme|interviendra|sera mis en paiement)`,
  String.raw`\b(?:sera|seront) (?:reglee?s?|payee?s?|vire(?:e|s)?|mise?s? en paiement)\b(?! qu'apres| que lorsque| des reception de la facture)`,
  String.raw`\b(?:nous|je) (?:vous )?(?:reglerons|reglerai|paierons|paierai|payerons|virerons|procederons au (?:reglement|virement|paiement))\b`,
  String.raw`\b(?:je|nous) (?:fais|ferai|ferons|lance|lancerai|lancerons|programme|programmons|envoie|enverrai) (?:le |un )?(?:virement|reglement|paiement|cheque)\b`,
  String.raw`\b(?:nous|je) (?:allons|vais) (?:vous )?(?:regler|payer|proceder au (?:reglement|virement)|faire le virement)\b`,
  String.raw`\b(?:je|nous) vous (?:regle|reglons|paie|payons)\b[^.]{0,30}\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|semaine|mois|fin|le \d|d'ici|avant|sous)|\bvous serez (?:regle|paye|rembourse)s?\b`,
  String.raw`\b(?:you'll|you will) (?:see|receive|get|have) (?:an? |the |our )?(?:ach|payment|transfer|wire|bacs|check|cheque|remittance)\b`,
  String.raw`\b(?:we|i)(?:'ll| will| are going to| shall) (?:pay|send|release|transfer|process|settle|make) (?:the |your |our |this |it|payment|invoice)`,
  String.raw`\bpayment (?:will|should) (?:be )?(?:made|sent|released|processed|go out|reach you|follow)\b|\bwill be (?:paid|settled|included in (?:our|the) (?:next )?payment run)\b|\bscheduled (?:for )?payment\b`,
  // "scheduled for our 05/15/2025 payment run", "the ACH should reach you by…", "inscrite à notre campagne de virements du 30"
  String.raw`\b(?:scheduled|queued|slated|approved|booked) (?:for|in|into) (?:our |the |next |this )?[^.]{0,25}\b(?:payment run|pay run|payment batch|check run|payment cycle)\b`,
  String.raw`\b(?:ach|wire|transfer|payment|check|cheque|bacs|funds|remittance)\b (?:should|will) (?:reach|arrive|hit|land|clear|be with)\b`,
  String.raw`\b(?:inscrite?s?|programmee?s?|prevue?s?|integree?s?) (?:dans|pour|a|sur) (?:notre|la|le) (?:prochaine? )?(?:campagne|session|echeance|remise|run) de (?:virements|paiements|reglements)\b`,
].join('|'));

// "Pourriez-vous nous indiquer la date à laquelle le virement sera effectué ?" asks, it does not commit.
const QUESTION = /\?|\b(?:quand|when|date a laquelle|indiquer la date|confirmer la date|let (?:me|us) know)\b/;

export function promises(text: string): boolean {
  const f = fold(text);
  return PROMISE.test(f) && !QUESTION.test(f);
}

/** The date a promise names: in its own sentence, else the sentences around it (same message). */
export function promisedDate(units: string[], at: number, day: IsoDate | null): IsoDate | null {
  for (const i of [at, at + 1, at - 1]) {
    const u = units[i];
    if (u === undefined) continue;
    const dates = findDates(u, day).filter((d) => !day || d.date >= day);
    if (dates.length) return dates[0]!.date;
  }
  return null;
}
