// npx tsx bench/alerts.ts (after npm run build): "Apply alerts" of the built add-on, in the local
// Apps Script runtime, on the demo workbook and on ten times its data. Prints the wall time of a
// first apply (alerts raised and written) and of the next ones (same period: nothing to write),
// the rows read, and the Sheets calls of each, which must not depend on the data size. The
// machines are shared and noisy: compare the two scales' ratio with their row ratio.
import { performance } from 'node:perf_hooks';
import { evaluateAlerts } from '../src/addon/alerts/evaluate';
import { readRules } from '../src/addon/alerts/read-rules';
import { KnownScopes } from '../src/addon/alerts/resolve';
import { alertRows as readAlertRows } from '../src/addon/workbook/alerts-sheet';
import { medianCycle } from '../src/addon/alerts/cf-plan';
import { schemaOrderTable, scopesInData, type WorkbookData } from '../src/addon/metrics';
import { dayFromYmd } from '../src/kpi/days';
import { generateSampleData, type SampleData } from '../src/addon/sample-data';
import {
  columnIndexes,
  headers,
  SAMPLE_SHEET_KEYS,
  SCHEMA,
  SHEET_KEYS,
  type SheetKey,
} from '../src/addon/schema';
import { createSpreadsheetApp, UiLog } from '../local/services/spreadsheet';
import { createRuntime } from '../local/runtime/loader';
import { LocalWorkbook, type SheetSeed } from '../local/workbook';
import { BUNDLE_PATH } from '../local/harness/bundle';

const TEAMS = ['Paris', 'Lyon', 'Nantes'];
const END = new Date(2026, 10, 16);

/** A managed sheet's data rows: the sample's, the bench's alert rules, or none. */
function rowsOf(sample: SampleData, key: SheetKey): unknown[][] {
  if ((SAMPLE_SHEET_KEYS as readonly string[]).includes(key))
    return sample[key as keyof SampleData];
  if (key !== 'alerts') return [];
  // The conversion rules of the demo's three teams and two NPS rules, defaults for the rest: at
  // both scales they raise the same alert (Lyon's October conversion), so the writes match.
  const width = SCHEMA.alerts.columns.length;
  const rule = (kpi: string, team: string) => {
    const out: unknown[] = new Array(width).fill('');
    [out[2], out[3], out[4]] = [kpi, 'Team', team];
    return out;
  };
  return [
    ...TEAMS.map((team) => rule('Lead → opportunity conversion', team)),
    rule('Net Promoter Score', 'Paris'),
    rule('Net Promoter Score', 'Lyon'),
  ];
}

/** The managed sheets (found by name and header, as in a workbook typed by hand). */
function workbookOf(sample: SampleData): LocalWorkbook {
  // Seeds hold the headers only: LocalWorkbook's seed reader spreads the rows into Math.max,
  // which overflows the stack at 500,000 rows; the rows go in by blocks instead.
  const sheets: SheetSeed[] = SHEET_KEYS.map((key) => ({
    name: SCHEMA[key].en,
    rows: [headers(key, 'en')],
    maxRows: rowsOf(sample, key).length + 1,
    columnFormats: Object.fromEntries(SCHEMA[key].columns.map((c, i) => [i, c.format])),
  }));
  const workbook = new LocalWorkbook({ timeZone: 'Europe/Paris', sheets });
  workbook.batch(() => {
    for (const key of SHEET_KEYS) {
      const all = rowsOf(sample, key);
      for (let at = 0; at < all.length; at += BLOCK)
        workbook.setInputs(SCHEMA[key].en, at + 1, 0, all.slice(at, at + BLOCK) as never);
    }
  });
  return workbook;
}

const BLOCK = 20_000;

