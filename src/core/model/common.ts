/**
 * Plain value types shared by every part of the core.
 * Money is integer cents; dates are calendar dates `YYYY-MM-DD` (Europe/Paris).
 */

/** An amount in integer cents (e.g. 1 240,00 € → 124000). Never a float. */
export type Cents = number;

/** A calendar date `YYYY-MM-DD` (Europe/Paris). */
export type IsoDate = string;

/** An ISO 4217 currency code ("EUR", "USD"…). */
export type Currency = string;

/** A percentage in hundredths of a point: 13.15 % → 1315. Exact, never a float. */
export type RateHundredths = number;

export type Lang = 'fr' | 'en';

/** Expected conditions are values, not exceptions. */
export type Result<T, E = Problem> = { ok: true; value: T } | { ok: false; error: E };

/**
 * An expected problem (bad input, missing rate, refused computation…).
 * `code` is stable (kebab-case) and `params` fill the user-facing sentence,
 * which `describeProblem(problem, lang)` (src/core/i18n) writes in the user's language.
 */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
}

/** Where a fact came from, so the panes can show "why". */
export interface Evidence {
  /** Id of the message (see `Message.id`) the fact was read from; null for settings/ledger/computed facts. */
  messageId: string | null;
  /** The sentence or line it was read from (debtor-controlled: escape before showing as HTML). */
  excerpt: string;
  /** Id of the rule, extractor or source that produced it (`invoice-number`, `factur-x`, `ledger`, `relance-marker`…). */
  rule: string;
}

/** A value with its provenance. */
export interface Fact<T> {
  value: T;
  source: Evidence;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: string, params?: Record<string, string | number>): Result<never, Problem> =>
  ({ ok: false, error: params ? { code, params } : { code } });
