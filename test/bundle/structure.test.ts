// The artifact Google runs: every custom function must be a top-level function declaration with
// @customfunction JSDoc and named parameters, or Sheets neither lists it nor shows its help.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';
import { bundleSource, loadBundleBare } from '../../local/harness/bundle';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readHelp } = require('../../scripts/jsdoc.cjs');

// The declared functions (src/functions/declare.ts): names and parameters, in order. That these
// are the contract's is test/functions/declarations.test.ts's job.
const DECLARED = KPI_FUNCTIONS.map(({ declaration }) => ({
  name: declaration.name,
  params: declaration.params.map((p) => p.name),
  help: declaration.help.en,
}));

describe('dist/Code.js', () => {
  const source = bundleSource();

  test('declares each declared function at top level with its parameters, and no other KPI_', () => {
    const topLevel = [...source.matchAll(/^function (KPI_\w+)\(/gm)].map((m) => m[1]);
    expect(topLevel).toEqual(DECLARED.map((f) => f.name));
    for (const { name, params } of DECLARED) {
      const declaration = new RegExp(`^function ${name}\\(([^)]*)\\)`, 'm').exec(source);
      expect(declaration).not.toBeNull();
      const declared = declaration![1]
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      expect({ name, params: declared }).toEqual({ name, params });
    }
  });

  test('declares at top level only names main.ts or the declarations expose', () => {
    const names = [...source.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(names).not.toContain('undefined');
    expect(names.filter((name) => name.startsWith('KPI_'))).toEqual(DECLARED.map((f) => f.name));
    // Each name is also assigned by the bundle, or the stub would stay empty.
    const g = loadBundleBare();
    for (const name of names)
      expect(String(g[name])).not.toMatch(/^function \w+\([^)]*\) \{\s*\}$/);
  });

  test('each declaration is preceded by JSDoc with @customfunction and a @param per parameter', () => {
    const help = readHelp(source.replace(/^function (KPI_\w+)\(/gm, 'global.$1 = function('));
    const byName = new Map(help.map((h: { name: string }) => [h.name, h]));
    for (const { name, params, help: en } of DECLARED) {
      const h = byName.get(name) as {
        customFunction: boolean;
        params: { name: string }[];
        description: string;
      };
      expect(h).toBeDefined();
      expect(h.customFunction).toBe(true);
      expect(h.params.map((p) => p.name)).toEqual(params);
      expect(h.description).toBe(en);
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
    for (const { name } of DECLARED) expect(typeof g[name]).toBe('function');
    expect(g.KPI_NPS([[10], [9], [7], [3]])).toBe(25);
  });

  // Every =KPI_* call loads the whole script. The bundle holds the whole add-on (wizard, alerts,
  // dashboard, summaries, CRM import and sync, pipeline history: about 90 % of it), unminified so
  // that Apps Script error traces stay readable; `npm run bench` prints its load time. Its one
  // runtime dependency, Papa Parse, is 27 KB of it. This guard catches an accidental dependency
  // (any charting or date library is 100 KB or more), not the add-on's own growth: 911 KB with
  // the review pack, the objective review and the KPI relevance review; 956 KB with warehouse
  // mode (its SQL emitters and BigQuery runner); 997 KB with the warehouse's retention, coverage,
  // dashboard and Connected Sheets (December 2026). The limit sits about one such library above
  // that: room for the add-on to grow by a feature, not by a dependency.
  test('stays within its size budget', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(1100 * 1024);
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
        // Session.getActiveUser/getEffectiveUser: the trigger owner and the wizard's default owner.
        'https://www.googleapis.com/auth/userinfo.email',
        // UrlFetchApp: the optional live sync from HubSpot (src/addon/crm/hubspot-sync.ts).
        'https://www.googleapis.com/auth/script.external_request',
      ].sort(),
    );
  });
});