function run(scale: number) {
  const sample = generateSampleData({ scale, endDate: END });
  const rowsRead = Object.values(sample).reduce((n, rows) => n + rows.length, 0);
  const workbook = workbookOf(sample);
  const runtime = createRuntime({
    bundlePath: BUNDLE_PATH,
    spreadsheetApp: (ctx) =>
      createSpreadsheetApp(
        workbook,
        ctx,
        new UiLog(),
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  });
  runtime.clock.set(new Date(2026, 10, 16, 9));
  const times: number[] = [];
  const calls: Record<string, number>[] = [];
  for (let i = 0; i < 6; i++) {
    runtime.counter.reset();
    const t0 = performance.now();
    runtime.invoke('menuApplyAlerts', []);
    times.push(performance.now() - t0);
    calls.push(runtime.counter.snapshot());
  }
  const next = [...times.slice(1)].sort((a, b) => a - b)[2];
  // The floor: the same sheets read through the local runtime, with nothing done to them.
  const reads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const execution = runtime.begin();
    const app = execution.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const t0 = performance.now();
    for (const key of [...SAMPLE_SHEET_KEYS, 'objectives', 'alerts', 'actions'] as const)
      app.getActiveSpreadsheet().getSheetByName(SCHEMA[key].en)!.getDataRange().getValues();
    reads.push(performance.now() - t0);
    execution.end();
  }
  const read = reads.sort((a, b) => a - b)[2];
  const own = pure(sample, rowsOf(sample, 'alerts'));
  return { scale, rowsRead, first: times[0], next, read, own, calls };
}

/**
 * The add-on's own work on the same data in plain V8 (no runtime, no vm): the sheets typed and
 * indexed, the rules read, evaluated, the median cycle for the colours. The local runtime adds
 * reading the cells out of its workbook and a node:vm context, whose global lookups make tight
 * loops several times slower than Apps Script's V8.
 */
function pure(sample: SampleData, alertRows: unknown[][]): number {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const data: WorkbookData = {
      activities: schemaOrderTable('activities', sample.activities),
      pipeline: schemaOrderTable('pipeline', sample.pipeline),
      customers: schemaOrderTable('customers', sample.customers),
      orders: schemaOrderTable('orders', sample.orders),
      surveys: schemaOrderTable('surveys', sample.surveys),
    };
    const table = readAlertRows({ rows: alertRows, columns: columnIndexes('alerts'), firstRow: 2 });
    const known = new KnownScopes(scopesInData(data));
    const { rules } = readRules(table, new Map(), known);
    const today = dayFromYmd(2026, 11, 16);
    evaluateAlerts({ data, rules, objectives: new Map(), log: [], today });
    medianCycle(data, today);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[2];
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const results = [run(1), run(10)];
for (const r of results) {
  console.log(
    `scale ${String(r.scale).padStart(2)}: ${r.rowsRead.toLocaleString('en')} rows; ` +
      `first apply ${r.first.toFixed(0)} ms (${total(r.calls[0])} Sheets calls), ` +
      `next applies ${r.next.toFixed(0)} ms (median, ${total(r.calls[1])} calls); ` +
      `reading the same sheets alone ${r.read.toFixed(0)} ms; ` +
      `the add-on's own work in plain V8 ${r.own.toFixed(0)} ms`,
  );
}
const [one, ten] = results;
console.log(
  `ratio ×10 / ×1: rows ${(ten.rowsRead / one.rowsRead).toFixed(1)}, ` +
    `time ${(ten.next / one.next).toFixed(1)} (next applies), ` +
    `${(ten.own / one.own).toFixed(1)} (own work)`,
);
for (const i of [0, 1]) {
  const same = JSON.stringify(one.calls[i]) === JSON.stringify(ten.calls[i]);
  const which = i === 0 ? 'first apply' : 'next applies';
  console.log(`same Sheets calls at both scales (${which}): ${same ? 'yes' : 'NO'}`);
  if (!same) console.log(JSON.stringify(one.calls[i]), '\n', JSON.stringify(ten.calls[i]));
}
console.log(
  `reads per apply: ${one.calls[1]['Range.getValues']} getValues (one per sheet), ` +
    `writes on the first: ${one.calls[0]['Range.setValues'] ?? 0} setValues, ` +
    `${one.calls[0]['Sheet.setConditionalFormatRules'] ?? 0} setConditionalFormatRules`,
);
