import { describeProblem } from './index';

test('problems read in the user language, with their figures', () => {
  expect(describeProblem({ code: 'bad-date', params: { input: '31/02/2025' } }, 'fr')).toBe(
    'Date illisible : « 31/02/2025 » (attendu AAAA-MM-JJ, par exemple 2025-03-15).');
  expect(describeProblem({ code: 'bad-amount', params: { input: 'abc' } }, 'en')).toContain('"abc"');
  expect(describeProblem({ code: 'no-such-code' }, 'en')).toBe('An unexpected error occurred (no-such-code).');
});
