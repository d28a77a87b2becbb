/**
 * Due dates from payment terms, and the L441-10 I limits on agreed terms (facts.md §1, §8 example 4).
 * "45 jours fin de mois" has two readings the DGCCRF accepts (S2): add 45 days then go to the end of that
 * month ('add-then-eom'), or go to the end of the invoice's month then add 45 days ('eom-then-add').
 * @example dueDateFromTerms({ issueDate: '2025-01-10', term: { kind: 'days', days: 60 } }) // → ok '2025-03-11'
 * @example dueDateFromTerms({ issueDate: '2025-01-10', term: { kind: 'eom', days: 45, method: 'eom-then-add' } }) // → ok '2025-03-17'
 */
import { fail, ok, type EndOfMonthMethod, type IsoDate, type Problem, type Result } from '../../model';
import { addDays, endOfMonth, isIsoDate } from '../../util';

export type PaymentTerm =
  | { kind: 'days'; days: number }
  | { kind: 'eom'; days: number; method: EndOfMonthMethod }
  /** Payable on receipt of the invoice. */
  | { kind: 'on-receipt' }
  /** No agreed term: 30 days after receipt of the goods or performance of the service (L441-10 I al.1). */
  | { kind: 'legal-default' };

export interface TermInput {
  /** Invoice date. */
  issueDate?: IsoDate | null;
  /** Receipt date: of the invoice for 'on-receipt', of the goods / end of the service for 'legal-default'. */
  receiptDate?: IsoDate | null;
  term: PaymentTerm;
}

/** L441-10 I: days after the invoice date without agreement, agreed maximum, end-of-month maximum, periodic invoices. */
export const TERM_LIMITS = { legalDefault: 30, agreed: 60, endOfMonth: 45, periodic: 45 } as const;

/**
 * The due date an invoice's payment term gives. When the receipt date is unknown, the invoice date stands in
 * for it ('on-receipt': sent and received the same day; 'legal-default': the invoice is issued no earlier
 * than the delivery, so the due date is never earlier than the law's).
 */
export function dueDateFromTerms(input: TermInput): Result<IsoDate> {
  const { issueDate, receiptDate, term } = input;
  for (const d of [issueDate, receiptDate]) if (d != null && !isIsoDate(d)) return fail('bad-date', { input: d });
  if ((term.kind === 'days' || term.kind === 'eom') && (!Number.isInteger(term.days) || term.days < 0 || term.days > 3660)) {
    return fail('bad-term', { days: String(term.days) });
  }
  if (term.kind === 'on-receipt' || term.kind === 'legal-default') {
    const from = receiptDate ?? issueDate;
    if (!from) return fail('issue-date-required');
    return ok(term.kind === 'on-receipt' ? from : addDays(from, TERM_LIMITS.legalDefault));
  }
  if (!issueDate) return fail('issue-date-required');
  if (term.kind === 'days') return ok(addDays(issueDate, term.days));
  return ok(term.method === 'add-then-eom' ? endOfMonth(addDays(issueDate, term.days)) : addDays(endOfMonth(issueDate), term.days));
}

/**
 * Warnings for an agreed term beyond L441-10 I (a fine of up to 2 M€ under L441-16): more than 60 days,
 * more than 45 days end of month, or more than 45 days for a periodic invoice (CGI 289 I 3°).
 * Returns an empty list when the term is within the law.
 * @example checkTermLegal({ kind: 'eom', days: 60, method: 'add-then-eom' }) // → [{ code: 'term-beyond-45-days-eom', … }]
 */
export function checkTermLegal(term: PaymentTerm, options: { periodic?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  if (term.kind === 'days' && term.days > TERM_LIMITS.agreed) {
    problems.push({ code: 'term-beyond-60-days', params: { days: term.days, limit: TERM_LIMITS.agreed } });
  }
  if (term.kind === 'eom' && term.days > TERM_LIMITS.endOfMonth) {
    problems.push({ code: 'term-beyond-45-days-eom', params: { days: term.days, limit: TERM_LIMITS.endOfMonth } });
  }
  if (options.periodic && (term.kind === 'eom' || (term.kind === 'days' && term.days > TERM_LIMITS.periodic))) {
    problems.push({ code: 'term-beyond-45-days-periodic', params: { days: term.days, limit: TERM_LIMITS.periodic } });
  }
  return problems;
}
