/**
 * Taux de l'intérêt légal (C. mon. fin. L313-2), one row per half-year, both columns, with the arrêté
 * and the source key (facts.md §3). Adding a half-year is one row. A half-year missing here is unknown:
 * callers get a `legal-rate-unknown` problem, never a guess.
 *
 * `particuliers`: the creditor is a natural person not acting for professional needs;
 * `autresCas`: every other creditor (a business, even against a consumer).
 */
import type { RateHundredths } from '../../model';

export interface LegalRateRow {
  halfYear: string;
  particuliers: RateHundredths;
  autresCas: RateHundredths;
  act: string;
  source: string;
}

const row = (halfYear: string, particuliers: number, autresCas: number, act: string, source: string): LegalRateRow =>
  ({ halfYear, particuliers, autresCas, act, source });

// prettier-ignore
export const LEGAL_RATES: readonly LegalRateRow[] = [
  row('2015-H1', 406, 93, 'arrêté du 23/12/2014', 'S7'),
  row('2015-H2', 429, 99, 'arrêté du 24/06/2015', 'S7'),
  row('2016-H1', 454, 101, 'arrêté du 23/12/2015', 'S7'),
  row('2016-H2', 435, 93, 'arrêté du 24/06/2016', 'S7'),
  row('2017-H1', 416, 90, 'arrêté du 29/12/2016', 'S7'),
  row('2017-H2', 394, 90, 'arrêté du 26/06/2017', 'S7'),
  row('2018-H1', 373, 89, 'arrêté du 28/12/2017', 'S7'),
  row('2018-H2', 360, 88, 'arrêté du 27/06/2018', 'S7'),
  row('2019-H1', 340, 86, 'arrêté du 21/12/2018', 'S7'),
  row('2019-H2', 326, 87, 'arrêté du 26/06/2019', 'S7'),
  row('2020-H1', 315, 87, 'arrêté du 23/12/2019', 'S7'),
  row('2020-H2', 311, 84, 'arrêté du 15/06/2020', 'S8a'),
  row('2021-H1', 314, 79, 'arrêté du 21/12/2020', 'S8b'),
  row('2021-H2', 312, 76, 'arrêté du 16/06/2021', 'S8b'),
  row('2022-H1', 313, 76, 'arrêté de décembre 2021', 'S8c'),
  row('2022-H2', 315, 77, 'arrêté de juin 2022', 'S8d'),
  row('2023-H1', 447, 206, 'arrêté de décembre 2022', 'S8d'),
  row('2023-H2', 682, 422, 'arrêté ECOT2317028A du 27/06/2023', 'S8d'),
  row('2024-H1', 801, 507, 'arrêté de décembre 2023', 'S8e, S8'),
  row('2024-H2', 816, 492, 'arrêté du 26/06/2024', 'S8f'),
  row('2025-H1', 721, 371, 'arrêté du 17/12/2024', 'S8g'),
  row('2025-H2', 665, 276, 'arrêté ECOT2516925A du 19/06/2025', 'S8g'),
  row('2026-H1', 667, 262, 'arrêté du 15/12/2025', 'S8h'),
];
