import type { ExtractedInvoice, InvoiceFacts } from '../../../model';
import { applyCreditNote, applyDocument, isCreditNote } from '.';

const text = (cents: number | null): InvoiceFacts => ({
  number: 'FA-1', typeCode: null, total: null, currency: null, issueDate: null, dueDate: null, mentions: [],
  amountDue: cents === null ? null : { value: cents, source: { messageId: 'm1', excerpt: 'solde', rule: 'invoice-amount' } },
});
const doc = (o: Partial<ExtractedInvoice>): ExtractedInvoice => ({ number: 'FA-1', type: '380', issueDate: '2025-01-01', dueDate: '2025-01-31',
  currency: 'EUR', total: 67115, amountDue: 47015, seller: 'S', buyer: 'B', iban: null, profile: null, source: 'factur-x', filename: 'fa.pdf', ...o });

describe('e-invoice', () => {
  test('document facts outrank text guesses', () => {
    const r = applyDocument(text(null), doc({}), 'm2');
    expect([r.total?.value, r.amountDue?.value, r.dueDate?.value, r.amountDue?.source.rule]).toEqual([67115, 47015, '2025-01-31', 'e-invoice:factur-x']);
  });
  test('a lower remainder stated in the text (a later partial payment) is kept', () => {
    expect(applyDocument(text(20000), doc({}), 'm2').amountDue?.value).toBe(20000);
  });
  test('a credit note lowers the amount due', () => {
    const note = doc({ type: '381', total: 10000, amountDue: 10000 });
    expect(isCreditNote(note)).toBe(true);
    expect(applyCreditNote(text(47015), note, 'm3').amountDue?.value).toBe(37015);
  });
});
