/**
 * ledger — the user's open receivables (CSV) confirm or complete an invoice found in the thread: they
 * fill the amount due, currency and due date the mail does not give, and add a mention when they agree.
 * @example applyLedger(facts, [{ line: 2, invoice: 'FA-1', amountDue: 124000, currency: 'EUR', dueDate: '2025-03-15', … }])
 */
import type { Evidence, InvoiceFacts, LedgerRow } from '../../../model';

export const id = 'ledger';

const key = (s: string) => s.replace(/^#/, '').replace(/\s+/g, '').toUpperCase();

export function applyLedger(inv: InvoiceFacts, rows: LedgerRow[]): InvoiceFacts {
  const row = rows.find((r) => key(r.invoice) === key(inv.number));
  if (!row) return inv;
  const src: Evidence = { messageId: null, excerpt: `ledger line ${row.line}: ${row.invoice}`, rule: id };
  return {
    ...inv,
    amountDue: inv.amountDue ?? { value: row.amountDue, source: src },
    total: inv.total ?? { value: row.amountDue, source: src },
    currency: inv.currency ?? { value: row.currency, source: src },
    dueDate: inv.dueDate ?? (row.dueDate ? { value: row.dueDate, source: src } : null),
    issueDate: inv.issueDate ?? (row.issueDate ? { value: row.issueDate, source: src } : null),
    mentions: [...inv.mentions, src],
  };
}
