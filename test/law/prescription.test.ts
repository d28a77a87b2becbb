/** Limitation periods and their warnings. */
import { prescription } from '../../src/core/law';
import { describeProblem } from '../../src/core/i18n';
import { value } from './helpers';

test('between professionals: 5 years (L110-4), warning within 6 months, then passed', () => {
  const far = value(prescription({ dueDate: '2021-03-15', on: '2025-09-14' }));
  expect([far.years, far.article, far.lastDay, far.barredOn, far.warning]).toEqual([5, 'L110-4 C. com.', '2026-03-15', '2026-03-16', null]);
  const near = value(prescription({ dueDate: '2021-03-15', on: '2025-09-15' }));
  expect(near.warning).toEqual({ code: 'prescription-near', params: expect.objectContaining({ daysLeft: 181, lastDay: '2026-03-15' }) });
  expect(describeProblem(near.warning!, 'fr')).toContain('15 mars 2026');
  expect(value(prescription({ dueDate: '2021-03-15', on: '2026-03-15' })).warning?.code).toBe('prescription-near');
  const passed = value(prescription({ dueDate: '2021-03-15', on: '2026-03-16' }));
  expect(passed.warning?.code).toBe('prescription-passed');
  expect(describeProblem(passed.warning!, 'fr')).toContain('16 mars 2026');
});

test('a professional against a consumer: 2 years (L218-2); an individual against a consumer: 5 years (2224)', () => {
  expect(value(prescription({ dueDate: '2024-02-29', on: '2025-01-01', debtor: 'consumer' }))).toMatchObject({ years: 2, article: 'L218-2 C. conso.', lastDay: '2026-02-28' });
  expect(value(prescription({ dueDate: '2024-02-29', on: '2025-01-01', debtor: 'consumer', creditor: 'individual' }))).toMatchObject({ years: 5, lastDay: '2029-02-28' });
});

test('a public buyer: 4 years from 1 January after the rights arose', () => {
  expect(value(prescription({ dueDate: '2021-06-01', on: '2025-01-01', debtor: 'public' }))).toMatchObject({ years: 4, lastDay: '2025-12-31', barredOn: '2026-01-01' });
  expect(value(prescription({ dueDate: '2022-01-31', rightsDate: '2021-12-20', on: '2025-01-01', debtor: 'public' })).lastDay).toBe('2025-12-31');
});
