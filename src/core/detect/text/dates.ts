/**
 * Dates as written in French and English mail, read into calendar dates. A date without a year takes
 * the year that puts it nearest to the day of the message it was written in ("échue le 1er octobre",
 * "on Sept 30"); weekdays and "la semaine prochaine" are read from that day too (promises).
 * @example findDates('échéance au 09/03/2025 ou fin mars', '2025-02-07').map((d) => d.date) // → ['2025-03-09', '2025-03-31']
 */
import type { IsoDate } from '../../model';
import { addDays, daysBetween, endOfMonth, makeDate, toDayNumber } from '../../util';

export interface DateHit {
  date: IsoDate;
  start: number;
  end: number;
  /** True when the text gave the year (or the full numeric date). */
  explicitYear: boolean;
  /** True for a relative form (weekday, "next week", "tomorrow"). */
  relative: boolean;
}

const FR_MONTHS: [RegExp, number][] = [
  [/^janv/, 1], [/^f[ée]v/, 2], [/^mars/, 3], [/^avr/, 4], [/^mai/, 5], [/^juin/, 6], [/^juil/, 7], [/^ao[uû]/, 8],
  [/^sept/, 9], [/^oct/, 10], [/^nov/, 11], [/^d[ée]c/, 12],
];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  for (const [re, n] of FR_MONTHS) if (re.test(w)) return n;
  const i = EN_MONTHS.indexOf(w.slice(0, 3));
  return i >= 0 ? i + 1 : null;
}

const MONTH = String.raw`(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|march|mar|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAYS: Record<string, number> = { lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 0,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 0 };

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, ref: IsoDate | null) => Omit<DateHit, 'start' | 'end'> | null }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => full(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-]*\d)/g, read: (m) => {
    const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    const a = +m[1]!, b = +m[2]!;
    return a <= 12 && b > 12 ? full(y, a, b) : full(y, b, a);
  } },
  { re: new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(${MONTH})(?:\s+(\d{4}))?(?!\w)`, 'gi'), read: (m, ref) => dm(+m[1]!, m[2]!, m[3], ref) },
  { re: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?![\d\w:])`, 'gi'), read: (m, ref) => dm(+m[2]!, m[1]!, m[3], ref) },
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g, read: (m, ref) => noYear(+m[1]!, +m[2]!, ref) },
  { re: new RegExp(String.raw`\b(?:fin|end of)\s+(?:(?:de|d')\s*)?(${MONTH})(?:\s+(\d{4}))?`, 'gi'), read: (m, ref) => {
    const n = monthNumber(m[1]!);
    const first = n && (m[2] ? full(+m[2], n, 1) : noYear(1, n, ref));
    return first ? { ...first, date: endOfMonth(first.date) } : null;
  } },
  { re: /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?![,\s]+\d)/gi, read: (m, ref) => {
    if (!ref) return null;
    const want = WEEKDAYS[m[1]!.toLowerCase()]!;
    const today = (toDayNumber(ref) + 4) % 7; // 1970-01-01 was a Thursday
    const ahead = ((want - today + 7) % 7) || 7;
    return { date: addDays(ref, ahead), explicitYear: false, relative: true };
  } },
  { re: /\b(la semaine prochaine|next week|demain|tomorrow|en d[ée]but de semaine prochaine)\b/gi, read: (m, ref) => {
    if (!ref) return null;
    const w = m[1]!.toLowerCase();
    return { date: addDays(ref, w === 'demain' || w === 'tomorrow' ? 1 : 7), explicitYear: false, relative: true };
  } },
];

function full(y: number, mo: number, d: number) {
  const date = makeDate(y, mo, d);
  return date ? { date, explicitYear: true, relative: false } : null;
}

function dm(d: number, monthWord: string, year: string | undefined, ref: IsoDate | null) {
  const mo = monthNumber(monthWord);
  if (!mo) return null;
  return year ? full(+year, mo, d) : noYear(d, mo, ref);
}

/** A day and month: the year that puts it nearest to the reference day. */
function noYear(d: number, mo: number, ref: IsoDate | null) {
  if (!ref || mo < 1 || mo > 12) return null;
  const y = +ref.slice(0, 4);
  let best: IsoDate | null = null;
  for (const cand of [y - 1, y, y + 1]) {
    const date = makeDate(cand, mo, d);
    if (date && (!best || Math.abs(daysBetween(ref, date)) < Math.abs(daysBetween(ref, best)))) best = date;
  }
  return best ? { date: best, explicitYear: false, relative: false } : null;
}

/** Every date in a text, in reading order; overlapping readings keep the first, longest match. */
export function findDates(text: string, ref: IsoDate | null): DateHit[] {
  const hits: DateHit[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text))) {
      const start = m.index, end = m.index + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const r = p.read(m, ref);
      if (r) hits.push({ ...r, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
