/**
 * A contractual B2B rate applies to the whole delay as one part, but never below 3 × the legal rate
 * "autres cas" of any half-year the delay runs through (L441-10 II). A rate below it is refused, never
 * silently raised. The refusal names the highest floor crossed, so the figure given is the lowest rate
 * that would be accepted. A half-year whose legal rate is not published yet cannot be checked: the rate
 * is applied and a `floor-unverified` warning says so (the rate comes from the contract, nothing is guessed).
 */
import { fail, ok, type IsoDate, type PenaltySegment, type Problem, type RateHundredths, type Result } from '../../model';
import { daysBetween } from '../../util';
import { halfYearParams, rateParams } from './format';
import { halfYearsBetween, type HalfYear } from './half-years';
import { contractualFloor, type LegalRateOverrides } from './rates';

export function checkContractualRate(
  rate: RateHundredths, start: IsoDate, on: IsoDate, overrides: LegalRateOverrides | undefined, warnings: Problem[],
): Result<Omit<PenaltySegment, 'interest'>[]> {
  let worst: { h: HalfYear; floor: RateHundredths; legalRate: RateHundredths } | null = null;
  for (const h of halfYearsBetween(start, on)) {
    const floor = contractualFloor(h, overrides);
    if (!floor.ok) {
      warnings.push({ code: 'floor-unverified', params: { ...rateParams('rate', rate), ...halfYearParams(h) } });
      continue;
    }
    if (rate < floor.value.rate && (!worst || floor.value.rate > worst.floor)) {
      worst = { h, floor: floor.value.rate, legalRate: floor.value.legalRate };
    }
  }
  if (worst) {
    return fail('rate-below-floor', {
      ...rateParams('rate', rate), ...rateParams('floor', worst.floor), ...rateParams('legalRate', worst.legalRate), ...halfYearParams(worst.h),
    });
  }
  const basis = { code: 'rate-basis-contractual', params: rateParams('rate', rate) };
  return ok([{ from: start, to: on, days: daysBetween(start, on) + 1, rate, rateBasis: basis }]);
}
