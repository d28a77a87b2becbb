/** Penalties beyond the worked examples: crossings, leap days, zero-rate years, floors, debtors, limits. */
import { computePenalties, type PenaltiesInput } from '../../src/core/law';
import { describeProblem } from '../../src/core/i18n';
import { problem, value } from './helpers';

const run = (over: Partial<PenaltiesInput>) => computePenalties({ principal: 100000, dueDate: '2025-03-15', on: '2025-05-01', ...over });
const brief = (input: Partial<PenaltiesInput>) => value(run(input)).segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest]);

describe('business debtor, legal default rate', () => {
  test('a delay over three half-years is split at 1 July and 1 January, each part rounded', () => {
    // 10 000.00 × 14.50 % × 15/365 = 59.589 → 59.59; × 14.25 % × 184/365 = 718.356 → 718.36; × 13.15 % × 15/365 = 54.041 → 54.04
    const p = value(run({ principal: 1000000, dueDate: '2024-06-15', on: '2025-01-15' }));
    expect(p.segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest])).toEqual([
      ['2024-06-16', '2024-06-30', 15, 1450, 5959],
      ['2024-07-01', '2024-12-31', 184, 1425, 71836],
      ['2025-01-01', '2025-01-15', 15, 1315, 5404],
    ]);
    expect(p.daysLate).toBe(214);
    expect(p.interest).toBe(5959 + 71836 + 5404);
  });

  test('29 February 2024 counts as a day late, still on a 365-day basis', () => {
    // 1 000.00 × 14.50 % × 2/365 = 0.7945 → 0.79 (a 366 basis would give 0.7923 → 0.79 too, so check a longer span below)
    expect(brief({ dueDate: '2024-02-28', on: '2024-03-01' })).toEqual([['2024-02-29', '2024-03-01', 2, 1450, 79]]);
    // 1 000.00 × 14.50 % × 60/365 = 23.836 → 23.84 (on 366: 23.77)
    expect(brief({ dueDate: '2024-01-31', on: '2024-03-31' })).toEqual([['2024-02-01', '2024-03-31', 60, 1450, 2384]]);
  });

  test('2020–2022: ECB at 0.00 % gives 10.00 %, split at each 1 January / 1 July', () => {
    // 1 000.00 × 10 % × 30/365 = 8.219 → 8.22
    expect(brief({ dueDate: '2021-03-01', on: '2021-03-31' })).toEqual([['2021-03-02', '2021-03-31', 30, 1000, 822]]);
    const p = value(run({ dueDate: '2020-01-15', on: '2022-07-26' }));
    expect(p.segments.map((s) => s.rate)).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
    expect(p.segments.reduce((n, s) => n + s.days, 0)).toBe(p.daysLate);
  });

  test('the rate in force on 1 July 2022 (0.00 %) holds all half-year even after the 27 July hike', () => {
    expect(brief({ dueDate: '2022-11-30', on: '2022-12-01' })).toEqual([['2022-12-01', '2022-12-01', 1, 1000, 27]]);
  });

  test('one day late: interest for one day and the full 40 € indemnity', () => {
    // 1 000.00 × 13.15 % / 365 = 0.360 → 0.36
    const p = value(run({ dueDate: '2025-03-15', on: '2025-03-16' }));
    expect([p.daysLate, p.interest, p.indemnity, p.total]).toEqual([1, 36, 4000, 104036]);
  });

  test('paid on or before the due date: no interest, no indemnity, no segment', () => {
    for (const on of ['2025-03-15', '2025-03-01']) {
      const p = value(run({ dueDate: '2025-03-15', on }));
      expect([p.daysLate, p.segments.length, p.interest, p.indemnity, p.total]).toEqual([0, 0, 0, 0, 100000]);
    }
  });

  test('a huge amount stays exact: 9 999 999 999.99 € × 13.15 % × 47/365', () => {
    // 999 999 999 999 × 1315 × 47 / 3 650 000 = 16 932 876 712.311… cents → 169 328 767.12 €
    const p = value(run({ principal: 999999999999, dueDate: '2025-03-15', on: '2025-05-01' }));
    expect(p.interest).toBe(16932876712);
    expect(p.total).toBe(999999999999 + 16932876712 + 4000);
  });

  test('each segment says where its rate comes from, with its source', () => {
    const [seg] = value(run({})).segments;
    expect(seg!.rateBasis).toEqual({ code: 'rate-basis-ecb', params: expect.objectContaining({ ecbRate: '3.15', referenceDate: '2025-01-01', points: 10, source: 'S6b' }) });
    expect(describeProblem(seg!.rateBasis, 'fr')).toBe('taux BCE de 3,15\u00a0% en vigueur le 1er janvier 2025 + 10 points');
  });
});

