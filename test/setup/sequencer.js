// Why: Jest runs the longest test files first only when its cache knows their times; in a fresh
// clone (CI, `npm ci && npm test`) it orders them by file size, and the slowest suites here are
// short files (the call budget, the dashboard's formulas) that then start last and leave the other
// worker idle for a minute at the end. The suites measured slowest on the 2-core machine go first,
// in this order; every other file keeps Jest's own order after them.
const TestSequencer = require('@jest/test-sequencer').default;
const { relative, sep } = require('node:path');

/** Slowest first (seconds measured with `npx jest --maxWorkers=1 <file>`, December 2026). */
const SLOWEST = [
  'addon/budget.test.ts',
  'addon/dashboard/formulas.test.ts',
  'addon/objectives/formulas.test.ts',
  'browser/dashboard.test.ts',
  'addon/dashboard/refresh.test.ts',
  'browser/wizard.test.ts',
  'addon/objectives/measure.test.ts',
  'addon/alerts/demo.test.ts',
  'addon/zones.test.ts',
  'addon/workbook/lock.test.ts',
  'addon/objectives/as-of.test.ts',
  'local/playground-api.test.ts',
  'addon/sample-data.test.ts',
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
