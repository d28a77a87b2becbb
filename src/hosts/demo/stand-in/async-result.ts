/**
 * Office.js callback semantics: the callback always runs later (never synchronously), receives an
 * AsyncResult with status/value/error and echoes `asyncContext` from the options.
 */
export interface StandInError { name: string; message: string; code: number }

export function asyncResult<T>(value: T | undefined, error: StandInError | null, asyncContext: unknown): Office.AsyncResult<T> {
  return {
    status: (error ? 'failed' : 'succeeded') as unknown as Office.AsyncResultStatus,
    value: value as T,
    error: (error ?? undefined) as unknown as Office.Error,
    asyncContext,
    diagnostics: undefined,
  };
}

/** Splits Office's `(…, options?, callback?)` tails: returns the callback and the options object. */
export function tail(args: unknown[]): { options: Record<string, unknown>; callback: ((r: Office.AsyncResult<any>) => void) | undefined } {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? (last as (r: Office.AsyncResult<any>) => void) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const options = rest.find((a) => a !== null && typeof a === 'object' && !Array.isArray(a)) as Record<string, unknown> | undefined;
  return { options: options ?? {}, callback };
}

/** Runs `work` and delivers its value (or its thrown StandInError) to the callback on a later task. */
export function respond<T>(args: unknown[], work: () => T): void {
  const { options, callback } = tail(args);
  let value: T | undefined; let error: StandInError | null = null;
  try { value = work(); } catch (e) {
    error = isStandInError(e) ? e : { name: 'GenericResponseError', message: e instanceof Error ? e.message : String(e), code: 9018 };
  }
  const result = asyncResult<T>(value, error, options.asyncContext);
  if (callback) setTimeout(() => callback(result), 0);
}

function isStandInError(e: unknown): e is StandInError {
  return typeof e === 'object' && e !== null && 'code' in e && 'name' in e && 'message' in e;
}

export const errors = {
  invalidArgument: (message: string): StandInError => ({ name: 'InvalidArgument', message, code: 9000 }),
  dataExceedsMaximumSize: (): StandInError => ({ name: 'DataExceedsMaximumSize', message: 'The data exceeds the maximum size.', code: 1000 }),
  itemNotFound: (): StandInError => ({ name: 'AttachmentNotFound', message: 'The attachment was not found.', code: 9043 }),
};
