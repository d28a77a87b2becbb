/**
 * `parisDay` with one shared formatter. src/core/util's `parisDay` builds a new
 * Intl.DateTimeFormat on every call (~70 µs), which alone would take a quarter of the parse
 * budget per message; this is the same computation with the formatter created once.
 */
import type { IsoDate } from '../model';

let format: Intl.DateTimeFormat | null = null;

/** @example parisDayOf(new Date('2025-03-29T23:30:00Z')) // → '2025-03-30' */
export function parisDayOf(instant: Date): IsoDate | null {
  if (Number.isNaN(instant.getTime())) return null;
  format ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  return format.format(instant);
}
