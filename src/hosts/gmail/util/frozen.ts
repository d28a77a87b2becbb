/**
 * Values shared between requests (settings and reminders read from the store, default settings) are
 * frozen, so no handler can change what the next request sees, and a cache key can name them by identity.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/**
 * A short stand-in for a value inside a cache key: a frozen object is named by its identity (the same
 * object, hence the same content, for as long as it lives), anything else by its JSON.
 */
export function keyPart(value: unknown): string {
  if (!value || typeof value !== 'object' || !Object.isFrozen(value)) return JSON.stringify(value);
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ++nextId));
  return `#${id}`;
}
