// google.script.run's rules for what crosses between the sidebar and the server, as Google's
// reference states them: "Legal parameters are JavaScript primitives like a Number, Boolean,
// String, or null, as well as JavaScript objects and arrays that are composed of primitives,
// objects, and arrays. … Requests fail if you attempt to pass a Date, Function, DOM element
// besides a form, or other prohibited type, including prohibited types inside objects or arrays.
// Objects that create circular references will also fail, and undefined fields within arrays
// become null." The HTML-service communication guide
// (https://developers.google.com/apps-script/guides/html/communication, "Parameters and return
// values") puts return values under the same rules, so a result holding an illegal value fails
// the call (the failure handler gets the error) instead of reaching the page as null: a page
// must never depend on a value Google refuses.
import { isPlainObject } from './realm';

/** The property holding the first illegal value ("0" for the first argument), if any. */
export function illegalProperty(
  value: unknown,
  key = '',
  seen = new Set<object>(),
): string | undefined {
  const t = typeof value;
  if (value === null || value === undefined || t === 'string' || t === 'boolean' || t === 'number')
    return undefined;
  if (t !== 'object') return key;
  const object = value as object;
  if (seen.has(object)) return key;
  if (!Array.isArray(object) && !isPlainObject(object)) return key;
  seen.add(object);
  for (const [k, v] of Object.entries(object)) {
    const bad = illegalProperty(v, k, seen);
    if (bad !== undefined) return bad;
  }
  seen.delete(object);
  return undefined;
}

/** Throws as google.script.run does when an argument cannot be sent. */
export function checkArguments(args: readonly unknown[]): void {
  args.forEach((arg, i) => {
    const bad = illegalProperty(arg, String(i));
    if (bad !== undefined) throw new Error(`Failed due to illegal value in property: ${bad}`);
  });
}

/** The copy the client receives (JSON's transformations); throws when the value is illegal. */
export function clientResult(value: unknown): unknown {
  if (value === undefined) return undefined;
  const bad = illegalProperty(value, 'result');
  if (bad !== undefined) throw new Error(`Failed due to illegal value in property: ${bad}`);
  return JSON.parse(JSON.stringify(value)) as unknown;
}
