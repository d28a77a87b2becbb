/**
 * How letters write dates and rates, in French and English.
 * @example formatDay('2025-07-01', 'fr') // → '1er juillet 2025'
 * @example formatRate(1315, 'fr')        // → '13,15 %'
 */
import type { IsoDate, Lang, RateHundredths } from '../model';

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Long form for sentences: '15 mars 2025', '1er juillet 2025' / '15 March 2025'. */
export function formatDay(date: IsoDate, lang: Lang): string {
  const [y, m, d] = parts(date);
  return `${lang === 'fr' && d === 1 ? '1er' : d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** Short form for tables: '15/03/2025' / '15 Mar 2025' (never the ambiguous 03/15). */
export function formatDayShort(date: IsoDate, lang: Lang): string {
  const [y, m, d] = parts(date);
  if (lang === 'fr') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return `${d} ${MONTHS.en[m - 1]!.slice(0, 3)} ${y}`;
}

/** A rate in hundredths of a point: '13,15 %' (no-break space) / '13.15%'. */
export function formatRate(rate: RateHundredths, lang: Lang): string {
  const sign = rate < 0 ? '-' : '';
  const abs = Math.abs(rate);
  const s = `${Math.trunc(abs / 100)}${lang === 'fr' ? ',' : '.'}${String(abs % 100).padStart(2, '0')}`;
  return lang === 'fr' ? `${sign}${s}\u00a0%` : `${sign}${s}%`;
}

/** 'notre première relance' / 'our first reminder' for the n-th (1-based) earlier reminder. */
export function reminderLabel(n: number, lang: Lang): string {
  const fr = ['première', 'deuxième', 'troisième', 'quatrième'];
  const en = ['first', 'second', 'third', 'fourth'];
  return lang === 'fr' ? `notre ${fr[n - 1] ?? `${n}e`} relance` : `our ${en[n - 1] ?? `${n}th`} reminder`;
}
