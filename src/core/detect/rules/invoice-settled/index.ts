/**
 * invoice-settled — a sentence that names an invoice as already paid ("l'acompte (facture 2025-00214) a
 * bien été réglé en juin", "bien reçu votre chèque en règlement de la facture FA-2024-0311", "bien reçu votre virement de 840,00 € pour la facture EV-2025-101"). Such an
 * invoice is left out of the case while others in the thread stay unpaid.
 * @example saysSettled('La facture d\'acompte n° 2024-074 a bien été réglée en avril, merci.') // → true
 */
import { fold } from '../../text/units';
import { asksForPayment } from '../payment-request';

export const id = 'invoice-settled';

const SETTLED = /\b(?:a|ont) (?:bien )?ete (?:reglee?s?|payee?s?|soldee?s?|encaissee?s?)\b|\brecu\b[^.]{0,50}\ben reglement de\b|\bacquittee?s?\b|\breglee? en totalite\b|\bpaid in full\b|\bha(?:s|ve) been (?:paid|settled)\b|\b(?:reglee?s?|payee?s?|acquittee?s?|soldee?s?) le \d|\b(?:paid|settled) on \d|\bwhich (?:it |this |that )?(?:has |have )?(?:cleared|settled)\b|\bpayment of [^.]{0,40}\bwas for (?:our |your |the )?(?:earlier |previous |other )?invoice\b|\b(?:recu|reception (?:de|du)) (?:votre |le |ton |son )?(?:virement|reglement|paiement|cheque)\b[^.]{0,50}\b(?:pour|concernant|relatif a|de) (?:la|votre|notre) facture\b/;

export function saysSettled(text: string): boolean {
  return SETTLED.test(fold(text)) && !asksForPayment(text);
}

// "un avoir … qui annule la facture 2025-031", "la facture 2025-031 a été annulée par l'avoir", "credit note
// … cancelling invoice INV-12", "invoice INV-12 has been cancelled": the number right after or before the word.
const CANCEL_BEFORE = /(?:annul(?:e|ent|ant|ons)|cancel(?:s|ling|led)?|voids?)\s+(?:la |les |the |our |notre |votre |your )?(?:factures?|invoices?)\s*(?:n°|no\.?|#)?\s*$/;
const CANCEL_AFTER = /^\s*,?\s*(?:a ete |est |sont |ont ete |has been |have been |was |were |is )?(?:annulee?s?|cancell?ed|voided)\b/;

/**
 * The invoice numbers a sentence says are cancelled (by a credit note or outright), among `numbers` (each
 * with its offsets in the sentence).
 * @example cancelledNumbers('un avoir qui annule la facture 2025-031 et une nouvelle facture 2025-038', [{ number: '2025-031', start: 29, end: 37 }, { number: '2025-038', start: 63, end: 71 }]) // → ['2025-031']
 */
export function cancelledNumbers(text: string, numbers: readonly { number: string; start: number; end: number }[]): string[] {
  return numbers.filter((h) => CANCEL_BEFORE.test(fold(text.slice(Math.max(0, h.start - 40), h.start)))
    || CANCEL_AFTER.test(fold(text.slice(h.end, h.end + 30)))).map((h) => h.number);
}
