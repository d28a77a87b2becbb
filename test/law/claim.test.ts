/** One claim over several invoices. */
import { buildClaim } from '../../src/core/law';
import { problem, value } from './helpers';

const invoices = [
  { invoice: 'FA-2025-0142', dueDate: '2025-03-15', principal: 120000 },
  { invoice: 'FA-2025-0150', dueDate: '2025-06-15', principal: 500000 },
  { invoice: 'FA-2025-0201', dueDate: '2025-07-31', principal: 30000 },
];

test('three invoices, two late on 2025-07-15: 40 € each for the late ones, interest per invoice', () => {
  const c = value(buildClaim(invoices, { on: '2025-07-15', currency: 'EUR' }));
  expect(c.lines.map((l) => [l.invoice, l.penalties!.daysLate, l.penalties!.indemnity])).toEqual([
    ['FA-2025-0142', 122, 4000], ['FA-2025-0150', 30, 4000], ['FA-2025-0201', 0, 0]]);
  // FA-0150 is facts.md example 2 (51.99); FA-0142: 1 200 × 13.15 % × 107/365 = 46.26 + 1 200 × 12.15 % × 15/365 = 5.99
  expect(c.lines.map((l) => l.penalties!.interest)).toEqual([4626 + 599, 5199, 0]);
  expect([c.principal, c.indemnity]).toEqual([650000, 8000]);
  expect(c.total).toBe(650000 + 4626 + 599 + 5199 + 8000);
});

test('a consumer claim carries no indemnity at all', () => {
  const c = value(buildClaim(invoices, { on: '2025-09-01', debtor: 'consumer', noticeDate: '2025-08-01', currency: 'EUR' }));
  expect(c.indemnity).toBe(0);
  expect(c.lines.every((l) => l.penalties!.segments[0]?.from === '2025-08-02')).toBe(true);
});

test('a refusal names the invoice it comes from', () => {
  const e = problem(buildClaim([...invoices, { invoice: 'FA-2026-0007', dueDate: '2026-06-01', principal: 1000 }], { on: '2026-07-20', currency: 'EUR' }));
  expect(e).toEqual({ code: 'rate-unknown', params: expect.objectContaining({ halfYear: '2026-H2', invoice: 'FA-2025-0142' }) });
});

test('no invoice, or a currency other than the euro, is refused', () => {
  expect(problem(buildClaim([], { on: '2025-07-15', currency: 'EUR' })).code).toBe('claim-empty');
  expect(problem(buildClaim(invoices, { on: '2025-07-15', currency: 'USD' }))).toEqual({ code: 'currency-not-eur', params: { currency: 'USD' } });
});
