/**
 * Half-years ("2025-H2"): the unit in which French late-payment rates change (1 January, 1 July).
 * @example halfYearOf('2025-07-01') // → '2025-H2'
 * @example splitByHalfYear('2025-06-16', '2025-07-15') // → two pieces of 15 days
 */
import type { IsoDate } from '../../model';
import { daysBetween } from '../../util';

/** `YYYY-H1` (1 Jan–30 Jun) or `YYYY-H2` (1 Jul–31 Dec). */
export type HalfYear = string;

const HALF = /^(\d{4})-H([12])$/;

export function isHalfYear(s: string): boolean {
  return HALF.test(s);
}

export function halfYearOf(date: IsoDate): HalfYear {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** First day of the half-year: its rate reference day (1 January or 1 July). */
export function halfYearStart(h: HalfYear): IsoDate {
  return `${h.slice(0, 4)}-${h.endsWith('1') ? '01-01' : '07-01'}`;
}

export function halfYearEnd(h: HalfYear): IsoDate {
  return `${h.slice(0, 4)}-${h.endsWith('1') ? '06-30' : '12-31'}`;
}

export function nextHalfYear(h: HalfYear): HalfYear {
  const y = Number(h.slice(0, 4));
  return h.endsWith('1') ? `${y}-H2` : `${y + 1}-H1`;
}

export interface HalfYearPiece { halfYear: HalfYear; from: IsoDate; to: IsoDate; days: number }

/** Splits the inclusive range [from, to] at 1 January / 1 July. Empty when `to` is before `from`. */
export function splitByHalfYear(from: IsoDate, to: IsoDate): HalfYearPiece[] {
  const pieces: HalfYearPiece[] = [];
  let start = from;
  while (start <= to) {
    const h = halfYearOf(start);
    const end = halfYearEnd(h) < to ? halfYearEnd(h) : to;
    pieces.push({ halfYear: h, from: start, to: end, days: daysBetween(start, end) + 1 });
    if (end === to) break; // also keeps '10000-01-01' (sorts before '9999-…') out of the loop
    start = halfYearStart(nextHalfYear(h));
  }
  return pieces;
}

/** Every half-year touched by the inclusive range [from, to]. */
export function halfYearsBetween(from: IsoDate, to: IsoDate): HalfYear[] {
  return splitByHalfYear(from, to).map((p) => p.halfYear);
}
