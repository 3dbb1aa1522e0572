// Deep copy of plain data (objects, arrays, Dates). Not structuredClone: under jest its Dates
// come from another realm and fail `instanceof Date`.
import { isDate } from './is-date';
export function clone<T>(value: T): T {
  if (isDate(value)) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clone(v);
    return out as T;
  }
  return value;
}
