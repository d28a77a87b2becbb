/**
 * Dates as quoted headers write them, in French and English: "jeudi 13 février 2025 16:42",
 * "jeu. 13 févr. 2025 à 16:42", "13/02/2025 à 16h42", "Thursday, March 5, 2026 4:12 AM",
 * "Mon, Nov 10, 2025 at 12:04 PM", "1 juillet 2024 à 08:12:05 UTC+2", RFC 5322 dates…
 * A date written without a zone is the writer's wall clock: its calendar day is taken as written,
 * and its instant is read as Europe/Paris time.
 */
import type { IsoDate } from '../../model';
import { makeDate } from '../../util';
import { parisDay } from '../../util/dates';

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1, fevrier: 2, fevr: 2, fev: 2, feb: 2, february: 2, mars: 3, mar: 3,
  march: 3, avril: 4, avr: 4, apr: 4, april: 4, mai: 5, may: 5, juin: 6, jun: 6, june: 6, juillet: 7, juil: 7,
  jul: 7, july: 7, aout: 8, aou: 8, aug: 8, august: 8, septembre: 9, sept: 9, sep: 9, september: 9, octobre: 10,
  oct: 10, october: 10, novembre: 11, nov: 11, november: 11, decembre: 12, dec: 12, december: 12,
};
const NUMERIC = /\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})\b/;
const TIME = /\b(\d{1,2})\s?[:h]\s?(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/;
const OFFSET = /(?:\b(?:utc|gmt)\s?([+-])(\d{1,2})(?::?(\d{2}))?|\s([+-])(\d{2}):?(\d{2})\b)/;

export interface QuotedDate {
  day: IsoDate;
  /** ISO 8601 instant when a time was written, else null. */
  sentAt: string | null;
  /** For a numeric date that reads both ways (03/04/2025), the other reading. */
  other?: QuotedDate;
}

/**
 * @example parseQuotedDate('jeu. 13 févr. 2025 à 16:42') // → { day: '2025-02-13', sentAt: '2025-02-13T15:42:00.000Z' }
 * @example parseQuotedDate('3/5/2025, 4:12 PM', 'en') // → { day: '2025-03-05', … }
 */
export function parseQuotedDate(input: string, lang: 'fr' | 'en' = 'fr'): QuotedDate | null {
  const s = input.slice(0, 120).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();
  const first = readDate(s, numericDate(s, lang) ?? namedDate(s));
  const swapped = numericDate(s, lang, true);
  if (first && swapped) {
    const other = readDate(s, swapped);
    if (other && other.day !== first.day) first.other = other;
  }
  return first;
}

function readDate(s: string, ymd: [number, number, number] | null): QuotedDate | null {
  if (!ymd) return null;
  const [y, mo, d] = ymd;
  const day = makeDate(y, mo, d);
  if (!day) return null;
  const t = TIME.exec(s.replace(NUMERIC, ' '));
  if (!t) return { day, sentAt: null };
  let h = Number(t[1]);
  const mi = Number(t[2]);
  const sec = Number(t[3] ?? 0);
  if (t[4] === 'p' && h < 12) h += 12;
  if (t[4] === 'a' && h === 12) h = 0;
  if (h > 23 || mi > 59 || sec > 59) return { day, sentAt: null };
  const wall = Date.UTC(y, mo - 1, d, h, mi, sec);
  const o = OFFSET.exec(s.slice(t.index));
  if (o) {
    const sign = (o[1] ?? o[4]) === '-' ? -1 : 1;
    const minutes = sign * (Number(o[2] ?? o[5]) * 60 + Number(o[3] ?? o[6] ?? 0));
    const instant = new Date(wall - minutes * 60_000);
    return { day: parisDay(instant) ?? day, sentAt: instant.toISOString() };
  }
  return { day, sentAt: new Date(wall - parisOffsetMinutes(wall) * 60_000).toISOString() };
}

function numericDate(s: string, lang: 'fr' | 'en', swap = false): [number, number, number] | null {
  const m = NUMERIC.exec(s);
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[1]!.length === 4) return swap ? null : [a, b, c];
  const y = m[3]!.length === 2 ? 2000 + c : c;
  if (swap && (a > 12 || b > 12)) return null;
  const dayFirst = a > 12 ? true : b > 12 ? false : (lang === 'fr') !== swap;
  return dayFirst ? [y, b, a] : [y, a, b];
}

function namedDate(s: string): [number, number, number] | null {
  const tokens = s.split(/[\s,.]+/).filter(Boolean);
  let k = tokens.findIndex((w) => MONTHS[w] !== undefined);
  if (k < 0) return null;
  // "mar." opening a French date is mardi, not March: "mar. 4 mars 2025".
  if (k === 0 && tokens[0] === 'mar') {
    const next = tokens.findIndex((w, i) => i > 0 && MONTHS[w] !== undefined);
    if (next > 0) k = next;
  }
  const month = MONTHS[tokens[k]!]!;
  const year = tokens.find((w) => /^(?:19|20)\d\d$/.test(w));
  if (!year) return null;
  const num = (w: string | undefined) => (w && /^\d{1,2}(?:er|st|nd|rd|th)?$/.test(w) ? parseInt(w, 10) : NaN);
  let d = num(tokens[k - 1]);
  if (Number.isNaN(d)) d = num(tokens[k + 1]);
  return Number.isNaN(d) ? null : [Number(year), month, d];
}

const offsetCache = new Map<number, number>();
let hourFormat: Intl.DateTimeFormat | null = null;

/** Europe/Paris offset (60 or 120 minutes) at a wall-clock time, found by checking which one round-trips. */
function parisOffsetMinutes(wallMs: number): number {
  const hourKey = Math.floor(wallMs / 3_600_000);
  const cached = offsetCache.get(hourKey);
  if (cached !== undefined) return cached;
  hourFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', hourCycle: 'h23' });
  const wantHour = new Date(wallMs).getUTCHours();
  let found = 60;
  for (const off of [60, 120]) {
    if (Number(hourFormat.format(new Date(wallMs - off * 60_000))) === wantHour) { found = off; break; }
  }
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(hourKey, found);
  return found;
}
