// Every object the SpreadsheetApp fake hands out goes through `expose`: each method call is
// counted as "Class.method" in ctx.counter, checked against the authorisation mode, and any
// method of the real interface that this runtime does not implement throws
// "not implemented in the local runtime: Class.method" instead of being a silent no-op.
import { notImplemented, permissionError, type RuntimeContext } from '../../runtime/context';
import { checkScopes, SCOPES } from '../access';

/** Calls allowed in AuthMode.NONE: building the add-on menu from onOpen. */
const ALLOWED_IN_NONE = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createAddonMenu',
  'Ui.createMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

/** Methods that change the document: forbidden to custom functions (read-only access). */
const MUTATING =
  /^(set|insert|delete|append|clear|add|remove|hide|show|move|sort|merge|protect|autoResize|activate|toast|update|rename|copyTo|breakApart|apply|trim|randomize|check|uncheck|alert|prompt|create(Addon)?Menu|duplicate|updateChart|removeChart)/;

/** Property names that tools probe on any object (promises, jest, inspection): never stubs. */
const PROBED = new Set([
  'then',
  'catch',
  'toJSON',
  'toString',
  'valueOf',
  'constructor',
  'inspect',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'length',
  'prototype',
  '$$typeof',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  'toAsymmetricMatcher',
]);

/** Symbol to reach the implementation object behind a proxy (for this runtime's own code). */
export const TARGET = Symbol('local-target');

export function unwrap<T>(proxy: unknown): T {
  const target = (proxy as Record<symbol, unknown> | null)?.[TARGET];
  return (target ?? proxy) as T;
}

/** The scopes Google names in the permission error (the add-on's narrowest ones first). */
const SPREADSHEET_SCOPES = [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
const UI_SCOPES = [SCOPES.containerUi];

export function checkAuth(ctx: RuntimeContext, operation: string, methodName: string): void {
  const scopes = /^(Ui|Menu|PromptResponse)\./.test(operation) ? UI_SCOPES : SPREADSHEET_SCOPES;
  if (ctx.authMode === 'NONE' && !ALLOWED_IN_NONE.has(operation)) {
    throw permissionError(operation, scopes);
  }
  checkScopes(ctx, operation, scopes);
  if (ctx.authMode === 'CUSTOM_FUNCTION') {
    if (operation === 'SpreadsheetApp.getUi') {
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    if (MUTATING.test(methodName)) throw permissionError(operation);
  }
}

/** Wraps an implementation object as the Apps Script object a script sees. */
export function expose<T>(className: string, target: object, ctx: RuntimeContext): T {
  const wrappers = new Map<string, (...args: unknown[]) => unknown>();
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === TARGET) return obj;
      if (typeof prop === 'symbol' || PROBED.has(prop)) return Reflect.get(obj, prop, receiver);
      // Implementation details ("_sheetId", "_range", …) are invisible to scripts.
      if (prop.startsWith('_')) return undefined;
      let fn = wrappers.get(prop);
      if (fn) return fn;
      const value = Reflect.get(obj, prop, obj);
      if (typeof value === 'function') {
        const operation = `${className}.${prop}`;
        fn = (...args: unknown[]) => {
          ctx.counter.count(operation);
          checkAuth(ctx, operation, prop);
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      } else if (value === undefined && /^[a-z][A-Za-z0-9]*$/.test(prop)) {
        const operation = `${className}.${prop}`;
        fn = () => {
          throw notImplemented(operation);
        };
      } else if (value === undefined && /^[A-Z][A-Za-z0-9]*$/.test(prop)) {
        return missingEnum(`${className}.${prop}`);
      } else {
        return value;
      }
      wrappers.set(prop, fn);
      return fn;
    },
    set() {
      return false;
    },
  }) as T;
}

/** An enum this runtime lacks: reading any of its values throws instead of giving undefined. */
function missingEnum(name: string): object {
  return new Proxy(
    {},
    {
      get(_obj, member) {
        if (typeof member === 'symbol' || PROBED.has(member)) return undefined;
        throw notImplemented(`${name}.${member}`);
      },
    },
  );
}
