// A fresh global scope for one execution, as Apps Script loads the script anew each time: the
// services as globals, a `console` writing to the execution log, and a Date whose "now" is the
// simulated clock (so code that reads `new Date()` agrees with the clock that fires triggers).
// Nothing else: no require, process, timers or fetch, as in Apps Script's V8.
import vm from 'node:vm';
import type { Clock } from './context';
import { formatLogMessage } from '../services/logger';
import {
  Membrane,
  SCRIPT_ARRAY_COPIER,
  type RealmIntrinsics,
  type ScriptArrayCopier,
} from './membrane';

export interface Sandbox {
  context: vm.Context;
  membrane: Membrane;
  intrinsics: RealmIntrinsics & { JSON: JSON };
  /** Names this runtime defined (not the script's own functions). */
  builtins: Set<string>;
}

/**
 * The host's Date seen through the clock: `new Date()`, `Date()` and `Date.now()` read the clock.
 * Being the host's own Date, Dates from services and custom-function arguments pass the
 * script's `instanceof Date`, and the script's Dates are the host's.
 */
const COPIER = new vm.Script(SCRIPT_ARRAY_COPIER, { filename: 'local-runtime-copy.js' });

/**
 * The standard globals the script reads most, bound as the context's global `let`s. A vm
 * context's global object is behind an interceptor, and every read of one of its properties (each
 * `Math.floor`, `new Map()`, `x instanceof Date` in the script's per-row loops) went through it:
 * a hundred times slower than a plain read. A top-level `let` of a script is found before the
 * global object, without the interceptor, by every later script of the context (the bundle, the
 * templates), and it stays assignable. Only `globalThis.X = …` would no longer change what `X`
 * names (the script never does that). The non-configurable ones (NaN, Infinity, undefined) cannot
 * be shadowed and stay as they are.
 */
const BOUND_GLOBALS = [
  'Math',
  'Array',
  'Number',
  'Date',
  'Object',
  'Set',
  'Map',
  'WeakMap',
  'WeakSet',
  'Error',
  'TypeError',
  'RangeError',
  'String',
  'Boolean',
  'Symbol',
  'RegExp',
  'JSON',
  'Intl',
  'Promise',
  'Float64Array',
  'Int32Array',
  'Uint32Array',
  'Uint16Array',
  'Uint8Array',
  'isNaN',
  'isFinite',
  'parseInt',
  'parseFloat',
  'encodeURIComponent',
  'decodeURIComponent',
  'console',
];
const BIND_GLOBALS = new vm.Script(
  `let ${BOUND_GLOBALS.map((name) => `${name} = globalThis.${name}`).join(', ')};`,
  { filename: 'local-runtime-globals.js' },
);

export function clockDate(clock: Clock): DateConstructor {
  // A plain function rather than a Proxy of Date: the script makes Dates by the hundred
  // thousand (the sample data, every date cell read), and a Proxy's construct trap costs several
  // times a real construction. `new` gives a real host Date (the constructor returns it), and
  // the shared prototype keeps `instanceof` and `Date.prototype` as they are.
  function ClockDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new Date(clock.nowMs()).toString();
    switch (args.length) {
      case 0:
        return new Date(clock.nowMs());
      case 1:
        return new Date(args[0] as number);
      default:
        return new Date(...(args as [number, number]));
    }
  }
  for (const key of Object.getOwnPropertyNames(Date)) {
    if (key === 'name' || key === 'length' || key === 'prototype') continue;
    Object.defineProperty(ClockDate, key, Object.getOwnPropertyDescriptor(Date, key)!);
  }
  Object.defineProperty(ClockDate, 'prototype', { value: Date.prototype, writable: false });
  Object.defineProperty(ClockDate, 'name', { value: 'Date' });
  Object.defineProperty(ClockDate, 'length', { value: 7 });
  (ClockDate as unknown as { now: () => number }).now = () => clock.nowMs();
  return ClockDate as unknown as DateConstructor;
}

export function createSandbox(
  clock: Clock,
  globals: Record<string, unknown>,
  log: string[],
): Sandbox {
  const context = vm.createContext({});
  const intrinsics = vm.runInContext(
    '({ Array, Object, Error, JSON })',
    context,
  ) as Sandbox['intrinsics'];
  const membrane = new Membrane(intrinsics, COPIER.runInContext(context) as ScriptArrayCopier);
  const write = (...args: unknown[]): void => {
    log.push(formatLogMessage(args[0], args.slice(1)));
  };
  const defined: Record<string, unknown> = {
    Date: clockDate(clock),
    console: { log: write, info: write, warn: write, error: write, debug: write },
  };
  for (const [name, value] of Object.entries(globals)) defined[name] = membrane.inward(value);
  for (const [name, value] of Object.entries(defined)) context[name] = value;
  BIND_GLOBALS.runInContext(context);
  return { context, membrane, intrinsics, builtins: new Set(Object.keys(defined)) };
}
