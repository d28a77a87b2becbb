/** Properties that hold for any amount and any delay inside the known tables (fast-check). */
import fc from 'fast-check';
import { buildClaim, computePenalties, halfYearOf, type PenaltiesInput } from '../../src/core/law';
import { addDays, daysBetween } from '../../src/core/util';
import { value } from './helpers';

const FIRST = '2015-01-01';
const LAST = '2026-06-30';
const span = daysBetween(FIRST, LAST);
const day = fc.integer({ min: 0, max: span }).map((n) => addDays(FIRST, n));
const principal = fc.integer({ min: 1, max: 999_999_999_999 });
const debtor = fc.constantFrom<'business' | 'public'>('business', 'public');
const pair = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);

describe('computePenalties properties', () => {
  test('total = principal + Σ segment interest + indemnity; segments contiguous, cover exactly the delay', () => {
    fc.assert(fc.property(principal, pair, debtor, (p, [due, on], d) => {
      const r = value(computePenalties({ principal: p, dueDate: due, on, debtor: d }));
      expect(r.daysLate).toBe(daysBetween(due, on));
      expect(r.interest).toBe(r.segments.reduce((s, x) => s + x.interest, 0));
      expect(r.total).toBe(p + r.interest + r.indemnity);
      expect(r.indemnity).toBe(r.daysLate > 0 ? 4000 : 0);
      expect(r.segments.reduce((s, x) => s + x.days, 0)).toBe(r.daysLate);
      if (r.daysLate > 0) {
        expect(r.segments[0]!.from).toBe(addDays(due, 1));
        expect(r.segments.at(-1)!.to).toBe(on);
      }
      r.segments.forEach((s, i) => {
        expect(daysBetween(s.from, s.to) + 1).toBe(s.days);
        if (i > 0) expect(s.from).toBe(addDays(r.segments[i - 1]!.to, 1));
        if (d === 'business') expect(halfYearOf(s.from)).toBe(halfYearOf(s.to));
      });
      if (d === 'public') expect(r.segments.length).toBeLessThanOrEqual(1);
    }));
  });

  test('each segment is within half a cent of the exact principal × rate × days / 365', () => {
    fc.assert(fc.property(principal, pair, debtor, (p, [due, on], d) => {
      for (const s of value(computePenalties({ principal: p, dueDate: due, on, debtor: d })).segments) {
        const exact = BigInt(p) * BigInt(s.rate) * BigInt(s.days); // in cents × 3 650 000
        const diff = BigInt(s.interest) * 3_650_000n - exact;
        expect(2n * diff).toBeLessThanOrEqual(3_650_000n); // never more than +½ cent
        expect(2n * diff).toBeGreaterThan(-3_650_000n); // strictly less than −½ cent (half rounds up)
      }
    }));
  });

  test('monotonic: a later payment or a larger amount never owes less interest', () => {
    const input = (p: number, due: string, on: string, d: PenaltiesInput['debtor']) => value(computePenalties({ principal: p, dueDate: due, on, debtor: d })).interest;
    fc.assert(fc.property(principal, principal, pair, day, debtor, (p1, p2, [due, on], on2, d) => {
      const later = on2 > on ? on2 : on;
      expect(input(p1, due, later, d)).toBeGreaterThanOrEqual(input(p1, due, on, d));
      const [small, big] = p1 <= p2 ? [p1, p2] : [p2, p1];
      expect(input(big, due, on, d)).toBeGreaterThanOrEqual(input(small, due, on, d));
    }));
  });

  test('consumer interest bears only on days after the notice and never carries an indemnity', () => {
    fc.assert(fc.property(principal, pair, day, fc.boolean(), (p, [due, on], notice, individual) => {
      const r = value(computePenalties({ principal: p, dueDate: due, on, debtor: 'consumer', noticeDate: notice, creditor: individual ? 'individual' : 'business' }));
      const start = addDays(notice > due ? notice : due, 1);
      expect(r.indemnity).toBe(0);
      expect(r.segments.reduce((s, x) => s + x.days, 0)).toBe(Math.max(0, daysBetween(start, on) + 1));
      if (r.segments.length) expect(r.segments[0]!.from).toBe(start);
    }));
  });

  test('a claim is the sum of its invoices, 40 € per late one', () => {
    const line = fc.record({ invoice: fc.string({ minLength: 1, maxLength: 8 }), dueDate: day, principal: fc.integer({ min: 1, max: 10_000_000_00 }) });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
      const c = value(buildClaim(lines, { on: LAST, currency: 'EUR' }));
      expect(c.principal).toBe(lines.reduce((s, l) => s + l.principal, 0));
      expect(c.indemnity).toBe(4000 * lines.filter((l) => l.dueDate < LAST).length);
      expect(c.interest).toBe(c.lines.reduce((s, l) => s + l.penalties!.interest, 0));
      expect(c.total).toBe(c.principal + c.interest + c.indemnity);
    }));
  });
});
