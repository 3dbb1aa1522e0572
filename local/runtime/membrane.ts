// The boundary between the script's vm realm and the host (services, tests, the server).
// - Arrays and plain data objects are copied into the receiving realm, so the script's
//   `instanceof Array` holds for values it gets from services and the host gets its own arrays.
// - Dates need no copy: the script's global Date is the host's (see sandbox.ts).
// - Service objects are wrapped: their methods receive host values, their results come back
//   converted, and the errors they throw are rethrown as errors of the script's realm, so the
//   script's `e instanceof Error` holds as it does at Google.
import { isDate, isError, isPlainData, isPlainObject } from './realm';

export interface RealmIntrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

const MAX_DEPTH = 200;
const TOO_DEEP = 'value nested too deeply (or circular)';

/**
 * Copies arrays (deeply) inside the script's realm, handing every non-array object to `other`.
 * Compiled in the script's realm because building its arrays from there is several times faster
 * than from the host (a 200,000-row range is copied in tens of milliseconds). Array.isArray and
 * Error are bound once: a vm context's global lookups go through its interceptor, which doubled
 * the time of every copy when done per element.
 */
export const SCRIPT_ARRAY_COPIER = `(function (isArray, Error) {
  return function copy(value, other, depth) {
    if (depth > ${MAX_DEPTH}) throw new Error('${TOO_DEEP}');
    var n = value.length, out = [], v;
    for (var i = 0; i < n; i++) {
      v = value[i];
      if (typeof v !== 'object' || v === null) out.push(v);
      else if (isArray(v)) out.push(copy(v, other, depth + 1));
      else out.push(other(v, depth + 1));
    }
    return out;
  };
})(Array.isArray, Error)`;

export type ScriptArrayCopier = (
  value: unknown[],
  other: (v: object, depth: number) => unknown,
  depth: number,
) => unknown[];

type Fn = (...args: unknown[]) => unknown;

export class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly methods = new WeakMap<object, Map<PropertyKey, Fn>>();
  private readonly inwardObject = (v: object, depth: number): unknown => this.inward(v, depth);

  constructor(
    private readonly script: RealmIntrinsics,
    private readonly copyInScript: ScriptArrayCopier,
  ) {}

  /** A host value as the script sees it. */
  inward(value: unknown, depth = 0): unknown {
    if (typeof value !== 'object' || value === null || isDate(value)) return value;
    if (this.targets.has(value)) return value;
    if (Array.isArray(value)) return this.copyInScript(value, this.inwardObject, depth);
    if (isPlainData(value))
      return this.copyObject(value, this.script, depth, (v) => this.inward(v, depth + 1));
    return this.wrap(value);
  }

  /** A script value as host code sees it (wrapped services unwrapped, data copied). */
  outward(value: unknown, depth = 0): unknown {
    if (typeof value !== 'object' || value === null || isDate(value)) return value;
    const target = this.targets.get(value);
    if (target) return target;
    if (depth > MAX_DEPTH) throw new Error(TOO_DEEP);
    if (Array.isArray(value)) {
      const n = value.length;
      const copy = new Array<unknown>(n);
      for (let i = 0; i < n; i += 1) {
        const v: unknown = value[i];
        copy[i] = typeof v === 'object' && v !== null ? this.outward(v, depth + 1) : v;
      }
      return copy;
    }
    if (isPlainObject(value))
      return this.copyObject(value, { Array, Object, Error }, depth, (v) =>
        this.outward(v, depth + 1),
      );
    return value;
  }

  /** A host error rethrown in the script: same name, message and stack, but the script's Error. */
  scriptError(error: unknown): unknown {
    if (!isError(error) || error instanceof this.script.Error) return error;
    const { message, name, stack } = error as Error;
    const converted = new this.script.Error(message);
    converted.name = name;
    converted.stack = stack;
    return converted;
  }

  private wrap(target: object): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof prop === 'symbol' || isFrozenProperty(t, prop)) return value;
        if (typeof value === 'function') return this.method(t, prop, value as Fn);
        return this.inward(value);
      },
      // Values the script stores on a service object (template variables) stay script values.
      set: (t, prop, value) => Reflect.set(t, prop, value, t),
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private method(target: object, prop: PropertyKey, fn: Fn): Fn {
    let cache = this.methods.get(target);
    if (!cache) {
      cache = new Map();
      this.methods.set(target, cache);
    }
    let wrapped = cache.get(prop);
    if (!wrapped) {
      wrapped = (...args: unknown[]) => {
        let result: unknown;
        try {
          result = fn.apply(
            target,
            args.map((a) => this.outward(a)),
          );
        } catch (error) {
          throw this.scriptError(error);
        }
        return this.inward(result);
      };
      cache.set(prop, wrapped);
    }
    return wrapped;
  }

  private copyObject(
    value: Record<string, unknown>,
    realm: RealmIntrinsics,
    depth: number,
    convert: (v: unknown) => unknown,
  ): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw new Error(TOO_DEEP);
    const copy = new realm.Object() as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      // defineProperty, so that a "__proto__" key stays a key.
      realm.Object.defineProperty(copy, key, {
        value: convert(value[key]),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    return copy;
  }
}

/** A Proxy must return the very value of a frozen property: such values pass through as they are. */
function isFrozenProperty(target: object, prop: string): boolean {
  const d = Reflect.getOwnPropertyDescriptor(target, prop);
  return d !== undefined && d.configurable === false && d.writable === false;
}
