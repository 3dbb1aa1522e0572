// Why: Jest runs the longest test files first only when its cache knows their times; in a fresh
// clone (CI, `npm ci && npm test`) it orders them by file size, and the slowest suites here are
// short files (the call budget, the dashboard's formulas) that then start last and leave the other
// worker idle for a minute at the end. The suites measured slowest on the 2-core machine go first,
// in this order; every other file keeps Jest's own order after them.
const TestSequencer = require('@jest/test-sequencer').default;
const { relative, sep } = require('node:path');

/**
 * Slowest first (seconds in a full `npm test` run with 2 workers, December 2026; the dashboard's
 * formulas measured ~85 s alone after the fingerprint fix of the local runtime).
 */
const SLOWEST = [
  'addon/dashboard/formulas.test.ts',
  'addon/dashboard/refresh.test.ts',
  'browser/wizard.test.ts',
  'addon/budget.test.ts',
  'addon/objectives/formulas.test.ts',
  'local/demo-dates.test.ts',
  'browser/dashboard.test.ts',
  'addon/summaries/delivery.test.ts',
  'addon/setup/setup.test.ts',
  'local/playground-api.test.ts',
  'addon/summaries/owners.test.ts',
  'addon/sample-data.test.ts',
  'addon/objectives/measure.test.ts',
  'addon/alerts/demo.test.ts',
  'addon/zones.test.ts',
  'addon/workbook/lock.test.ts',
  'addon/objectives/as-of.test.ts',
  'browser/summaries.test.ts',
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
