// npx tsx bench/metrics.ts: the metrics engine on the demo workbook at scale 1 and 10. One run
// = a fresh WorkbookData (so the sheets are read and indexed again), then every KPI of the
// catalogue for every scope it supports (company, teams, reps, segments) as a monthly series
// over the sample's 24 months. Prints the median of several runs; the machines are shared and
// noisy, so compare the two scales' ratio with their row ratio (the work should be linear).
import { performance } from 'node:perf_hooks';
import {
  CATALOGUE,
  listScopes,
  metricSeries,
  readTables,
  schemaOrderTable,
  type Scope,
  type WorkbookData,
} from '../src/addon/metrics';
import { generateSampleData, type SampleData } from '../src/addon/sample-data';
import { dayFromYmd } from '../src/kpi/days';

// The sample's 24 months: December 2024 to November 2026.
const FROM = dayFromYmd(2024, 12, 1);
const TO = dayFromYmd(2026, 12, 1);

function workbook(sample: SampleData): WorkbookData {
  return {
    activities: schemaOrderTable('activities', sample.activities),
    pipeline: schemaOrderTable('pipeline', sample.pipeline),
    customers: schemaOrderTable('customers', sample.customers),
    orders: schemaOrderTable('orders', sample.orders),
    surveys: schemaOrderTable('surveys', sample.surveys),
  };
}

/** Every KPI × every supported scope × 24 months; returns how many values were computed. */
function everything(data: WorkbookData, scopes: readonly Scope[]): number {
  let values = 0;
  for (const entry of CATALOGUE) {
    for (const scope of scopes) {
      if (!entry.scopes.includes(scope.type)) continue;
      values += metricSeries(data, entry.key, scope, 'month', FROM, TO).length;
    }
  }
  return values;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time of `runs` runs of `f` on fresh data (after one warm-up run). */
function time(sample: SampleData, runs: number, f: (data: WorkbookData) => unknown): number {
  f(workbook(sample));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const data = workbook(sample);
    const t0 = performance.now();
    f(data);
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** The floor: a plain loop touching every source cell once (Dates read, numbers summed). */
function plainLoop(sample: SampleData): number {
  let sum = 0;
  for (const rows of [
    sample.activities,
    sample.pipeline,
    sample.customers,
    sample.orders,
    sample.surveys,
  ])
    for (const row of rows)
      for (const cell of row)
        sum +=
          cell instanceof Date ? cell.getTime() : typeof cell === 'number' ? cell : cell.length;
  return sum;
}

const rowsOf = (s: SampleData) =>
  s.activities.length + s.pipeline.length + s.customers.length + s.orders.length + s.surveys.length;

const results: { scale: number; rows: number; total: number; plain: number }[] = [];
for (const scale of [1, 10]) {
  const sample = generateSampleData({ scale });
  const rows = rowsOf(sample);
  const scopes = listScopes(workbook(sample));
  const firstSixteen = scopes.filter((s) => s.type !== 'segment').slice(0, 16);
  const runs = scale === 1 ? 15 : 5;
  const plain = time(sample, runs, () => plainLoop(sample));
  const read = time(sample, runs, (data) => readTables(data).readAll());
  const total = time(sample, runs, (data) => everything(data, scopes));
  const sixteen = time(sample, runs, (data) => everything(data, firstSixteen));
  const values = everything(workbook(sample), scopes);
  // Warm: the same data again, tables and indexes already built (what a second pass costs).
  const warmData = workbook(sample);
  everything(warmData, scopes);
  const warm = median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      everything(warmData, scopes);
      return performance.now() - t0;
    }),
  );
  results.push({ scale, rows, total, plain });
  console.log(
    `scale ${scale}: ${rows.toLocaleString('en')} rows, ${scopes.length} scopes, ${values} values\n` +
      `  plain loop over the cells  ${plain.toFixed(1)} ms (the floor for any reading)\n` +
      `  read all sheets            ${read.toFixed(1)} ms\n` +
      `  every KPI × every scope    ${total.toFixed(1)} ms (read and index included)\n` +
      `  every KPI × 16 scopes      ${sixteen.toFixed(1)} ms (company, teams, first reps)\n` +
      `  again on the same data     ${warm.toFixed(1)} ms (tables and indexes kept)`,
  );
}
const [one, ten] = results;
console.log(
  `\nscale 10 / scale 1: rows × ${(ten.rows / one.rows).toFixed(1)}, ` +
    `engine time × ${(ten.total / one.total).toFixed(1)}, plain loop × ${(ten.plain / one.plain).toFixed(1)} ` +
    '(memory effects on 10× the cells)',
);
