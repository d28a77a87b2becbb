/** The rate tables: every row sourced, no gap, and the figures of facts.md §2 derived table reproduced. */
import { ECB_CONFIRMED_THROUGH, ECB_MRO, LAW_SOURCES, LEGAL_RATES, contractualFloor, ecbReferenceRate, halfYearsBetween, legalRate } from '../../src/core/law';
import { catalog } from '../../src/core/i18n';
import { value } from './helpers';

test('every ECB change and legal-rate row names a source that exists', () => {
  for (const row of ECB_MRO) expect(LAW_SOURCES[row.source]).toBeDefined();
  for (const row of LEGAL_RATES) for (const key of row.source.split(', ')) expect(LAW_SOURCES[key]).toBeDefined();
  expect(LAW_SOURCES[ECB_CONFIRMED_THROUGH.source]).toBeDefined();
});

test('ECB changes are in date order and each one changes the rate', () => {
  for (let i = 1; i < ECB_MRO.length; i++) {
    expect(ECB_MRO[i]!.from > ECB_MRO[i - 1]!.from).toBe(true);
    expect(ECB_MRO[i]!.rate).not.toBe(ECB_MRO[i - 1]!.rate);
  }
});

test('legal rates run from 2015 H1 to 2026 H1 without a gap', () => {
  expect(LEGAL_RATES.map((r) => r.halfYear)).toEqual(halfYearsBetween('2015-01-01', '2026-06-30'));
});

test('facts.md §2: default rate (ECB + 10) and floor (3 × legal rate) per half-year, 2020 → 2026 H1', () => {
  const table: [string, number, number][] = [
    ['2020-H1', 1000, 261], ['2020-H2', 1000, 252], ['2021-H1', 1000, 237], ['2021-H2', 1000, 228],
    ['2022-H1', 1000, 228], ['2022-H2', 1000, 231], ['2023-H1', 1250, 618], ['2023-H2', 1400, 1266],
    ['2024-H1', 1450, 1521], ['2024-H2', 1425, 1476], ['2025-H1', 1315, 1113], ['2025-H2', 1215, 828],
    ['2026-H1', 1215, 786],
  ];
  expect(table.map(([h]) => [h, value(ecbReferenceRate(h)).rate + 1000, value(contractualFloor(h)).rate])).toEqual(table);
});

test('2026 H2 is unknown in both tables', () => {
  expect(ecbReferenceRate('2026-H2').ok).toBe(false);
  expect(legalRate('2026-H2', 'autresCas').ok).toBe(false);
  expect(legalRate('2026-H2', 'particuliers').ok).toBe(false);
});

test('every law problem and rate-basis code has a French and an English sentence', () => {
  const codes = ['rate-unknown', 'legal-rate-unknown', 'rate-below-floor', 'floor-unverified', 'contractual-rate-ignored', 'notice-date-required',
    'bad-rate', 'principal-not-positive', 'amount-too-large', 'currency-not-eur', 'claim-empty', 'issue-date-required', 'bad-term',
    'term-beyond-60-days', 'term-beyond-45-days-eom', 'term-beyond-45-days-periodic', 'prescription-near', 'prescription-passed',
    'rate-basis-ecb', 'rate-basis-ecb-supplied', 'rate-basis-contractual', 'rate-basis-legal'];
  for (const code of codes) {
    expect(catalog[code]?.fr).toBeTruthy();
    expect(catalog[code]?.en).toBeTruthy();
  }
});
