// The artifact Google runs: every custom function must be a top-level function declaration with
// @customfunction JSDoc and named parameters, or Sheets neither lists it nor shows its help.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSource, loadBundleBare } from '../helpers/bundle';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readHelp } = require('../../scripts/jsdoc.cjs');

const SPEC_FUNCTIONS = [
  ...readFileSync(join(__dirname, '../../../shared/specs/kpi-functions.md'), 'utf8').matchAll(
    /^### `(KPI_\w+)\(([^)]*)\)`/gm,
  ),
].map(([, name, params]) => ({
  name,
  params: params
    .split(',')
    .map((p) => p.replace(/[[\]\s]/g, ''))
    .filter(Boolean),
}));

describe('dist/Code.js', () => {
  const source = bundleSource();

  test('the spec lists 25 functions and the bundle declares each at top level with its spec parameters', () => {
    expect(SPEC_FUNCTIONS).toHaveLength(25);
    for (const { name, params } of SPEC_FUNCTIONS) {
      const declaration = new RegExp(`^function ${name}\\(([^)]*)\\)`, 'm').exec(source);
      expect(declaration).not.toBeNull();
      const declared = declaration![1]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      expect({ name, params: declared }).toEqual({ name, params });
    }
  });

  test('each declaration is preceded by JSDoc with @customfunction and a @param per parameter', () => {
    const help = readHelp(source.replace(/^function (KPI_\w+)\(/gm, 'global.$1 = function('));
    const byName = new Map(help.map((h: { name: string }) => [h.name, h]));
    for (const { name, params } of SPEC_FUNCTIONS) {
      const h = byName.get(name) as {
        customFunction: boolean;
        params: { name: string }[];
        description: string;
      };
      expect(h).toBeDefined();
      expect(h.customFunction).toBe(true);
      expect(h.params.map((p) => p.name)).toEqual(params);
      expect(h.description.length).toBeGreaterThan(40);
    }
  });

  test('holds no HyperFormula, no require and no Node process access, and is not minified', () => {
    expect(source).not.toMatch(/hyperformula/i);
    expect(source).not.toContain('require(');
    expect(source).not.toContain('process.');
    expect(source).not.toContain('local/');
    // Not minified: the implementation keeps its names (Apps Script error traces stay readable).
    expect(source).toMatch(/function readColumns\(/);
    expect(source).toMatch(/function toNumber\(/);
  });

  test('loads in a bare context with no Apps Script service and exposes callable functions', () => {
    const g = loadBundleBare();
    for (const { name } of SPEC_FUNCTIONS) expect(typeof g[name]).toBe('function');
    expect(g.KPI_NPS([[10], [9], [7], [3]])).toBe(25);
  });

  // Every =KPI_* call loads the whole script. The bundle holds the whole add-on (wizard, alerts,
  // dashboard, summaries: about 90 % of it), unminified so that Apps Script error traces stay
  // readable; `npm run bench` prints its load time. This guard catches an accidental dependency.
  test('stays within its size budget', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(700 * 1024);
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../dist/appsscript.json'), 'utf8'));
  test('runs on V8 with the narrowest OAuth scopes that work', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
      ].sort(),
    );
  });
});
