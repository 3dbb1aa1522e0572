// Loads the built artifact the way Apps Script does: one script in a fresh global scope, with no
// Apps Script service defined (custom functions must work without them).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '../../dist');
export const BUNDLE_PATH = join(DIST, 'Code.js');

export function bundleSource(): string {
  if (!existsSync(BUNDLE_PATH))
    throw new Error('dist/Code.js is missing: run `npm run build` first');
  return readFileSync(BUNDLE_PATH, 'utf8');
}

export type BareContext = Record<string, (...args: unknown[]) => unknown>;

/** Runs dist/Code.js in a bare vm context and returns its global object. */
export function loadBundleBare(): BareContext {
  const context = vm.createContext({});
  new vm.Script(bundleSource(), { filename: 'Code.js' }).runInContext(context);
  return context as BareContext;
}
