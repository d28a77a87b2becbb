/**
 * payment-request — wording that asks for payment of an invoice or states that it is unpaid, in French
 * and English ("relance", "2e rappel", "reste impayée", "nous n'avons pas encore reçu le règlement",
 * "second reminder", "remains unpaid", "overdue"…), and the tier the wording announces. Written by the
 * owner's side after the due date it is a reminder; written by the other side it makes the owner a payer.
 * @example requestTier('Dernière relance avant mise en demeure') // → 3
 */
import { defineGate } from '../../text/candidates';
import { fold } from '../../text/units';
import { notAnInvoice } from '../invoice-sent';

export const id = 'payment-request';

const ASK = new RegExp([
  String.raw`\brelance\b|\brelanc(?:er|ons|e)\b|\brelances\b`,
  String.raw`\b(?:petit|premier|1er|deuxieme|2e|2eme|2nd|2nde|second|seconde|troisieme|3e|3eme|dernier|nouveau)\s+rappel\b|\brappel\s+(?:amical|n°\s*\d)|\bje me permets de vous rappeler\b`,
  String.raw`\bn'(?:a|ont|avons|ai) (?:pas|toujours pas) (?:encore )?(?:ete )?(?:reglee?s?|payee?s?|honoree?s?)\b`,
  String.raw`\bn'(?:est|sont) (?:toujours |pas encore |toujours pas )?(?:pas )?(?:encore )?(?:reglee?s?|payee?s?)\b`,
  String.raw`\bimpayee?s?\b|\bnon reglee?s?\b|^\s*(?:petit |premier |1er |2e |dernier |nouveau )?rappel\b|\bfactures? (?:echues?|en retard)\b|\bretard de (?:paiement|reglement)\b`,
  String.raw`\bpas (?:encore |toujours )?(?:recu|vu passer|eu) (?:le |votre |de |du )?(?:reglement|paiement|virement)`,
  String.raw`\bne nous (?:est|sont) pas (?:encore )?parvenue?s? en reglement\b`,
  // "le solde de 6 720,00 € … ne nous est pas encore parvenu", "merci de nous indiquer quand le virement pourra être effectué"
  String.raw`\b(?:solde|montant|reglement|paiement|virement)\b[^.]{0,80}\bne nous (?:est|sont) (?:pas|toujours pas) (?:encore )?parvenue?s?\b|\b(?:indiquer|dire|preciser|confirmer) quand (?:le|votre|ce) (?:virement|reglement|paiement)\b`,
  String.raw`\b(?:sans nouvelles|sans retour)\b[^.]{0,60}\b(?:reglement|facture)`,
  String.raw`\bproceder (?:au|a son|a leur|a ce) (?:reglement|paiement)|\bregulariser\b|\b(?:solde|reste|montant) [^.]{0,40}\ba regler\b`,
  String.raw`\b(?:indiquer|communiquer|confirmer|preciser)\b[^.]{0,30}\bdate (?:de |du |a laquelle )?(?:le )?(?:reglement|paiement|virement)`,
  // "je ne vois pas passer la 2025-087 sur mon compte", "I can't see it on our account"
  String.raw`\bne (?:vois|voyons) (?:toujours )?pas (?:passer|arriver)\b|`
    + String.raw`\bechues? depuis\b|\bmise en demeure\b|\b(?:adresser|faire parvenir) (?:votre|le|son) reglement`,
  String.raw`\breminder\b|\boverdue\b|\bpast due\b|\bfinal notice\b|\bfell due\b|\bunpaid invoices?\b|\binvoices? (?:is |are )?(?:still )?unpaid\b|\blate payment of\b`,
  String.raw`\b(?:remains?|still|is) (?:unpaid|outstanding|open)\b|\b(?:has|have) not (?:yet )?been paid\b|\bnot yet (?:been )?paid\b`,
  String.raw`\b(?:haven't|have not|did not|didn't|don't|do not|can't|cannot|can not|couldn't|could not) (?:yet )?(?:received|see|seen|find) (?:a |any |the |your )?(?:payment|remittance)`,
  // "the transfer for invoice FF-2025-031 hasn't arrived yet", "votre virement ne nous est toujours pas parvenu"
  String.raw`\b(?:transfer|payment|remittance|virement|reglement|paiement)\b[^.]{0,60}\b(?:hasn't|has not|have not|haven't|did not|didn't) (?:yet )?(?:arrived|come in|come through|reached us|been received)\b`,
  String.raw`\b(?:please|could you(?: please)?|can you(?: please)?|kindly|would you) (?:process|release|make|send|schedule) (?:the )?payment\b|\barrange (?:for )?(?:the )?payment\b|\bexpected payment date\b|\bwhen (?:we|i) (?:can|could|should) expect (?:it|payment|the payment)\b|\bconfirm when payment\b`,
  String.raw`\bsettle (?:the|this|your|our) (?:invoice|balance|account|amount)\b|\bpayment term has expired\b|\btransfer the amount\b`,
  String.raw`\bkindly (?:settle|remit|pay|arrange)\b|\bsettle the (?:outstanding|overdue|open) (?:amount|balance|sum)\b|\bplease remit\b|\bremit payment\b`,
  String.raw`\b(?:nous|me) regler (?:cette|la|le) (?:somme|montant|solde|facture|difference|reliquat|complement|reste)\b|\bdans l'attente de (?:votre|ce|son) (?:reglement|paiement|virement)\b|\bdelai de (?:paiement|reglement) (?:est )?(?:depasse|expire)\b`,
  // "reste en attente de règlement", "toujours rien reçu pour la FH25-071", "merci de faire le virement",
  // "était à régler le 31 octobre", "pourriez-vous me dire quand le paiement sera fait ?"
  String.raw`\b(?:reste|restent|demeure|demeurent|est toujours|sont toujours) en attente (?:de|du) (?:reglement|paiement|virement)\b`,
  String.raw`\b(?:toujours|encore) (?:ni|aucun|pas de) (?:reglement|paiement|virement)\b|\btoujours rien (?:recu|vu passer|vu arriver)\b|\brien vu arriver\b|\brien recu (?:pour|concernant|de votre part)\b|\btoujours pas (?:de|recu (?:de|le|votre)) (?:reglement|paiement|virement)\b`,
  String.raw`\bmerci de (?:faire|effectuer|proceder a|lancer|nous adresser) (?:le|ce|votre) (?:virement|reglement|paiement)\b`,
  String.raw`\b(?:etait|etaient) (?:a regler|payables?|dues?) (?:le|au|pour le|avant le|fin|depuis)\b|\b(?:me|nous) dire quand (?:le|votre|ce) (?:paiement|reglement|virement)\b`,
].join('|'));

