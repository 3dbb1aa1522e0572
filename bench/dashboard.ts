// npx tsx bench/dashboard.ts (after npm run build): "Refresh dashboard" of the built add-on, in
// the local Apps Script runtime, on the demo data and on ten times its data. Prints the wall time
// of a first refresh (everything written), of the next ones (the layout unchanged: nothing to
// write), and the Sheets calls of each, which must not depend on the data size. The custom
// functions are not registered, so the times are the add-on's own work plus the local engine's
// built-in formulas; a second line measures, at scale 1, the formula engine recomputing the
// dashboard with the =KPI_* functions when another scope is chosen (Sheets does that work itself
// at Google, after the script has ended). The machines are shared and noisy: compare ratios.
import { performance } from 'node:perf_hooks';
import { useScriptTimeZone } from '../local/playground/script-zone';
import { generateSampleData, type SampleData } from '../src/addon/sample-data';
import { headers, SAMPLE_SHEET_KEYS, SCHEMA, SHEET_KEYS, type SheetKey } from '../src/addon/schema';
import { createSpreadsheetApp, UiLog } from '../local/services/spreadsheet';
import { createRuntime, type LocalRuntime } from '../local/runtime/loader';
import { LocalWorkbook, type SheetSeed } from '../local/workbook';
import { BUNDLE_PATH } from '../local/harness/bundle';

useScriptTimeZone();

const END = new Date(2026, 10, 16);
const BLOCK = 20_000;

/** The managed sheets from seeds (found by name and header), rows written by blocks. */
function workbookOf(sample: SampleData): LocalWorkbook {
  const rows = (key: SheetKey): unknown[][] =>
    (SAMPLE_SHEET_KEYS as readonly string[]).includes(key) ? sample[key as keyof SampleData] : [];
  const sheets: SheetSeed[] = SHEET_KEYS.map((key) => ({
    name: SCHEMA[key].en,
    rows: [headers(key, 'en')],
    maxRows: rows(key).length + 1,
    columnFormats: Object.fromEntries(SCHEMA[key].columns.map((c, i) => [i, c.format])),
  }));
  const workbook = new LocalWorkbook({ timeZone: 'Europe/Paris', sheets });
  workbook.batch(() => {
    for (const key of SHEET_KEYS) {
      const all = rows(key);
      for (let at = 0; at < all.length; at += BLOCK)
        workbook.setInputs(SCHEMA[key].en, at + 1, 0, all.slice(at, at + BLOCK) as never);
    }
  });
  return workbook;
}

function runtimeOf(workbook: LocalWorkbook): LocalRuntime {
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
  return runtime;
}

function refresh(runtime: LocalRuntime): { ms: number; calls: Record<string, number> } {
  runtime.counter.reset();
  const t0 = performance.now();
  runtime.invoke('menuRefreshDashboard', []);
  const ms = performance.now() - t0;
  const error = runtime.executions.at(-1)?.error;
  if (error) throw new Error(String(error));
  return { ms, calls: runtime.counter.snapshot() };
}

function run(scale: number) {
  const sample = generateSampleData({ scale, endDate: END });
  const rows = Object.values(sample).reduce((n, r) => n + r.length, 0);
  const runtime = runtimeOf(workbookOf(sample));
  const first = refresh(runtime);
  const next = [refresh(runtime), refresh(runtime), refresh(runtime)];
  const median = next.map((n) => n.ms).sort((a, b) => a - b)[1];
  return { scale, rows, first, next: next[0], median };
}

/** At scale 1 with the =KPI_* functions: the first evaluation, then one scope change. */
function recalculation() {
  const workbook = workbookOf(generateSampleData({ scale: 1, endDate: END }));
  const runtime = runtimeOf(workbook);
  workbook.registerFunctions(runtime.customFunctions());
  const first = refresh(runtime).ms;
  const t0 = performance.now();
  workbook.setInput('Dashboard', 1, 1, 'Team: Lyon');
  return { first, scope: performance.now() - t0 };
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const results = [run(1), run(10)];
for (const r of results) {
  console.log(
    `scale ${String(r.scale).padStart(2)}: ${r.rows.toLocaleString('en')} rows; first refresh ` +
      `${r.first.ms.toFixed(0)} ms (${total(r.first.calls)} Sheets calls, ` +
      `${r.first.calls['Range.setValues'] ?? 0} setValues, ${r.first.calls['Range.getValues']} getValues); ` +
      `next refreshes ${r.median.toFixed(0)} ms (median, ${total(r.next.calls)} calls, ` +
      `${r.next.calls['Range.setValues'] ?? 0} setValues)`,
  );
}
const [one, ten] = results;
console.log(
  `ratio ×10 / ×1: rows ${(ten.rows / one.rows).toFixed(1)}, first refresh ` +
    `${(ten.first.ms / one.first.ms).toFixed(1)}, next refreshes ${(ten.median / one.median).toFixed(1)}`,
);
for (const [name, a, b] of [
  ['first refresh', one.first.calls, ten.first.calls],
  ['next refreshes', one.next.calls, ten.next.calls],
] as const) {
  const same = JSON.stringify(a) === JSON.stringify(b);
  console.log(`same Sheets calls at both scales (${name}): ${same ? 'yes' : 'NO'}`);
  if (!same) console.log(JSON.stringify(a), '\n', JSON.stringify(b));
}
const r = recalculation();
console.log(
  `formula engine at scale 1 with the =KPI_* functions: first refresh ${r.first.toFixed(0)} ms ` +
    `(every formula evaluated), choosing another scope ${r.scope.toFixed(0)} ms`,
);
