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
 * From 1996 to 2099 the EU rule holds (UTC+2 from the last Sunday of March to the last Sunday of October,
 * both at 01:00 UTC; UTC+1 otherwise): worked out by arithmetic, which a test checks against the time-zone
 * database hour by hour. Other years ask Intl (formatting an instant costs ~1 µs, per message parsed).
 */
export function parisDay(instant: Date): IsoDate | null {
  const t = instant.getTime();
  if (Number.isNaN(t)) return null;
  if (t >= EU_RULE_FROM && t < EU_RULE_UNTIL) {
    const [start, end] = summerTime(new Date(t).getUTCFullYear());
    return fromDayNumber(Math.floor((t + (t >= start && t < end ? 7_200_000 : 3_600_000)) / 86_400_000));
  }
  parisFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return parisFormat.format(instant);
}

const EU_RULE_FROM = Date.UTC(1996, 0, 1);
const EU_RULE_UNTIL = Date.UTC(2100, 0, 1);
const summer = new Map<number, [number, number]>();

/** Start and end (ms, UTC) of Paris summer time in a year of the EU rule. */
function summerTime(year: number): [number, number] {
  let s = summer.get(year);
  if (!s) summer.set(year, (s = [lastSundayAt1Utc(year, 3), lastSundayAt1Utc(year, 10)]));
  return s;
}

function lastSundayAt1Utc(year: number, month1: number): number {
  const last = Date.UTC(year, month1 - 1, daysInMonth(year, month1));
  const weekday = (Math.floor(last / 86_400_000) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return last - weekday * 86_400_000 + 3_600_000;
}
