/**
 * One claim over several invoices of the same debtor: penalties per invoice (40 € per late invoice for a
 * professional or public debtor), then the totals a letter prints. French law is in euros: another currency
 * is refused rather than mixing a 40 € indemnity into, say, a dollar total.
 */
import { fail, ok, type Cents, type Claim, type ClaimLine, type IsoDate, type Result } from '../../model';
import { computePenalties, type PenaltiesInput } from './penalties';

export interface ClaimInvoice { invoice: string; dueDate: IsoDate; principal: Cents }
export type ClaimOptions = Omit<PenaltiesInput, 'principal' | 'dueDate'> & { currency?: string };

/**
 * @example buildClaim([{ invoice: 'FA-1', dueDate: '2025-03-15', principal: 120000 }], { on: '2025-05-01', currency: 'EUR' })
 * // → ok: principal 120000, interest 2032, indemnity 4000, total 126032
 */
export function buildClaim(invoices: readonly ClaimInvoice[], options: ClaimOptions): Result<Claim> {
  const { currency = 'EUR', ...rest } = options;
  if (currency !== 'EUR') return fail('currency-not-eur', { currency });
  if (invoices.length === 0) return fail('claim-empty');
  const lines: ClaimLine[] = [];
  for (const inv of invoices) {
    const p = computePenalties({ ...rest, principal: inv.principal, dueDate: inv.dueDate });
    if (!p.ok) return { ok: false, error: { code: p.error.code, params: { ...p.error.params, invoice: inv.invoice } } };
    lines.push({ invoice: inv.invoice, dueDate: inv.dueDate, principal: inv.principal, penalties: p.value });
  }
  const sum = (f: (l: ClaimLine) => Cents) => lines.reduce((s, l) => s + f(l), 0);
  const principal = sum((l) => l.principal);
  const interest = sum((l) => l.penalties?.interest ?? 0);
  const indemnity = sum((l) => l.penalties?.indemnity ?? 0);
  const total = principal + interest + indemnity;
  if (!Number.isSafeInteger(total)) return fail('amount-too-large');
  return ok({ lines, principal, interest, indemnity, total, currency });
}
