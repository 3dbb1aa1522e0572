// npx tsx bench/history.ts: issue 14's numbers on the demo data (pure core, no Sheets).
// 1. The Pipeline history's size after two years of the demo's small company (3 teams of 4 reps):
//    the daily snapshot replayed over the demo's 24 months, one row per changed deal per day.
// 2. The forecast backtest: a forecast of the month made on the first day of each of the demo's
//    last 12 complete months, with only what was known the day before, against what the month
//    brought in; also per team, and per quarter for the company.
// 3. Why the demo's dip moved: the attribution of the dip month against the month before.
import { performance } from 'node:perf_hooks';
import { useScriptTimeZone } from '../local/playground/script-zone';
import { generateSampleData, sampleDipFor } from '../src/addon/sample-data';
import { columnIndexes, SCHEMA } from '../src/addon/schema';
import { pipelineDeals } from '../src/addon/history/deal-dates';
import { whyConversionMoved, whyRevenueMoved } from '../src/addon/history/why';
import { backtestForecast, type ForecastScope } from '../src/kpi/forecast';
import { changedRows, type SnapshotRow, type Stage } from '../src/kpi/pipeline-history';
import { addPeriods, dayFromYmd, periodStart } from '../src/kpi/days';

useScriptTimeZone();

const dip = sampleDipFor();
const deals = pipelineDeals(generateSampleData().pipeline, columnIndexes('pipeline'));
const first = Math.min(...deals.map((d) => d.lead));
const [ey, em, ed] = dip.endDate.split('-').map(Number);
const lastDay = dayFromYmd(ey, em, ed);

// 1. History size.
const closeOf = (d: { won: number; lost: number }) =>
  Math.min(Number.isFinite(d.won) ? d.won : Infinity, Number.isFinite(d.lost) ? d.lost : Infinity);
let started = performance.now();
const latest = new Map<string, SnapshotRow>();
let rows = 0;
for (let day = first; day <= lastDay; day++) {
  const on = (x: number) => Number.isFinite(x) && x <= day;
  // Deals closed before today were recorded closed already: nothing can change for them.
  const now = deals
    .filter((d) => d.lead <= day && !(closeOf(d) < day))
    .map((d) => {
      let stage: Stage = 'lead';
      if (on(d.opportunity)) stage = 'opportunity';
      if (on(d.proposal)) stage = 'proposal';
      if (on(d.lost)) stage = 'lost';
      if (on(d.won)) stage = 'won';
      const amount = on(d.opportunity) ? d.amount : NaN;
      return { dealId: d.id, stage, amount, expectedClose: NaN, rep: d.rep, team: d.team };
    });
  for (const row of changedRows(latest, now, day)) {
    latest.set(row.dealId, row);
    rows++;
  }
}
const columns = SCHEMA.pipelineHistory.columns.length;
const days = lastDay - first + 1;
console.log(
  `Pipeline history, ${days} days of the demo (${deals.length} deals, 12 reps): ` +
    `${rows} rows × ${columns} columns = ${rows * columns} cells, ` +
    `${((100 * rows * columns) / 10_000_000).toFixed(2)} % of a spreadsheet's 10 million cells ` +
    `(${(performance.now() - started).toFixed(0)} ms to replay)`,
);

// 2. Backtest.
started = performance.now();
const endMonth = periodStart(lastDay + 1, 'month');
const months = Array.from({ length: 12 }, (_, i) => addPeriods(endMonth, 'month', i - 12));
const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
const scopes: ForecastScope[] = [
  { type: 'company' },
  ...[...new Set(deals.map((d) => d.team))].sort().map((name) => ({ type: 'team' as const, name })),
];
for (const scope of scopes) {
  const bt = backtestForecast(deals, months, 'month', scope);
  const name = scope.type === 'company' ? 'company' : `team ${scope.name}`;
  console.log(
    `Forecast backtest, ${name}, 12 months: error (WAPE) ${pct(bt.wape)}, bias ${pct(bt.bias)}, ` +
      `actual within the 80 % range ${pct(bt.coverage)}`,
  );
}
const quarters = [3, 6, 9, 12].map((k) =>
  addPeriods(periodStart(endMonth, 'quarter'), 'quarter', -k / 3),
);
const bq = backtestForecast(deals, quarters, 'quarter', { type: 'company' });
console.log(
  `Forecast backtest, company, last 4 quarters: error (WAPE) ${pct(bq.wape)}, bias ${pct(bq.bias)}, ` +
    `actual within the 80 % range ${pct(bq.coverage)} (${(performance.now() - started).toFixed(0)} ms in all)`,
);

// 3. Attribution of the dip.
const month = (label: string) => {
  const [y, m] = label.split('-').map(Number);
  const start = dayFromYmd(y, m, 1);
  return [start, addPeriods(start, 'month', 1)] as const;
};
const before = month(dip.conversionPreviousMonth);
const after = month(dip.conversionMonth);
const conversion = whyConversionMoved(deals, before, after);
console.log(`Why it moved, company, ${dip.conversionMonth}: ${conversion?.sentence.en}`);
const revenue = whyRevenueMoved(deals, before, after);
console.log(`Why it moved, company, ${dip.conversionMonth}: ${revenue?.sentence.en}`);
console.log(`Pourquoi, entreprise, ${dip.conversionMonth} : ${revenue?.sentence.fr}`);
