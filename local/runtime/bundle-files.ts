// What the loader reads from the build output: the script, its HTML files, the manifest's time
// zone and OAuth scopes, and which functions are custom functions (a JSDoc with @customfunction right before a
// top-level function declaration, which is also what Sheets reads for autocomplete).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const DEFAULT_BUNDLE = join(__dirname, '../../dist/Code.js');

export function readBundle(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return readFileSync(path, 'utf8');
}

/** dist/*.html by name without ".html", as HtmlService.createHtmlOutputFromFile names them. */
export function htmlFilesNextTo(bundlePath: string): Record<string, string> {
  const dir = dirname(bundlePath);
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.html')) files[name.slice(0, -5)] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: Array<{ userSymbol?: string }> };
}

function manifestNextTo(bundlePath: string): Manifest | undefined {
  const manifest = join(dirname(bundlePath), 'appsscript.json');
  if (!existsSync(manifest)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
}

/** The timeZone of the appsscript.json next to the bundle, if there is one. */
export function manifestTimeZone(bundlePath: string): string | undefined {
  return manifestNextTo(bundlePath)?.timeZone;
}

/**
 * The oauthScopes of the appsscript.json next to the bundle; undefined when it lists none (Apps
 * Script then requests every scope it detects in the code, so nothing is refused for a scope).
 */
export function manifestScopes(bundlePath: string): string[] | undefined {
  return manifestNextTo(bundlePath)?.oauthScopes;
}

/** The userSymbols of the advanced services the manifest next to the bundle enables. */
export function manifestAdvancedServices(bundlePath: string): string[] {
  const enabled = manifestNextTo(bundlePath)?.dependencies?.enabledAdvancedServices ?? [];
  return enabled.map((s) => s.userSymbol ?? '').filter(Boolean);
}

const DOC_THEN_FUNCTION = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

export function customFunctionNames(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(DOC_THEN_FUNCTION)) {
    if (/@customfunction\b/.test(m[1]) && !m[2].endsWith('_')) names.push(m[2]);
  }
  return [...new Set(names)];
}
