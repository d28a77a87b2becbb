/**
 * dispute — the invoice is contested, refused, withheld or was never received: "nous ne pouvons pas
 * régler la facture en l'état", "le montant de votre facture est erroné", "nous n'avons pas reçu votre
 * facture", "we can't process this invoice", "we're holding payment". Waiting for an internal approval is
 * not a dispute.
 * @example disputes("We can't process this invoice as issued.") // → true
 */
import { fold } from '../../text/units';

export const id = 'dispute';

const DISPUTE = new RegExp([
  String.raw`\bne (?:pouvons|peux|pourrons) pas (?:regler|payer|valider|accepter|traiter|honorer)\b`,
  String.raw`\b(?:refusons|contestons|conteste|contestee|refusee|litige|reclamation|en desaccord)\b`,
  String.raw`\b(?:montant|facture|quantite|prix|tarif)\b[^.]{0,60}\b(?:est |sont )?(?:errone|erronee|incorrecte?|faux|fausse)\b`,
  String.raw`\bn'(?:avons|ai) (?:pas|jamais) (?:recu|eu) (?:votre|la|cette|ladite|de) facture\b|\bfacture [^.]{0,20}jamais (?:recue|parvenue)\b`,
  String.raw`\b(?:volontairement )?bloque (?:cette|la|votre) facture\b|\bbloque le (?:reglement|paiement)\b|\bsuspend(?:ons|u) le (?:reglement|paiement)\b`,
  String.raw`\b(?:attendons|en attente d') ?(?:un|d'un) avoir\b|\bfacture rectificative\b|\bpas (?:ete )?terminee?s?\b|\bnon conformes?\b`,
  String.raw`\bne sera (?:mise? en paiement|reglee?|payee?) qu'(?:apres|a reception|une fois)\b`,
  String.raw`\bne correspond (?:pas|en rien) (?:a|au|aux) (?:notre |la |nos |votre )?(?:commande|devis|bon de commande|prestation|livraison)\b|\bpas d'accord (?:avec|sur) (?:le|la|cette|votre) (?:montant|facture|prix)\b`,
  String.raw`\b(?:will not|won't|cannot|can't) pay (?:it |this |the invoice )?until\b|\b(?:don't|do not) recogni[sz]e (?:this|the|your) invoice\b|\b(?:invoice|it) was (?:sent|issued|addressed) to the wrong\b|\barrived damaged\b`,
  String.raw`\b(?:can't|cannot|can not|won't|will not|unable to) (?:process|pay|approve|accept)\b[^.]{0,30}\binvoice\b|\b(?:holding|withholding|withhold|hold) (?:back )?(?:the )?payment\b|\bon hold\b`,
  String.raw`\b(?:dispute|disputed|disputing|query on|incorrect invoice|corrected invoice|wrong amount|never received (?:the|your) invoice|not received (?:the|your|an) invoice|faulty|defective)\b`,
].join('|'));

// "Nous ne contestons pas la facture", "we're not disputing the invoice": a contest denied.
// Refusing only the late-payment penalties or the 40 € indemnity contests no invoice.
const DENIED = /\bn(?:e |')(?:contest|refus)\w*(?: \w+){0,2} pas\b|\b(?:refus|contest)\w* (?:les |des |la |le |vos |nos )?(?:penalites|indemnite|frais de recouvrement|interets de retard|majorations?)\b[^.]*|\b(?:dispute|refuse|contest)s? (?:the |your )?(?:late (?:payment )?(?:fees?|charges?|interest)|penalt(?:y|ies)|compensation fee)\b[^.]*|\bsans (?:la )?contester\b|\b(?:not|never|don't|do not|aren't|are not|isn't) (?:disput|contest|querying)\w*/g;

export function disputes(text: string): boolean {
  return DISPUTE.test(fold(text).replace(DENIED, ' '));
}

// "Nous n'avons jamais reçu cette facture", "we never received the invoice": a dispute that sending the
// invoice again settles ("je vous renvoie la facture", "please find the invoice again") or that the debtor's
// acknowledgement closes ("bien reçue cette fois", "got it now").
const NOT_RECEIVED = /\bn'(?:avons|ai) (?:pas|jamais) (?:recu|eu)\b|\bjamais (?:recue|parvenue)\b|\b(?:never|not) received\b|\bpouvez-vous (?:nous |me )?(?:la |le )?renvoyer\b/;
const RESENT = /\b(?:je|nous) vous (?:la |le )?(?:renvoie|renvoyons|retransmets|retransmettons)\b|\b(?:de nouveau|a nouveau|une nouvelle fois)\b[^.]{0,40}\bfacture\b|\bfacture\b[^.]{0,40}\b(?:de nouveau|a nouveau)\b|\b(?:resend(?:ing)?|re-?sent|sending (?:it|the invoice) again)\b/;
const RECEIVED_NOW = /\bbien recue?s?\b|\b(?:received|got) (?:it|the invoice)(?: now| this time)?\b|\bthis time\b[^.]{0,20}\breceived\b/;

/** True when the dispute is about an invoice that never arrived. @example notReceived("Nous n'avons jamais reçu cette facture.") // → true */
export function notReceived(text: string): boolean {
  return NOT_RECEIVED.test(fold(text));
}

/** True when the owner's text sends the invoice again. @example resendsInvoice('Je vous renvoie la facture en pièce jointe.') // → true */
export function resendsInvoice(text: string): boolean {
  return RESENT.test(fold(text));
}

/** True when the debtor's text acknowledges the invoice now arrived. @example acknowledgesReceipt('Bien reçue cette fois, merci.') // → true */
export function acknowledgesReceipt(text: string): boolean {
  return RECEIVED_NOW.test(fold(text)) && !NOT_RECEIVED.test(fold(text));
}
