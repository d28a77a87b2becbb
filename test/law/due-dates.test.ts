/** Due dates from payment terms and the L441-10 I limits. */
import { checkTermLegal, dueDateFromTerms, type PaymentTerm } from '../../src/core/law';
import { problem, value } from './helpers';

const due = (issueDate: string, term: PaymentTerm, receiptDate?: string) => value(dueDateFromTerms({ issueDate, term, receiptDate }));

test('net days cross months and leap days', () => {
  expect(due('2024-01-30', { kind: 'days', days: 30 })).toBe('2024-02-29');
  expect(due('2025-12-15', { kind: 'days', days: 30 })).toBe('2026-01-14');
  expect(due('2025-01-10', { kind: 'days', days: 0 })).toBe('2025-01-10');
});

test('45 days end of month, both DGCCRF readings, around February', () => {
  expect(due('2024-01-20', { kind: 'eom', days: 45, method: 'add-then-eom' })).toBe('2024-03-31');
  expect(due('2024-01-20', { kind: 'eom', days: 45, method: 'eom-then-add' })).toBe('2024-03-16');
  expect(due('2025-12-31', { kind: 'eom', days: 45, method: 'eom-then-add' })).toBe('2026-02-14');
  expect(due('2025-01-31', { kind: 'eom', days: 30, method: 'add-then-eom' })).toBe('2025-03-31');
});

test('on receipt and the legal default (30 days after receipt of goods)', () => {
  expect(due('2025-03-01', { kind: 'on-receipt' }, '2025-03-04')).toBe('2025-03-04');
  expect(due('2025-03-01', { kind: 'on-receipt' })).toBe('2025-03-01');
  expect(due('2025-03-01', { kind: 'legal-default' }, '2025-02-20')).toBe('2025-03-22');
  expect(due('2025-03-01', { kind: 'legal-default' })).toBe('2025-03-31');
});

test('missing or impossible inputs are problems', () => {
  expect(problem(dueDateFromTerms({ term: { kind: 'days', days: 30 } })).code).toBe('issue-date-required');
  expect(problem(dueDateFromTerms({ issueDate: '2025-02-29', term: { kind: 'days', days: 30 } })).code).toBe('bad-date');
  expect(problem(dueDateFromTerms({ issueDate: '2025-02-01', term: { kind: 'days', days: -3 } })).code).toBe('bad-term');
});

test('terms beyond L441-10 I are flagged, terms within are not', () => {
  expect(checkTermLegal({ kind: 'days', days: 60 })).toEqual([]);
  expect(checkTermLegal({ kind: 'eom', days: 45, method: 'add-then-eom' })).toEqual([]);
  expect(checkTermLegal({ kind: 'on-receipt' })).toEqual([]);
  expect(checkTermLegal({ kind: 'days', days: 90 })).toEqual([{ code: 'term-beyond-60-days', params: { days: 90, limit: 60 } }]);
  expect(checkTermLegal({ kind: 'eom', days: 60, method: 'eom-then-add' }).map((p) => p.code)).toEqual(['term-beyond-45-days-eom']);
  expect(checkTermLegal({ kind: 'days', days: 50 }, { periodic: true }).map((p) => p.code)).toEqual(['term-beyond-45-days-periodic']);
  expect(checkTermLegal({ kind: 'days', days: 45 }, { periodic: true })).toEqual([]);
});
