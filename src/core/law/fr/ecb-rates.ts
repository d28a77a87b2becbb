/**
 * ECB main refinancing operations (MRO) rate: every change since 2014, with its effect date and source
 * (facts.md §2). Add a change as one row. `ECB_CONFIRMED_THROUGH` is the last day on which the project
 * knows the rate for sure: a reference day after it is unknown and never guessed.
 */
import type { IsoDate, RateHundredths } from '../../model';

export interface EcbChange { from: IsoDate; rate: RateHundredths; source: string }

// prettier-ignore
export const ECB_MRO: readonly EcbChange[] = [
  { from: '2014-09-10', rate: 5, source: 'S6a' },
  { from: '2016-03-16', rate: 0, source: 'S6a' },
  { from: '2022-07-27', rate: 50, source: 'S6a' },
  { from: '2022-09-14', rate: 125, source: 'S6a' },
  { from: '2022-11-02', rate: 200, source: 'S6a' },
  { from: '2022-12-21', rate: 250, source: 'S6a' },
  { from: '2023-02-08', rate: 300, source: 'S6a' },
  { from: '2023-03-22', rate: 350, source: 'S6a' },
  { from: '2023-05-10', rate: 375, source: 'S6a' },
  { from: '2023-06-21', rate: 400, source: 'S6a' },
  { from: '2023-08-02', rate: 425, source: 'S6a' },
  { from: '2023-09-20', rate: 450, source: 'S6a' },
  { from: '2024-06-12', rate: 425, source: 'S6a' },
  { from: '2024-09-18', rate: 365, source: 'S6a' },
  { from: '2024-10-23', rate: 340, source: 'S6a' },
  { from: '2024-12-18', rate: 315, source: 'S6b' },
  { from: '2025-02-05', rate: 290, source: 'S6b' },
  { from: '2025-03-12', rate: 265, source: 'S6b' },
  { from: '2025-04-23', rate: 240, source: 'S6b' },
  { from: '2025-06-11', rate: 215, source: 'S6c' },
];

/** Unchanged at 2.15 % after the 22 Dec 2025, 5 Feb 2026 and 30 Apr 2026 meetings (S6d–S6f); later: unknown. */
export const ECB_CONFIRMED_THROUGH: { date: IsoDate; source: string } = { date: '2026-04-30', source: 'S6f' };
