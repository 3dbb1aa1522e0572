// The artifact Google runs: every custom function must be a top-level function declaration with
// @customfunction JSDoc and named parameters, or Sheets neither lists it nor shows its help.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSource, loadBundleBare } from '../helpers/bundle';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readHelp } = require('../../scripts/jsdoc.cjs');

// The contract of specs/kpi-functions.md: names and parameters, in order.
const SIGNATURES = `
KPI_CONVERSION(reached_from, reached_to)
KPI_FUNNEL(stage_columns, mode)
KPI_WIN_RATE(outcomes, won_labels, lost_labels)
KPI_CYCLE_DAYS(start_dates, end_dates, statistic)
KPI_SALES_VELOCITY(open_opportunities, win_rate, avg_deal_size, cycle_days)
KPI_AOV(amounts, statistic)
KPI_GROSS_MARGIN(revenue, cost)
KPI_CAC(spend, new_customers)
KPI_CLTV(avg_order_value, purchase_frequency, gross_margin, lifespan)
KPI_SEGMENT_PROFITABILITY(segments, revenue, cost)
KPI_RETENTION(start, end, new_customers)
KPI_NPS(scores)
KPI_CSAT(scores, scale_max, method)
KPI_REFERRAL_RATE(sources, referral_labels)
KPI_COHORT_RETENTION(customer_ids, order_dates, period)
KPI_INTERACTION_SCORE(types, durations, outcomes, rules)
KPI_CONTENT_PROGRESSION(content_types, progressed)
KPI_ALERT(current, previous, threshold, mode, direction)
KPI_TREND(dates, values, period, aggregation)
KPI_ANOMALIES(values, threshold)
KPI_CORRELATION(x, y, lag)
KPI_EXPERIMENT(control_successes, control_total, variant_successes, variant_total)
KPI_SAMPLE_SIZE(baseline_rate, relative_lift, alpha, power)
KPI_PROGRESS(actual, target, start_date, deadline, as_of, baseline)
KPI_EXPLAIN(function_name, language)`;

function parseSignatures(text: string, pattern: RegExp): Array<{ name: string; params: string[] }> {
  return [...text.matchAll(pattern)].map(([, name, params]) => ({
    name,
    params: params
      .split(',')
      .map((p) => p.replace(/[[\]\s]/g, ''))
      .filter(Boolean),
  }));
}

const SPEC_FUNCTIONS = parseSignatures(SIGNATURES, /^(KPI_\w+)\(([^)]*)\)$/gm);
// The shared design folder stands beside the repository on the team's machines and in CI.
const SPEC_PATH = join(__dirname, '../../../shared/specs/kpi-functions.md');

// Where the shared folder is present, the list above must be the spec's.
(existsSync(SPEC_PATH) ? test : test.skip)('the signatures above are those of the spec', () => {
  expect(parseSignatures(readFileSync(SPEC_PATH, 'utf8'), /^### `(KPI_\w+)\(([^)]*)\)`/gm)).toEqual(
    SPEC_FUNCTIONS,
  );
});

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
  // dashboard, summaries, CRM import and sync, pipeline history: about 90 % of it), unminified so
  // that Apps Script error traces stay readable; `npm run bench` prints its load time. Its one
  // runtime dependency, Papa Parse, is 27 KB of it. This guard catches an accidental dependency.
  test('stays within its size budget', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(850 * 1024);
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
