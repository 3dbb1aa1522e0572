// The wizard's Measurable and Achievable steps on the demo workbook: the baseline and the history
// (wizardMeasure's computation) for each KPI of the catalogue, for the company, a team and a rep,
// each on fresh data (so the sheets are read and indexed again, as in each wizardMeasure call).
// Target: under 1 s per request. Also the whole wizardMeasure through the built add-on in the
// local runtime, where reading 60,000 rows from the local workbook dominates (Sheets' getValues
// is another matter): informative only.
// Run: npm run build && npx tsx bench/wizard.ts
import { performance } from 'node:perf_hooks';
import {
  CATALOGUE,
  type KpiKey,
  schemaOrderTable,
  type Scope,
  type WorkbookData,
} from '../src/addon/metrics';
import { measure } from '../src/addon/objectives/measure';
import { generateSampleData, type SampleData } from '../src/addon/sample-data';
import { dayFromYmd } from '../src/kpi/days';
import { addonHarness } from '../local/harness/addon-runtime';
import { runSetupPage } from '../local/harness/setup-page';

const TARGET_MS = 1_000;
const TODAY = new Date('2026-11-15T12:00:00Z');
const today = dayFromYmd(2026, 11, 15);

function workbook(sample: SampleData): WorkbookData {
  return {
    activities: schemaOrderTable('activities', sample.activities),
    pipeline: schemaOrderTable('pipeline', sample.pipeline),
    customers: schemaOrderTable('customers', sample.customers),
    orders: schemaOrderTable('orders', sample.orders),
    surveys: schemaOrderTable('surveys', sample.surveys),
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const sample = generateSampleData({ endDate: TODAY });
const scopes: Scope[] = [
  { type: 'company' },
  { type: 'team', name: 'Paris' },
  { type: 'rep', name: 'Chloé Dubois' },
];

/** Median of 5 cold runs (fresh data each time) of one request. */
function cold(kpi: KpiKey, scope: Scope): number {
  const frequency = CATALOGUE.find((e) => e.key === kpi)!.frequency;
  measure(workbook(sample), kpi, scope, frequency, today);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const data = workbook(sample);
    const t0 = performance.now();
    measure(data, kpi, scope, frequency, today);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

let worst = 0;
console.log('baseline + history, fresh data each time (median of 5, ms)');
console.log(`${'KPI'.padEnd(26)}${scopes.map((s) => s.type.padStart(10)).join('')}`);
for (const entry of CATALOGUE) {
  const times = scopes.map((s) => (entry.scopes.includes(s.type) ? cold(entry.key, s) : NaN));
  worst = Math.max(worst, ...times.filter((t) => t === t));
  console.log(
    `${entry.key.padEnd(26)}${times.map((t) => (t === t ? t.toFixed(1) : '—').padStart(10)).join('')}`,
  );
}
console.log(
  `slowest request ${worst.toFixed(1)} ms: ${worst < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target`,
);

// The whole call through the built add-on (dist/Code.js) in the local runtime.
const h = addonHarness();
h.runtime.clock.set(TODAY);
runSetupPage(h.runtime, true);
const request = {
  kpi: 'lead_to_opportunity',
  scope: { type: 'team', name: 'Paris' },
  frequency: 'monthly',
};
const runs = [0, 1, 2].map(() => {
  const t0 = performance.now();
  h.runtime.run('wizardMeasure', [request]);
  return performance.now() - t0;
});
console.log(
  `wizardMeasure in the local runtime (reads 5 sheets from the local workbook): ${median(runs).toFixed(0)} ms`,
);
