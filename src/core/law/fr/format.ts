/**
 * Problem parameters in both languages: the catalog fills `{name}` placeholders verbatim, so each figure
 * comes as a machine form (`rate: '6.18'`) and a French form (`rateFr: '6,18'`), and each half-year as
 * its key plus a label per language.
 */
import type { IsoDate, RateHundredths } from '../../model';
import { formatDecimal } from '../../util';
import type { HalfYear } from './half-years';

type Params = Record<string, string | number>;

/** 1315 → { rate: '13.15', rateFr: '13,15' } (name = 'rate'). */
export function rateParams(name: string, rate: RateHundredths): Params {
  const s = formatDecimal(rate);
  return { [name]: s, [`${name}Fr`]: s.replace('.', ',') };
}

/** '2023-H1' → { halfYear: '2023-H1', semestre: '1er semestre 2023', half: 'H1 2023' }. */
export function halfYearParams(h: HalfYear): Params {
  const y = h.slice(0, 4);
  const first = h.endsWith('1');
  return { halfYear: h, semestre: `${first ? '1er' : '2e'} semestre ${y}`, half: `${first ? 'H1' : 'H2'} ${y}` };
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-07-01' → { date: '2025-07-01', dateFr: '1er juillet 2025', dateEn: '1 July 2025' } (name = 'date'). */
export function dateParams(name: string, date: IsoDate): Params {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return {
    [name]: date,
    [`${name}Fr`]: `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`,
    [`${name}En`]: `${d} ${MONTHS_EN[m - 1]} ${y}`,
  };
}
