/**
 * invoice-sent — wording of someone sending their own invoice ("veuillez trouver ci-joint notre
 * facture", "voici la facture", "please find attached invoice", "our invoice", "votre compte client
 * présente le solde débiteur") or a billing tool sending one on a seller's behalf ("vous a envoyé la
 * facture", "your invoice is ready"). It tells who issued the invoice, never who owes what by itself.
 * @example sendsInvoice('Veuillez trouver ci-joint notre facture F20260023.') // → true
 */
import { defineGate } from '../../text/candidates';
import { fold } from '../../text/units';

export const id = 'invoice-sent';

const SEND = new RegExp([
  String.raw`\b(?:veuillez |vous )?trouver(?:ez)? (?:ci-jointe?s?|ci-dessous|en piece jointe|ci-apres|ici)\b[^.]{0,80}\b(?:facture|facturation)`,
  String.raw`\b(?:ci-jointe?s?|ci-dessous)\b[^.]{0,30}\b(?:notre|la|ma) facture\b`,
  String.raw`\b(?:je|nous) vous (?:transmets|transmettons|adresse|adressons|envoie|envoyons|joins|joignons|remets)\b[^.]{0,80}\bfacture`,
  String.raw`\bvoici (?:egalement |donc |enfin )?(?:la|notre|ma) facture\b|\belements de facturation\b`,
  String.raw`\b(?:notre|ma|nos|mes) factures?\b|\bsolde debiteur\b`,
  String.raw`\b(?:please find|attached (?:you will find|is|please find)|enclosed (?:is|please find)|we attach|i attach|here is)\b[^.]{0,50}\binvoice`,
  String.raw`\b(?:our|my) invoices?\b|\bwe are sending our invoices?\b`,
  String.raw`\bvous a (?:envoye|adresse|transmis) (?:la|une|sa|votre) facture\b|\bvotre facture (?:sera|est) disponible\b`,
  String.raw`\byour [^.]{0,30}\binvoice\b[^.]{0,40}\bis (?:ready|available|attached)\b`,
].join('|'));

/** Words one of which begins a word of every SEND phrase (see text/candidates). */
export const SEND_GATE = defineGate(['factur', 'invoice', 'debiteur'], true);

// A pro-forma invoice is a priced offer (nothing is owed until the real invoice): read it as a quote.
const PRO_FORMA = /\b(?:(?:factures?|invoices?) )?pro[- ]?forma(?: (?:factures?|invoices?))?\b/g;

/** Folded text with "facture pro forma" / "pro-forma invoice" read as "devis". @example notAnInvoice('notre facture pro forma') // → 'notre devis' */
export function notAnInvoice(folded: string): string {
  return folded.includes('forma') ? folded.replace(PRO_FORMA, 'devis') : folded; // every match holds "forma"
}

export function sendsInvoice(text: string): boolean {
  return SEND.test(notAnInvoice(fold(text)));
}
