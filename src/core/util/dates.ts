/**
 * Calendar dates `YYYY-MM-DD` with no clock and no time zone: arithmetic on day numbers.
 * @example addDays('2025-02-27', 2) // → '2025-03-01'
 * @example daysBetween('2025-03-15', '2025-05-01') // → 47
 */
import type { IsoDate } from '../model';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2025-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, month1: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month1 - 1]!;
}

/** Builds a date from parts, or null when they do not form a real date. */
export function makeDate(y: number, month1: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || month1 < 1 || month1 > 12 || d < 1 || d > daysInMonth(y, month1)) return null;
  return `${y}-${String(month1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian). */
export function toDayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${date}`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000);
}

export function fromDayNumber(n: number): IsoDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in days (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return makeDate(y, m, daysInMonth(y, m))!;
}

/** Adds calendar months, clamping the day to the month's length (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return makeDate(ny, nm, Math.min(d, daysInMonth(ny, nm)))!;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

let parisFormat: Intl.DateTimeFormat | null = null;

/**
 * The Europe/Paris calendar day of an instant (handles CET/CEST). Pure: the instant is a parameter.
 * The formatter is built once: building one costs ~70 µs, a real share of the per-message parse budget.
 */
export function parisDay(instant: Date): IsoDate | null {
  if (Number.isNaN(instant.getTime())) return null;
  parisFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return parisFormat.format(instant);
}