describe('contractual rate and its floor (3 × legal rate "autres cas")', () => {
  test('applies to the whole delay as one segment, even across 1 July', () => {
    // 5 000.00 × 12 % × 30/365 = 49.315 → 49.32
    expect(brief({ principal: 500000, dueDate: '2025-06-15', on: '2025-07-15', contractualRate: 1200 }))
      .toEqual([['2025-06-16', '2025-07-15', 30, 1200, 4932]]);
  });

  test('2023 H1: 2.00 % is below the 6.18 % floor and is refused with the figures', () => {
    const e = problem(run({ dueDate: '2023-02-01', on: '2023-03-01', contractualRate: 200 }));
    expect(e.code).toBe('rate-below-floor');
    expect(e.params).toMatchObject({ rate: '2.00', floor: '6.18', legalRate: '2.06', halfYear: '2023-H1' });
    expect(describeProblem(e, 'fr')).toBe('Le taux contractuel de 2,00\u00a0% est inférieur au plancher légal de 6,18\u00a0% (3 × le taux d\'intérêt légal du 1er semestre 2023, 2,06\u00a0%) : il ne peut pas être appliqué (art. L441-10 C. com.).');
    expect(describeProblem(e, 'en')).toContain('6.18%');
  });

  test('2024 H1: the floor 15.21 % is above the default 14.50 %; 15.00 % is refused, the default still applies', () => {
    const e = problem(run({ dueDate: '2024-02-01', on: '2024-03-01', contractualRate: 1500 }));
    expect(e.params).toMatchObject({ rate: '15.00', floor: '15.21', halfYear: '2024-H1' });
    expect(brief({ dueDate: '2024-02-01', on: '2024-03-01' }).map((s) => s[3])).toEqual([1450]);
    expect(brief({ dueDate: '2024-02-01', on: '2024-03-01', contractualRate: 1521 }).map((s) => s[3])).toEqual([1521]);
  });

  test('the refusal names the highest floor crossed, so the figure given is the lowest acceptable rate', () => {
    // 2023 H2 floor 12.66 %, 2024 H1 floor 15.21 %: a 12.00 % rate breaks both
    const e = problem(run({ dueDate: '2023-12-15', on: '2024-01-15', contractualRate: 1200 }));
    expect(e.params).toMatchObject({ floor: '15.21', halfYear: '2024-H1' });
  });

  test('a rate fine for one half-year is refused when the delay runs into a half-year with a higher floor', () => {
    expect(run({ dueDate: '2023-05-01', on: '2023-06-30', contractualRate: 800 }).ok).toBe(true);
    expect(problem(run({ dueDate: '2023-05-01', on: '2023-07-01', contractualRate: 800 })).params).toMatchObject({ floor: '12.66', halfYear: '2023-H2' });
  });

  test('an unpublished legal rate cannot be checked: the contractual rate applies, with a warning naming the half-year', () => {
    const p = value(run({ dueDate: '2026-06-15', on: '2026-07-15', contractualRate: 1200 }));
    expect(p.segments.map((s) => s.rate)).toEqual([1200]);
    expect(p.warnings).toEqual([{ code: 'floor-unverified', params: expect.objectContaining({ halfYear: '2026-H2', rate: '12.00' }) }]);
    expect(problem(run({ dueDate: '2026-06-15', on: '2026-07-15', contractualRate: 700, legalRateOverrides: { '2026-H2': { autresCas: 300 } } })).params)
      .toMatchObject({ floor: '9.00', halfYear: '2026-H2' });
  });

  test('out-of-range rates are problems, not figures', () => {
    expect(problem(run({ contractualRate: -1 })).code).toBe('bad-rate');
    expect(problem(run({ contractualRate: 12.5 })).code).toBe('bad-rate');
  });
});

