/**
 * due-date — the due date of an invoice: an explicit date after "échéance", "échue le", "payable au", "à régler le", "règlement attendu fin juin",
 * "prélèvement SEPA du", "LCR présentée le" (a debit is presented on the due date),
 * "due on", "Payment due:" (strong), after "au plus tard", "by" (weak: it may be a reminder's deadline);
 * or a payment term ("payable à 30 jours date de facture", "45 jours fin de mois", "payable à réception", "30 days from the
 * invoice date") applied to the invoice date ("facture F2025/118 du 04/06/2025", "invoice date (12 January 2026)").
 * @example readDueDates('Facture n° 1207 du 10/01/2025 : 4 320,00 € TTC, échue le 09/02/2025', '2025-03-12')
 * // → { due: [{ date: '2025-02-09', weight: 3 }], issue: ['2025-01-10'], term: null }
 */
import type { IsoDate } from '../../../model';
import { addDays, endOfMonth } from '../../../util';
import { findDates } from '../../text/dates';
import { fold } from '../../text/units';

export const id = 'due-date';

export interface Term { days: number; endOfMonth: boolean; fromInvoiceDate: boolean }
export interface DueReading { due: { date: IsoDate; weight: number }[]; issue: IsoDate[]; term: Term | null }

const STRONG = /(?:echeance|echue?s?|echoit|arrivee? a echeance|payable(?: au| le| avant le| jusqu'au)?|a regler (?:avant le|au plus tard le|le|au|pour le)|(?:prelevement|lcr|traite|direct debit)(?: sepa)?(?: (?:presentee?|prevue?|programmee?|rejetee?|echue?))?(?: du| le| on| of)|date limite|(?:reglement|paiement|payment) (?:est |sera |is )?(?:attendu|expected)(?: (?:le|pour le|au|avant le|on|by))?|\bdue\b|payment due|due date|fell due|falls due|became due|payable on|payable by)[^0-9]{0,16}$/;
const WEAK = /(?:au plus tard|\bby\b|avant le|d'ici le|jusqu'au)[^0-9]{0,8}$/;
const CONTINUE = /^\s*(?:et|and|,)\s*(?:le|on)?\s*$/;
const ISSUE = /(?:(?:facture|invoice|fact\.)[^.;:]{0,40}\b(?:du|dated|of|issued on|issued)|date (?:de (?:la )?facture|d'emission|de facturation)|invoice date|date of invoice|emise? le)[^0-9]{0,12}$/;
const TERM = /(?:payable|reglement|paiement|payment|terms?|conditions?)[^.]{0,40}?\b(?:a |within |net )?(\d{1,3}) ?(?:jours|j\b|days)(?: (?:fin de mois|fdm|end of (?:the )?month|eom))?|\bnet (\d{1,3})\b|\b(?:payable|paiement|reglement|due|payment) (?:a|upon|on|des|dès) (?:reception|receipt)\b/;

export function readDueDates(text: string, day: IsoDate | null): DueReading {
  const f = fold(text);
  const dates = findDates(text, day).filter((d) => !d.relative);
  const due: DueReading['due'] = [];
  const issue: IsoDate[] = [];
  let prevEnd = 0;
  let prevWeight = 0;
  for (const d of dates) {
    const before = f.slice(Math.max(prevEnd, d.start - 60), d.start);
    let weight = STRONG.test(before) ? 3 : WEAK.test(before) ? 1 : 0;
    if (!weight && prevWeight && CONTINUE.test(f.slice(prevEnd, d.start))) weight = prevWeight;
    if (weight) due.push({ date: d.date, weight });
    else if (ISSUE.test(f.slice(Math.max(0, d.start - 70), d.start))) issue.push(d.date);
    prevEnd = d.end;
    prevWeight = weight;
  }
  const t = TERM.exec(f);
  // "payable à réception", "due on receipt": the invoice date is the due date (a term of 0 days).
  const term = t ? { days: t[1] ?? t[2] ? Number(t[1] ?? t[2]) : 0, endOfMonth: /fin de mois|fdm|end of (?:the )?month|eom/.test(t[0]), fromInvoiceDate: true } : null;
  return { due, issue, term: term && term.days >= 0 && term.days <= 120 && (term.days > 0 || !(t![1] ?? t![2])) ? term : null };
}

/** A statement line "N°  date  date  …": the later of two dates is the due date. */
export function statementDueDate(line: string): { issue: IsoDate; due: IsoDate } | null {
  const dates = findDates(line, null).filter((d) => d.explicitYear);
  if (dates.length !== 2 || dates[1]!.date <= dates[0]!.date) return null;
  return { issue: dates[0]!.date, due: dates[1]!.date };
}

/** Applies a payment term to an invoice date (French "45 jours fin de mois": both DGCCRF readings). */
export function applyTerm(issueDate: IsoDate, term: Term, method: 'add-then-eom' | 'eom-then-add' = 'add-then-eom'): IsoDate {
  if (!term.endOfMonth) return addDays(issueDate, term.days);
  return method === 'add-then-eom' ? endOfMonth(addDays(issueDate, term.days)) : addDays(endOfMonth(issueDate), term.days);
}
