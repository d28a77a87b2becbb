/**
 * When a claim becomes time-barred, and a warning when that is near (6 months) or passed.
 * - between professionals, or a professional against a non-trader: 5 years (C. com. L110-4);
 * - a professional against a consumer: 2 years (C. conso. L218-2);
 * - a private individual against a consumer: 5 years (C. civ. 2224);
 * - a public buyer: 4 years from 1 January of the year after the rights arose (loi 68-1250, art. 1).
 * Conventions (not law): the period runs from the due date, ends on the same-numbered day (29 Feb → 28 Feb),
 * and interruptions (acknowledgement, court claim — C. civ. 2240 ff.) are not known here. A formal notice
 * does not interrupt it.
 * @example prescription({ dueDate: '2021-03-15', on: '2025-12-01', debtor: 'business' })
 * // → ok: lastDay '2026-03-15', barredOn '2026-03-16', warning { code: 'prescription-near', … }
 */
import { fail, ok, type CreditorKind, type DebtorKind, type IsoDate, type Problem, type Result } from '../../model';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../util';
import { dateParams } from './format';

export interface PrescriptionInput {
  dueDate: IsoDate;
  on: IsoDate;
  debtor?: DebtorKind;
  creditor?: CreditorKind;
  /** When the rights arose (delivery, service done); for a public buyer, defaults to the due date. */
  rightsDate?: IsoDate | null;
}

export interface Prescription {
  years: number;
  article: string;
  /** The last day on which an action can be brought. */
  lastDay: IsoDate;
  /** The first day the action is time-barred. */
  barredOn: IsoDate;
  /** `prescription-near` (6 months or less left) or `prescription-passed`; null otherwise. */
  warning: Problem | null;
}

export const PRESCRIPTION_WARNING_MONTHS = 6;

export function prescription(input: PrescriptionInput): Result<Prescription> {
  const { dueDate, on, debtor = 'business', creditor = 'business' } = input;
  for (const d of [dueDate, on, input.rightsDate]) if (d != null && !isIsoDate(d)) return fail('bad-date', { input: d });
  const rule = debtor === 'public' ? { years: 4, article: 'loi 68-1250, art. 1' }
    : debtor === 'consumer' && creditor === 'business' ? { years: 2, article: 'L218-2 C. conso.' }
    : debtor === 'consumer' ? { years: 5, article: '2224 C. civ.' }
    : { years: 5, article: 'L110-4 C. com.' };
  const lastDay = debtor === 'public'
    ? `${Number((input.rightsDate ?? dueDate).slice(0, 4)) + rule.years}-12-31`
    : addMonths(dueDate, 12 * rule.years);
  const barredOn = addDays(lastDay, 1);
  const params = { ...dateParams('lastDay', lastDay), ...dateParams('barredOn', barredOn), years: rule.years, article: rule.article, daysLeft: daysBetween(on, lastDay) };
  const warning: Problem | null = on > lastDay ? { code: 'prescription-passed', params }
    : on >= addMonths(lastDay, -PRESCRIPTION_WARNING_MONTHS) ? { code: 'prescription-near', params }
    : null;
  return ok({ ...rule, lastDay, barredOn, warning });
}
