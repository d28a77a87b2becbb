/**
 * Dates as people, ledgers and invoices write them → `YYYY-MM-DD`: `15/03/2025`, `15.03.2025`,
 * `15-03-2025`, `2025-03-15`, `15/03/25`, `15 mars 2025`, `1er mars 2025`, `15. März 2025`,
 * `March 15, 2025`, `15 Mar 2025`. Numeric day/month order is day first (Europe) unless only the
 * other order makes a real date (`03/15/2025`).
 * @example parseDate('15/03/2025') // → '2025-03-15'
 * @example parseDate('15 mars 2025') // → '2025-03-15'
 */
import type { IsoDate } from '../model';
import { makeDate } from '../util';

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['janvier', 'january', 'januar', 'jänner', 'jan', 'janv'],
  ['février', 'fevrier', 'february', 'februar', 'feb', 'févr', 'fevr', 'fév', 'fev'],
  ['mars', 'march', 'märz', 'maerz', 'mar'],
  ['avril', 'april', 'apr', 'avr'],
  ['mai', 'may'],
  ['juin', 'june', 'juni', 'jun'],
  ['juillet', 'july', 'juli', 'jul', 'juil'],
  ['août', 'aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oktober', 'oct', 'okt'],
  ['novembre', 'november', 'nov'],
  ['décembre', 'decembre', 'december', 'dezember', 'dec', 'déc', 'dez'],
];
NAMES.forEach((names, i) => names.forEach((n) => { MONTHS[n] = i + 1; }));

const MONTH_RE = NAMES.flat().sort((a, b) => b.length - a.length).join('|');
/** Finds a date anywhere in a text (first match). Used by the PDF-text reader. */
export const DATE_PATTERN = new RegExp(
  `(?<!\\d)(?:(\\d{4}-\\d{1,2}-\\d{1,2})|(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})|(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(${MONTH_RE})(?!\\p{L})\\.?\\s+(\\d{4})|(?<!\\p{L})(${MONTH_RE})(?!\\p{L})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))(?!\\d)`,
  'iu',
);

/** One date, the whole text (blanks around allowed) → `YYYY-MM-DD`, or null. */
export function parseDate(text: string): IsoDate | null {
  const s = text.trim();
  const m = new RegExp(`^(?:${DATE_PATTERN.source})$`, 'iu').exec(s);
  return m ? fromMatch(m) : null;
}

/** The first date found inside a longer text, or null. */
export function findDate(text: string): IsoDate | null {
  const re = new RegExp(DATE_PATTERN.source, 'giu');
  for (const m of text.matchAll(re)) {
    const d = fromMatch(m);
    if (d) return d;
  }
  return null;
}

function fromMatch(m: RegExpMatchArray): IsoDate | null {
  if (m[1]) {
    const [y, mo, d] = m[1].split('-').map(Number) as [number, number, number];
    return makeDate(y, mo, d);
  }
  if (m[2]) {
    const [a, b, c] = m[2].split(/[./-]/).map(Number) as [number, number, number];
    const y = c < 100 ? 2000 + c : c;
    return makeDate(y, b, a) ?? makeDate(y, a, b);
  }
  if (m[3]) return makeDate(Number(m[5]), MONTHS[m[4]!.toLowerCase()]!, Number(m[3]));
  return makeDate(Number(m[8]), MONTHS[m[6]!.toLowerCase()]!, Number(m[7]));
}
