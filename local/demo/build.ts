// The demo workbook of the playground: the seeded sample data (src/addon/sample-data) in the
// sheets and formats of the schema (bold frozen header row, number and date formats), and a
// first "Quick start" sheet with a working example of every =KPI_* function.
import {
  DEFAULT_SAMPLE_SEED,
  generateSampleData,
  sampleDipFor,
  type SampleData,
} from '../../src/addon/sample-data';
import { headers, SAMPLE_SHEET_KEYS, SCHEMA, type ValueType } from '../../src/addon/schema';
import { COLUMN_METADATA_KEY, SHEET_METADATA_KEY } from '../../src/addon/workbook/metadata';
import { LocalWorkbook, type SheetSeed, type SheetsFunction } from '../workbook';
import { layoutQuickStart, type QuickStartLayout } from './layout';
import { quickStartExamples } from './quick-start';

export const QUICK_START_SHEET = 'Quick start';

export interface DemoOptions {
  /** The bundle's custom functions (runtime.customFunctions()), registered from the start. */
  functions?: Record<string, SheetsFunction>;
  seed?: number;
  /** The last day with data (default: the generator's fixed 2026-11-15). */
  endDate?: Date;
  /** The spreadsheet time zone (default: the add-on manifest's, Europe/Paris). */
  timeZone?: string;
  /** The spreadsheet locale (default en_US; fr_FR for a French-speaking user's spreadsheet). */
  locale?: string;
  /** The sample's size (default 1, the demo's; tests may build a smaller one). */
  scale?: number;
  /**
   * false: the data sheets only, without the Quick start sheet and its formulas (most of the
   * build's time), for tests of the add-on on the demo's data.
   */
  quickStart?: boolean;
  /** Told what is being done, with the fraction done (the page shows a loading bar). */
  onProgress?: (step: string, fraction: number) => void;
}

/** Column widths in pixels by value type, so dates and amounts are not cut off. */
const WIDTHS: Record<ValueType, number> = {
  date: 100,
  number: 90,
  currency: 110,
  percent: 90,
  text: 140,
  email: 220,
  id: 100,
  duration: 110,
};

/** Where the build is: a step to show and the fraction done. */
export interface DemoProgress {
  step: string;
  fraction: number;
}

/** Builds the demo in one go (tests, the benchmark). */
export function buildDemoWorkbook(options: DemoOptions = {}): LocalWorkbook {
  const steps = demoBuildSteps(options);
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    options.onProgress?.(next.value.step, next.value.fraction);
  }
}

/** Builds the demo, awaiting `pause()` between steps so a server can answer meanwhile. */
export async function buildDemoWorkbookAsync(
  options: DemoOptions,
  pause: () => Promise<void>,
): Promise<LocalWorkbook> {
  const steps = demoBuildSteps(options);
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    options.onProgress?.(next.value.step, next.value.fraction);
    await pause();
  }
}

/**
 * The build in steps: the data sheets in one pass (the engine's fast path), then each Quick
 * start formula on its own, so a progress bar moves while they evaluate.
 */
