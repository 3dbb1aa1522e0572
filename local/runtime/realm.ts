// Type tests that hold across vm realms: the script runs in its own realm, where `instanceof`
// against the host's constructors fails.
import { types } from 'node:util';

export const isDate = (v: unknown): v is Date => types.isDate(v);
/** Any realm's Error (a plain boolean: `instanceof` must still be able to tell the realms apart). */
export const isError = (v: unknown): boolean => types.isNativeError(v);

/** A `{…}` object of any realm (its prototype is some realm's Object.prototype, or null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || types.isProxy(v)) return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto === null) return true;
  return (
    Object.getPrototypeOf(proto) === null &&
    (proto as { constructor?: { name?: string } }).constructor?.name === 'Object'
  );
}

/** Data (copied across the boundary) as opposed to a service object (wrapped): no methods. */
export function isPlainData(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v)) return false;
  for (const key of Object.keys(v)) if (typeof v[key] === 'function') return false;
  return true;
}
