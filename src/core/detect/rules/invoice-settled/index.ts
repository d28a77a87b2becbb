/**
 * invoice-settled — a sentence that names an invoice as already paid ("l'acompte (facture 2025-00214) a
 * bien été réglé en juin", "bien reçu votre chèque en règlement de la facture FA-2024-0311", "bien reçu votre virement de 840,00 € pour la facture EV-2025-101"). Such an
 * invoice is left out of the case while others in the thread stay unpaid.
 * @example saysSettled('La facture d\'acompte n° 2024-074 a bien été réglée en avril, merci.') // → true
 */
import { fold } from '../../text/units';
import { asksForPayment } from '../payment-request';

export const id = 'invoice-settled';

const SETTLED = /\b(?:a|ont) (?:bien )?ete (?:reglee?s?|payee?s?|soldee?s?|encaissee?s?)\b|\brecu\b[^.]{0,50}\ben reglement de\b|\bacquittee?s?\b|\breglee? en totalite\b|\bpaid in full\b|\bha(?:s|ve) been (?:paid|settled)\b|\b(?:recu|reception (?:de|du)) (?:votre |le |ton |son )?(?:virement|reglement|paiement|cheque)\b[^.]{0,50}\b(?:pour|concernant|relatif a|de) (?:la|votre|notre) facture\b/;

export function saysSettled(text: string): boolean {
  return SETTLED.test(fold(text)) && !asksForPayment(text);
}
