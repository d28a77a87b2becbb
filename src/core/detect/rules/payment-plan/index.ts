/**
 * payment-plan — the writer asks to pay in instalments ("échelonner le règlement en trois fois", "régler en trois virements",
 * "payment plan", "pay in instalments", "régler la moitié le 15 juillet et le solde fin août"). When it
 * proposes dates, it also commits to them (see promise).
 * @example asksPlan('Serait-il possible d\'échelonner le règlement en trois fois ?') // → true
 */
import { fold } from '../../text/units';

export const id = 'payment-plan';

const PLAN = /\bechelonn(?:er|ement)\b|\ben (?:deux|trois|quatre|cinq|six|plusieurs|\d) (?:fois|versements|mensualites|echeances|virements|paiements|reglements|prelevements|cheques)\b|\bin (?:two|three|four|five|six|\d) (?:payments|transfers|instal?lments)\b|\bpaiement fractionne\b|\bplan de (?:paiement|reglement)\b|\bpayment plan\b|\b(?:in|by|over) (?:\w+ )?(?:monthly )?instal?lments\b|\bspread (?:the )?(?:payment|payments|cost)\b|\b(?:[2-9]|deux|trois|quatre|cinq|six) ?(?:x|fois) ?\d{2,6}(?:[.,]\d{2})? ?(?:€|eur|euros|\$|£)|\b(?:la moitie|un tiers|une (?:premiere )?partie|un premier (?:versement|virement)|half)\b[^.]{0,80}\b(?:le solde|le reste|the rest|the balance|the remainder)\b/;

export function asksPlan(text: string): boolean {
  return PLAN.test(fold(text));
}