/**
 * Words one of which begins a word of every ASK phrase (see text/candidates): a unit with none does not ask.
 * "relanc" covers relance/relancer, "regle" règlement/régler/réglée, "etai" était(ent).
 */
export const ASK_GATE = defineGate([
  'relanc', 'rappel', 'regle', 'paye', 'impaye', 'honore', 'factur', 'retard', 'paiement', 'virement', 'regulariser', 'echu',
  'demeure', 'rien', 'etai', 'reminder', 'overdue', 'past', 'notice', 'fell', 'unpaid', 'payment', 'outstanding', 'open',
  'paid', 'remit', 'expect', 'settle', 'transfer', 'kindly', 'vois', 'voyons',
], true);

// "Voici la réponse de votre client à notre relance", "il n'a pas répondu à mes rappels": an answer to an
// earlier reminder is named, nothing is asked by these words (the rest of the sentence still may ask).
// "Please disregard our reminder", "merci de ne pas tenir compte de notre relance": a reminder taken back asks nothing.
const DISREGARD = /\b(?:disregard|ignore) (?:our|this|the|my|that) (?:previous |last |earlier )?(?:reminders?|notices?)\b|\bne (?:pas )?tenir compte (?:de|du) (?:notre |ce |cette |la |le |present |presente )?(?:precedente? |derniere? )?(?:rappel|relance)\b/g;

const EARLIER = /\b(?:reponse|repondu|repond|repondre|reaction)\b[^.]{0,60}\b(?:a|de) (?:notre|nos|ma|mes|votre|vos|la|les|cette|ces|mon) (?:precedente?s? |derniere?s? |premiere? |premier |1er |2e |deuxieme |seconde? )?(?:relances?|rappels?)\b/g;

// A follow-up on a quote ("relance devis D-2025-044", "following up on our quote") asks for a signature, not
// for payment of an invoice: nothing is owed yet.
const QUOTE = /\b(?:devis|quotes?|quotations?|estimates?|proposition commerciale|offre de prix)\b/;
// A reminder about missing documents ("je me permets de vous relancer concernant les pièces manquantes")
// asks for paperwork, not money, when it names no payment.
const DOCUMENTS = /\b(?:pieces (?:manquantes|justificatives|comptables)|documents? (?:manquants?|demandes?|comptables)|justificatifs?|releves bancaires|missing documents|paperwork|note de frais)\b/;
const MONEY = /\b(?:reglements?|paiements?|payments?|impayee?s?|unpaid|overdue|virements?|a regler|echue?s?)\b/;
const INVOICE = /\b(?:factures?|invoices?|facturation|impayee?s?|unpaid|overdue|past due)\b/;

const TIER3_STRICT = /\bderniere? (?:relance|rappel)\b|\bdernier avertissement\b|\b(?:3e|3eme|troisieme) (?:relance|rappel)\b|\bfinal (?:notice|reminder)\b|\bthird reminder\b|\blast reminder\b|\b(?:relance|rappel) n° ?3\b/;
const TIER2 = /\b(?:2e|2eme|2nde|deuxieme|seconde?) (?:relance|rappel)\b|\b(?:relance|rappel) n° ?2\b|\bsecond reminder\b|\b2nd reminder\b/;
const TIER4 = /^\s*(?:mise en demeure|formal notice|letter before action)\b/;

/** True when the text asks for payment or states an invoice is unpaid. */
export function asksForPayment(text: string): boolean {
  let f = notAnInvoice(fold(text));
  // Each phrase taken out holds one of these words: without them there is nothing to take out (most sentences).
  if (f.includes('relance') || f.includes('rappel')) f = f.replace(EARLIER, ' ');
  if (f.includes('disregard') || f.includes('ignore') || f.includes('tenir compte')) f = f.replace(DISREGARD, ' ');
  return ASK.test(f) && !(QUOTE.test(f) && !INVOICE.test(f)) && !(DOCUMENTS.test(f) && !MONEY.test(f));
}

/**
 * A reminder sent as a letter in an attachment says so in its file name ("relance-FA-2025-0190.pdf",
 * "Rappel_2_facture.pdf", "Mise en demeure.pdf"), when the mail body only reads "ci-joint notre courrier".
 * @example attachmentAsks('relance-FA-2025-0190.pdf') // → true
 */
export function attachmentAsks(filename: string): boolean {
  const name = filename.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_\-.+]+/g, ' ');
  return /\.(?:pdf|docx?|odt)$/i.test(filename) && asksForPayment(name);
}

/** The tier the wording announces (4 only for a subject that is itself a formal notice), or null. */
export function requestTier(text: string, isSubject = false): number | null {
  const f = fold(text);
  if (isSubject && TIER4.test(f)) return 4;
  if (TIER3_STRICT.test(f)) return 3;
  if (TIER2.test(f)) return 2;
  return null;
}
