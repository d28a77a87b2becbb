/** Shared helpers for the law tests: unwrap a Result or fail the test with its problem. */
import type { Problem, Result } from '../../src/core/model';

export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got problem ${JSON.stringify(r.error)}`);
  return r.value;
}

export function problem<T>(r: Result<T>): Problem {
  if (r.ok) throw new Error(`expected a problem, got ${JSON.stringify(r.value)}`);
  return r.error;
}
