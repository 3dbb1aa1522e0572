// The one wrapper every local service object goes through. It gives an implementation object the
// full GoogleAppsScript interface type while keeping three promises in a single place:
// - a method the local runtime lacks throws `not implemented in the local runtime: Class.method`
//   (never a silent no-op, so a test can never pass on a call that does nothing);
// - every call is counted in ctx.counter as "Class.method";
// - every call is checked against the authorisation mode and the manifest's scopes (access.ts).
import { notImplemented, permissionError, type RuntimeContext } from '../runtime/context';
import { allows, checkScopes, scopesOf, type AccessRule } from './access';

export interface ServiceOptions {
  /** Counts calls and enforces `access`. Without it (pure helpers in unit tests) nothing is checked. */
  ctx?: RuntimeContext;
  /** The minimum authorisation mode of each method (default for unlisted methods: `defaultAccess`). */
  access?: Record<string, AccessRule>;
  defaultAccess?: AccessRule;
  /**
   * Objects with open-ended properties (HtmlTemplate variables): unknown names read as undefined
   * instead of throwing stubs.
   */
  open?: boolean;
}

// Names that tooling probes on any object (promises, Jest, Node's inspector, JSON): answering them
// with a throwing stub would make the object look thenable or break printing.
const PROBED = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

const services = new WeakSet<object>();

/** True for objects made by `service()` (the loader's membrane wraps them instead of copying). */
export function isServiceObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && services.has(value);
}

/**
 * Wraps `impl` as a `T`: the implemented methods run (counted and access-checked), any other
 * method of the real interface throws notImplemented("Name.method").
 */
export function service<T extends object>(
  name: string,
  impl: object,
  options: ServiceOptions = {},
): T {
  const wrappers = new Map<string, unknown>();
  const proxy: object = new Proxy(impl, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
      if (prop in target) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function' || isFrozenProperty(target, prop)) return value;
        let wrapper = wrappers.get(prop);
        if (!wrapper) {
          wrapper = wrapMethod(
            name,
            prop,
            value as (...a: unknown[]) => unknown,
            target,
            options,
            () => proxy,
          );
          wrappers.set(prop, wrapper);
        }
        return wrapper;
      }
      if (options.open || PROBED.has(prop)) return undefined;
      return () => {
        throw notImplemented(`${name}.${prop}`);
      };
    },
  });
  services.add(proxy);
  return proxy as T;
}

function wrapMethod(
  name: string,
  method: string,
  fn: (...a: unknown[]) => unknown,
  target: object,
  options: ServiceOptions,
  self: () => object,
): (...a: unknown[]) => unknown {
  const what = `${name}.${method}`;
  const rule = options.access?.[method] ?? options.defaultAccess;
  return (...args: unknown[]) => {
    const { ctx } = options;
    if (ctx) {
      ctx.counter.count(what);
      if (rule && !allows(ctx.authMode, rule)) throw permissionError(what, scopesOf(rule));
      checkScopes(ctx, what, scopesOf(rule));
    }
    const result = fn.apply(target, args);
    // Chaining methods return their own object: hand back the wrapper, not the bare target.
    return result === target ? self() : result;
  };
}

/** A Proxy must return the very value of a frozen property, so such methods cannot be wrapped. */
function isFrozenProperty(target: object, prop: string): boolean {
  const d = Reflect.getOwnPropertyDescriptor(target, prop);
  return d !== undefined && d.configurable === false && d.writable === false;
}
