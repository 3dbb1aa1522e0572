// Reading what the alert evaluation needs, one getValues per sheet: the source sheets through the
// wizard's reader (workbook/read-data.ts), then Objectives, Alerts and Actions, each found by
// developer metadata (or by name and header). Also the shapes of the sheets the alerts colour.
import { activeSpreadsheet, spreadsheetTimeZone, todayIn } from '../adapters/services';
import { dayOfIsoText } from '../../functions/values/dates';
import type { SheetKey } from '../schema';
import { readBlock, type SheetBlock } from '../workbook/block';
import { maxRowsOf } from '../workbook/max-rows';
import { type Located, type LocatedSheet, locateSheets } from '../workbook/locate';
import { readSources, WIZARD_SHEETS, type WorkbookSnapshot } from '../workbook/read-data';
import type { SheetShape } from '../workbook/cf-model';
import { COLOURED_SHEETS, type ColouredSheet } from './cf-plan';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AlertsWorkbook {
  readonly spreadsheet: Spreadsheet;
  /** Today in the spreadsheet's time zone (calendar-day number). */
  readonly today: number;
  readonly snapshot: WorkbookSnapshot;
  /** The wizard's sheets and Actions. */
  readonly located: Located;
  readonly alerts?: SheetBlock;
  readonly objectives?: SheetBlock;
  readonly actions?: SheetBlock;
  /** The context log (src/addon/context), when the workbook has one. */
  readonly context?: SheetBlock;
}

export function readAlertsWorkbook(): AlertsWorkbook {
  const spreadsheet = activeSpreadsheet();
  const today = dayOfIsoText(todayIn(spreadsheetTimeZone(spreadsheet)))!;
  // One metadata search for the wizard's sheets and Actions together.
  const located = locateSheets(spreadsheet, [...WIZARD_SHEETS, 'actions', 'context']);
  const snapshot = readSources(located);
  const block = (key: SheetKey) => {
    const where = located.get(key);
    return where ? readBlock(where) : undefined;
  };
  return {
    spreadsheet,
    today,
    snapshot,
    located,
    alerts: block('alerts'),
    objectives: block('objectives'),
    actions: block('actions'),
    context: block('context'),
  };
}

/**
 * Where the coloured sheets' columns are and how big each sheet is: one getMaxRows per sheet
 * that gets rules; the columns come from what was read (no further read).
 */
export function shapesOf(book: AlertsWorkbook): Partial<Record<ColouredSheet, SheetShape>> {
  const out: Partial<Record<ColouredSheet, SheetShape>> = {};
  for (const key of COLOURED_SHEETS) {
    const where = book.located.get(key);
    if (!where) continue;
    const columns = columnsOf(book, key, where);
    if (columns.size === 0) continue;
    const width = Math.max(...columns.values(), widthOf(book, key));
    let rows: number | undefined;
    out[key] = {
      columns,
      width,
      // Asked only for a sheet that gets rules (planColours).
      get rows() {
        return (rows ??= maxRowsOf(where.sheet));
      },
    };
  }
  return out;
}

/** 1-based column numbers by key. */
function columnsOf(book: AlertsWorkbook, key: ColouredSheet, where: LocatedSheet) {
  const layout = book.snapshot.layouts[key as keyof WorkbookSnapshot['layouts']];
  if (layout) return new Map(layout.columns);
  const block =
    key === 'objectives' ? book.objectives : key === 'actions' ? book.actions : undefined;
  if (!block) return new Map(where.tagged);
  return new Map([...block.columns].map(([k, i]) => [k, i + 1]));
}

function widthOf(book: AlertsWorkbook, key: ColouredSheet): number {
  const block =
    key === 'objectives' ? book.objectives : key === 'actions' ? book.actions : undefined;
  if (block) return block.values[0]?.length ?? 0;
  const table = book.snapshot.data[key as keyof WorkbookSnapshot['data']];
  return table?.rows[0]?.length ?? 0;
}
