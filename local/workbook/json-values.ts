// JSON-safe encoding for free-form side-table values (rule values, chart options): Dates
// become {"$date": ISO} and come back as Dates; everything else is plain JSON.
import { isDate } from './is-date';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function encodeJson(value: unknown): Json {
  if (isDate(value)) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeJson);
  if (value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeJson(v)]));
  }
  return value as Json;
}

export function decodeJson(value: Json): unknown {
  if (Array.isArray(value)) return value.map(decodeJson);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$date' && typeof value.$date === 'string') {
      return new Date(value.$date);
    }
    return Object.fromEntries(keys.map((k) => [k, decodeJson(value[k])]));
  }
  return value;
}