describe('consumer debtor (C. civ. 1231-6)', () => {
  const consumer = { debtor: 'consumer' as const, principal: 100000 };

  test('without a formal notice date there is no computation', () => {
    expect(problem(run({ ...consumer })).code).toBe('notice-date-required');
  });

  test('legal rate split by half-year from the day after the notice, no 40 €', () => {
    // 1 000.00 × 2.76 % × 30/365 = 2.268 → 2.27; × 2.62 % × 31/365 = 2.225 → 2.23
    const p = value(run({ ...consumer, dueDate: '2025-11-15', noticeDate: '2025-12-01', on: '2026-01-31' }));
    expect(p.segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest])).toEqual([
      ['2025-12-02', '2025-12-31', 30, 276, 227], ['2026-01-01', '2026-01-31', 31, 262, 223]]);
    expect([p.daysLate, p.indemnity, p.total]).toEqual([77, 0, 100450]);
    expect(p.articles).toContain('1231-6 C. civ.');
  });

  test('a notice sent before the due date starts interest the day after the due date', () => {
    expect(brief({ ...consumer, dueDate: '2025-10-01', noticeDate: '2025-09-20', on: '2025-10-11' }).map((s) => [s[0], s[2]])).toEqual([['2025-10-02', 10]]);
  });

  test('a notice after the computation day: late, but no interest yet', () => {
    const p = value(run({ ...consumer, dueDate: '2025-10-01', noticeDate: '2025-12-01', on: '2025-11-01' }));
    expect([p.daysLate, p.segments.length, p.interest, p.total]).toEqual([31, 0, 0, 100000]);
  });

  test('an unpublished legal rate is asked for, then used', () => {
    const input = { ...consumer, dueDate: '2026-06-01', noticeDate: '2026-06-15', on: '2026-07-10' };
    expect(problem(run(input))).toEqual({ code: 'legal-rate-unknown', params: expect.objectContaining({ halfYear: '2026-H2', column: 'autresCas' }) });
    const p = value(run({ ...input, legalRateOverrides: { '2026-H2': { autresCas: 300 } } }));
    expect(p.segments.map((s) => [s.rate, s.rateBasis.params?.source])).toEqual([[262, 'S8h'], [300, 'user']]);
  });

  test('a contractual rate is not used against a consumer, and the user is told', () => {
    const p = value(run({ ...consumer, dueDate: '2025-08-31', noticeDate: '2025-09-10', on: '2025-11-09', contractualRate: 1200 }));
    expect(p.segments.map((s) => s.rate)).toEqual([276]);
    expect(p.warnings?.[0]?.code).toBe('contractual-rate-ignored');
  });
});

describe('public buyer (CCP R2192-31)', () => {
  test('ECB on the first day of the half-year interest starts + 8 points, fixed across 1 July, plus 40 €', () => {
    // 1 000.00 × 11.15 % × 60/365 = 18.329 → 18.33
    const p = value(run({ debtor: 'public', dueDate: '2025-06-20', on: '2025-08-19' }));
    expect(p.segments.map((s) => [s.from, s.to, s.days, s.rate, s.interest])).toEqual([['2025-06-21', '2025-08-19', 60, 1115, 1833]]);
    expect([p.indemnity, p.total]).toEqual([4000, 105833]);
    expect(p.articles).toEqual(['L2192-13 CCP', 'R2192-31 CCP', 'D2192-35 CCP']);
  });

  test('interest starting on 1 July takes the H2 reference (10.15 % in 2025)', () => {
    expect(brief({ debtor: 'public', dueDate: '2025-06-30', on: '2025-07-10' }).map((s) => s[3])).toEqual([1015]);
  });

  test('a delay starting in a known half-year needs no unknown rate, even running into 2026 H2', () => {
    expect(brief({ debtor: 'public', dueDate: '2026-06-28', on: '2026-08-01' }).map((s) => s[3])).toEqual([1015]);
    expect(problem(run({ debtor: 'public', dueDate: '2026-06-30', on: '2026-08-01' })).code).toBe('rate-unknown');
  });
});

describe('unknown half-years are never guessed', () => {
  test('2026 H2 is refused, then accepted with a supplied ECB rate marked as supplied', () => {
    expect(problem(run({ dueDate: '2026-06-15', on: '2026-07-15' }))).toEqual({ code: 'rate-unknown', params: expect.objectContaining({ halfYear: '2026-H2' }) });
    const p = value(run({ dueDate: '2026-06-15', on: '2026-07-15', ecbOverrides: { '2026-H2': 190 } }));
    expect(p.segments.map((s) => [s.rate, s.rateBasis.code])).toEqual([[1215, 'rate-basis-ecb'], [1190, 'rate-basis-ecb-supplied']]);
  });

  test('a supplied rate never replaces a published one', () => {
    expect(brief({ ecbOverrides: { '2025-H1': 999 } }).map((s) => s[3])).toEqual([1315]);
  });

  test('before the tables start (2014 H2) the rate is unknown too', () => {
    expect(problem(run({ dueDate: '2014-07-10', on: '2014-08-10' })).params).toMatchObject({ halfYear: '2014-H2' });
  });

  test('the refusal reads in both languages with the half-year', () => {
    const e = problem(run({ dueDate: '2026-06-15', on: '2026-07-15' }));
    expect(describeProblem(e, 'fr')).toContain('2e semestre 2026');
    expect(describeProblem(e, 'en')).toContain('H2 2026');
  });
});

describe('input checks', () => {
  test('impossible dates and non-positive amounts are problems', () => {
    expect(problem(run({ dueDate: '2025-02-30' }))).toEqual({ code: 'bad-date', params: { input: '2025-02-30' } });
    expect(problem(run({ principal: 0 })).code).toBe('principal-not-positive');
    expect(problem(run({ principal: -500 })).params).toEqual({ amount: '-5.00' });
  });
});
