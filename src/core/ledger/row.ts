/** One CSV line → a `LedgerRow`, or every reason it cannot be one (missing invoice, unreadable amount or date…). */
import type { LedgerRow, Problem, Result } from '../model';
import type { Columns, Field } from './columns';
import { parseAmountWithCurrency } from './amount';
import { parseDate } from './date';

const TOTAL_LINE = /^(?:sous[- ]?)?total|^totaux|^grand total|^cumul/i;
const CURRENCY_WORDS: Record<string, string> = { '€': 'EUR', 'EURO': 'EUR', 'EUROS': 'EUR', '$': 'USD', '£': 'GBP' };

export function readRow(cells: string[], cols: Columns, names: string[], line: number): Result<LedgerRow, Problem[]> {
  const get = (f: Field) => (cols[f] === undefined ? '' : cells[cols[f]!] ?? '');
  const invoice = get('invoice');
  const firstCell = cells.find((c) => c !== '') ?? '';
  if ((invoice === '' || invoice === firstCell) && TOTAL_LINE.test(firstCell)) return { ok: false, error: [{ code: 'ledger-total-line' }] };

  const problems: Problem[] = [];
  if (invoice === '') problems.push({ code: 'ledger-missing-invoice' });
  const amount = readAmount(get, problems);
  const date = (f: 'issueDate' | 'dueDate') => {
    const raw = get(f);
    if (raw === '') return null;
    const d = parseDate(raw);
    if (d === null) problems.push({ code: 'ledger-bad-date', params: { input: raw, column: names[cols[f]!] ?? f } });
    return d;
  };
  const issueDate = date('issueDate');
  const dueDate = date('dueDate');
  const currency = readCurrency(get('currency'), amount?.currency ?? null, problems);
  if (problems.length > 0 || amount === null || currency === null) return { ok: false, error: problems };
  const email = get('email').split(/[;,\s]+/).find((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)) ?? null;
  return {
    ok: true,
    value: { line, invoice, client: get('client') || null, email: email?.toLowerCase() ?? null, issueDate, dueDate, amountDue: amount.cents, currency },
  };
}

/** The amount column, or debit − credit when the export splits them. */
function readAmount(get: (f: Field) => string, problems: Problem[]): { cents: number; currency: string | null } | null {
  const parse = (raw: string) => {
    const a = parseAmountWithCurrency(raw);
    if (a === null) problems.push({ code: 'ledger-bad-amount', params: { input: raw } });
    return a;
  };
  const raw = get('amount');
  if (raw !== '') return parse(raw);
  const debit = get('debit');
  const credit = get('credit');
  if (debit === '' && credit === '') {
    problems.push({ code: 'ledger-missing-amount' });
    return null;
  }
  const d = debit === '' ? { cents: 0, currency: null } : parse(debit);
  const c = credit === '' ? { cents: 0, currency: null } : parse(credit);
  return d && c ? { cents: d.cents - c.cents, currency: d.currency ?? c.currency } : null;
}

function readCurrency(raw: string, fromAmount: string | null, problems: Problem[]): string | null {
  if (raw === '') return fromAmount ?? 'EUR';
  const code = CURRENCY_WORDS[raw.toUpperCase()] ?? raw.toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) return code;
  problems.push({ code: 'ledger-bad-currency', params: { input: raw } });
  return null;
}
