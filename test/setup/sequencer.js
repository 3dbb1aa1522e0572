// Why: Jest runs the longest test files first only when its cache knows their times; in a fresh
// clone (CI, `npm ci && npm test`) it orders them by file size, and the slowest suites here are
// short files (the call budget, the dashboard's formulas) that then start last and leave the other
// worker idle for a minute at the end. The suites measured slowest on the 2-core machine go first,
// in this order; every other file keeps Jest's own order after them.
const TestSequencer = require('@jest/test-sequencer').default;
const { relative, sep } = require('node:path');

/**
 * Slowest first (a full `npm test` run with 2 workers, 6 December 2026, evening: the call budget
 * 65 s, the wizard in Chromium 59 s, the dashboard's formulas 52 s, … the warehouse parity 11 s).
 */
const SLOWEST = [
  'addon/budget.test.ts',
  'browser/wizard.test.ts',
  'addon/dashboard/formulas.test.ts',
  'addon/summaries/delivery.test.ts',
  'addon/dashboard/refresh.test.ts',
  'browser/dashboard.test.ts',
  'browser/alerts-settings.test.ts',
  'addon/objectives/formulas.test.ts',
  'browser/summaries.test.ts',
  'addon/history/snapshots.test.ts',
  'local/playground-warehouse.test.ts',
  'addon/summaries/owners.test.ts',
  'addon/setup/setup.test.ts',
  'local/demo-dates.test.ts',
  'addon/warehouse/mode.test.ts',
  'addon/objectives/as-of.test.ts',
  'addon/review/demo.test.ts',
  'local/playground-api.test.ts',
  'addon/context/demo.test.ts',
  'browser/playground.test.ts',
  'addon/zones.test.ts',
  'addon/alerts/demo.test.ts',
  'addon/summaries/identity.test.ts',
  'warehouse/parity.test.ts',
];

class SlowestFirst extends TestSequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const rank = (test) => {
      const path = relative(test.context.config.rootDir, test.path).split(sep).join('/');
      const index = SLOWEST.indexOf(path.replace(/^test\//, ''));
      return index < 0 ? SLOWEST.length : index;
    };
    const position = new Map(ordered.map((test, i) => [test, i]));
    return [...ordered].sort((a, b) => rank(a) - rank(b) || position.get(a) - position.get(b));
  }
}

module.exports = SlowestFirst;
