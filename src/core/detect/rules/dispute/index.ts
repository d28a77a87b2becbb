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
  String.raw`\b(?:can't|cannot|can not|won't|will not|unable to) (?:process|pay|approve|accept)\b[^.]{0,30}\binvoice\b|\b(?:holding|withholding|withhold|hold) (?:back )?(?:the )?payment\b|\bon hold\b`,
  String.raw`\b(?:dispute|disputed|query on|incorrect invoice|corrected invoice|wrong amount|never received (?:the|your) invoice|not received (?:the|your|an) invoice|faulty|defective)\b`,
].join('|'));

export function disputes(text: string): boolean {
  return DISPUTE.test(fold(text));
}