export function* demoBuildSteps(options: DemoOptions): Generator<DemoProgress, LocalWorkbook> {
  yield { step: 'Generating the sample data', fraction: 0 };
  const data = generateSampleData({
    seed: options.seed ?? DEFAULT_SAMPLE_SEED,
    endDate: options.endDate,
    scale: options.scale,
  });
  const quickStart = layoutQuickStart(quickStartExamples(sampleDipFor(options.endDate)));

  yield { step: 'Loading the sheets', fraction: 0.1 };
  const withQuickStart = options.quickStart ?? true;
  const seeds: SheetSeed[] = [
    ...(withQuickStart ? [{ name: QUICK_START_SHEET, rows: quickStart.rows, frozenRows: 0 }] : []),
    ...SAMPLE_SHEET_KEYS.map((key) => dataSheetSeed(key, data)),
  ];
  const workbook = new LocalWorkbook({
    name: 'Sales KPI demo',
    timeZone: options.timeZone ?? 'Europe/Paris',
    locale: options.locale,
    sheets: seeds,
    functions: options.functions,
  });

  yield { step: 'Formatting', fraction: 0.45 };
  format(workbook, withQuickStart ? quickStart : undefined);
  tagAsManaged(workbook);
  if (!withQuickStart) return workbook;

  const formulas = quickStart.formulas;
  for (let i = 0; i < formulas.length; i++) {
    const f = formulas[i];
    const name = /^=(\w+)/.exec(f.formula)?.[1] ?? 'formula';
    yield {
      step: `Evaluating ${name} (${i + 1} of ${formulas.length})`,
      fraction: 0.5 + (0.5 * i) / formulas.length,
    };
    workbook.setInput(QUICK_START_SHEET, f.row, f.col, f.formula);
  }
  const sheetId = workbook.getSheet(QUICK_START_SHEET).id;
  for (const chart of quickStart.charts) {
    workbook.insertChart(QUICK_START_SHEET, {
      ...chart,
      ranges: chart.ranges.map((r) => ({ ...r, sheetId })),
    });
  }
  workbook.activeSheetId = sheetId;
  return workbook;
}

/**
 * The developer metadata the add-on's setup writes, so that the add-on (wizard, alerts,
 * dashboard, summaries) finds the demo's sheets as its own, and running "Set up KPI workbook" on
 * the demo only adds the sheets it lacks instead of creating empty ones beside the demo's.
 */
function tagAsManaged(workbook: LocalWorkbook): void {
  for (const key of SAMPLE_SHEET_KEYS) {
    const spec = SCHEMA[key];
    const sheetId = workbook.getSheet(spec.en).id;
    workbook.metadata.add(SHEET_METADATA_KEY, key, 'DOCUMENT', { type: 'SHEET', sheetId });
    spec.columns.forEach((column, start) => {
      workbook.metadata.add(COLUMN_METADATA_KEY, column.key, 'DOCUMENT', {
        type: 'COLUMN',
        sheetId,
        start,
        count: 1,
      });
    });
  }
}

function format(workbook: LocalWorkbook, quickStart: QuickStartLayout | undefined): void {
  workbook.batch(() => {
    for (const key of SAMPLE_SHEET_KEYS) {
      const spec = SCHEMA[key];
      const header = { row: 0, col: 0, numRows: 1, numCols: spec.columns.length };
      workbook.setProps(spec.en, header, { fontWeight: 'bold', background: '#f1f3f4' });
      spec.columns.forEach((c, i) => {
        workbook.setColumnWidth(spec.en, i, c.key === 'comment' ? 320 : WIDTHS[c.type]);
      });
    }
    if (!quickStart) return;
    for (const { range, patch } of quickStart.props) {
      workbook.setProps(QUICK_START_SHEET, range, patch);
    }
    for (const [col, width] of Object.entries(quickStart.columnWidths)) {
      workbook.setColumnWidth(QUICK_START_SHEET, Number(col), width);
    }
    workbook.setConditionalRules(QUICK_START_SHEET, quickStart.rules);
  });
}

/** One data sheet: the header row and the rows, formatted by column, header row frozen. */
function dataSheetSeed(key: (typeof SAMPLE_SHEET_KEYS)[number], data: SampleData): SheetSeed {
  const spec = SCHEMA[key];
  const rows = data[key].map((row) => row.map((v) => (v instanceof Date ? daySerial(v) : v)));
  return {
    name: spec.en,
    rows: [headers(key, 'en'), ...rows],
    columnFormats: Object.fromEntries(spec.columns.map((c, i) => [i, c.format])),
    frozenRows: 1,
  };
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The date serial of a generated Date's calendar day. The generator makes local midnights of
 * this process's zone; written as Dates into a workbook in another zone they would carry an
 * hour (Europe/Paris: 01:00). At Google the script runs in the spreadsheet's zone, so the days
 * are whole: so are they here.
 */
function daySerial(date: Date): number {
  return (
    (Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - SERIAL_EPOCH) / 86_400_000
  );
}
