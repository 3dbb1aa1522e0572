// The SpreadsheetApp fake: `createSpreadsheetApp(workbook, ctx, ui)` gives the global a script
// sees, bound to a LocalWorkbook, counting every call in ctx.counter and enforcing ctx.authMode.
import type { GridRange, LocalWorkbook } from '../../workbook';
import type { RuntimeContext } from '../../runtime/context';
import { buffersWrites, onExecutionEnd } from '../../runtime/pending-writes';
import { SpreadsheetAppImpl } from './app';
import { expose } from './guard';
import { RangeImpl } from './range';
import type { GRange, GSheet, GSpreadsheet, GSpreadsheetApp, RangeShape, Scope } from './scope';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { UiLog } from './ui-log';
import { bufferWrites } from './write-buffer';

export { UiLog } from './ui-log';
export type { MenuEntry, RecordedAlert, RecordedHtml, RecordedMenu } from './ui-log';
export { ChartsEnums, EnumValue } from './enums';
export { ADDON_MENU_CAPTION } from './ui';
export { unwrap } from './guard';

/**
 * The SpreadsheetApp global for one execution. `ui` collects menus, sidebars, alerts and
 * toasts (pass the same UiLog to the executions of one session to keep what they showed).
 * Inside an execution of the runtime, cell writes wait for a read, `flush()` or the end of the
 * execution (write-buffer.ts); outside one (unit tests of the fake) they apply at once.
 */
export function createSpreadsheetApp(
  workbook: LocalWorkbook,
  ctx: RuntimeContext,
  ui: UiLog = new UiLog(),
): GSpreadsheetApp {
  let spreadsheet: GSpreadsheet | undefined;
  const sheets = new Map<number, GSheet>();
  // (The playground lists the script's functions before its workbook exists: nothing to buffer.)
  const buffered = buffersWrites(ctx) && workbook ? bufferWrites(workbook) : undefined;
  if (buffered) onExecutionEnd(ctx, buffered.flush);
  const scope: Scope = {
    wb: buffered?.view ?? workbook,
    ctx,
    ui,
    flush: () => buffered?.flush(),
    expose: <T>(className: string, target: object) => expose<T>(className, target, ctx),
    spreadsheet: () =>
      (spreadsheet ??= expose<GSpreadsheet>('Spreadsheet', new SpreadsheetImpl(scope), ctx)),
    sheet: (sheetId: number) => {
      workbook.getSheet(sheetId);
      let sheet = sheets.get(sheetId);
      if (!sheet) {
        sheet = expose<GSheet>('Sheet', new SheetImpl(scope, sheetId), ctx);
        sheets.set(sheetId, sheet);
      }
      return sheet;
    },
    range: (sheetId: number, range: GridRange, shape?: RangeShape) =>
      expose<GRange>('Range', new RangeImpl(scope, sheetId, { ...range }, shape), ctx),
  };
  return expose<GSpreadsheetApp>('SpreadsheetApp', new SpreadsheetAppImpl(scope), ctx);
}
