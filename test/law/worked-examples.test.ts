/** The worked examples of /work/shared/legal/facts.md §8, figure for figure. */
import { computePenalties, dueDateFromTerms } from '../../src/core/law';
import { value } from './helpers';

describe('facts.md §8 worked examples', () => {
  test('1. B2B 1 200.00 due 2025-03-15 paid 2025-05-01: 47 days at 13.15 % → 20.32 + 40.00', () => {
    const p = value(computePenalties({ principal: 120000, dueDate: '2025-03-15', on: '2025-05-01' }));
    expect(p.daysLate).toBe(47);
    expect(p.segments.map(({ from, to, days, rate, interest }) => ({ from, to, days, rate, interest })))
      .toEqual([{ from: '2025-03-16', to: '2025-05-01', days: 47, rate: 1315, interest: 2032 }]);
    expect([p.interest, p.indemnity, p.total]).toEqual([2032, 4000, 126032]);
    expect(p.articles).toEqual(['L441-10 C. com.', 'D441-5 C. com.']);
  });

  test('2. B2B across 1 July: 15 d at 13.15 % = 27.02, 15 d at 12.15 % = 24.97, total interest 51.99', () => {
    const p = value(computePenalties({ principal: 500000, dueDate: '2025-06-15', on: '2025-07-15' }));
    expect(p.segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest])).toEqual([
      ['2025-06-16', '2025-06-30', 15, 1315, 2702],
      ['2025-07-01', '2025-07-15', 15, 1215, 2497],
    ]);
    expect(p.interest).toBe(5199);
    expect(p.indemnity).toBe(4000);
    expect(p.total).toBe(500000 + 5199 + 4000);
  });

  test('3. B2C, business creditor: notice 2025-09-10, paid 2025-11-09 → 60 d at 2.76 % = 3.63, no 40 €', () => {
    const p = value(computePenalties({ principal: 80000, dueDate: '2025-08-31', on: '2025-11-09', debtor: 'consumer', noticeDate: '2025-09-10' }));
    expect(p.segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest])).toEqual([['2025-09-11', '2025-11-09', 60, 276, 363]]);
    expect(p.daysLate).toBe(70);
    expect(p.indemnity).toBe(0);
    expect(p.total).toBe(80363);
  });

  test('3b. same claim by a private individual creditor: 6.65 % → 8.75', () => {
    const p = value(computePenalties({ principal: 80000, dueDate: '2025-08-31', on: '2025-11-09', debtor: 'consumer', creditor: 'individual', noticeDate: '2025-09-10' }));
    expect(p.segments.map((s) => [s.days, s.rate, s.interest])).toEqual([[60, 665, 875]]);
    expect(p.total).toBe(80875);
  });

  test('4. due dates from invoice 2025-01-10: 60 d, 45 d end of month both methods', () => {
    expect(value(dueDateFromTerms({ issueDate: '2025-01-10', term: { kind: 'days', days: 60 } }))).toBe('2025-03-11');
    expect(value(dueDateFromTerms({ issueDate: '2025-01-10', term: { kind: 'eom', days: 45, method: 'add-then-eom' } }))).toBe('2025-02-28');
    expect(value(dueDateFromTerms({ issueDate: '2025-01-10', term: { kind: 'eom', days: 45, method: 'eom-then-add' } }))).toBe('2025-03-17');
  });
});
