import type { InvoiceFacts, LedgerRow } from '../../../model';
import { applyLedger } from '.';

const inv = (o: Partial<InvoiceFacts> = {}): InvoiceFacts => ({ number: 'FA-2025-0142', typeCode: null, total: null, amountDue: null,
  currency: null, issueDate: null, dueDate: null, mentions: [], ...o });
const row: LedgerRow = { line: 3, invoice: 'fa-2025-0142', client: 'Immo', email: null, issueDate: '2025-02-13', dueDate: '2025-03-15', amountDue: 124000, currency: 'EUR' };

describe('ledger', () => {
  test('completes what the mail does not say', () => {
    const r = applyLedger(inv(), [row]);
    expect([r.amountDue?.value, r.dueDate?.value, r.currency?.value, r.amountDue?.source.rule]).toEqual([124000, '2025-03-15', 'EUR', 'ledger']);
  });
  test('does not overwrite facts read in the thread, only confirms them', () => {
    const src = { messageId: 'm', excerpt: 'x', rule: 'due-date' };
    const r = applyLedger(inv({ dueDate: { value: '2025-03-20', source: src } }), [row]);
    expect(r.dueDate?.value).toBe('2025-03-20');
    expect(r.mentions.map((m) => m.rule)).toEqual(['ledger']);
  });
  test('another invoice is left alone', () => {
    expect(applyLedger(inv({ number: 'FA-9' }), [row]).amountDue).toBeNull();
  });
});
