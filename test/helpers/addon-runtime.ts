// The built add-on running against the local Apps Script runtime: one workbook, one UI log, one
// state, as a spreadsheet shared by several users would have.
import { LocalWorkbook } from '../../local/workbook';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { createRuntime, LocalRuntime } from '../../local/runtime/loader';
import { BUNDLE_PATH } from './bundle';

export interface AddonHarness {
  workbook: LocalWorkbook;
  ui: UiLog;
  runtime: LocalRuntime;
}

export function addonHarness(
  options: { locale?: string; workbook?: LocalWorkbook } = {},
): AddonHarness {
  const workbook =
    options.workbook ??
    new LocalWorkbook({ timeZone: 'Europe/Paris', locale: options.locale ?? 'en_US' });
  const ui = new UiLog();
  const runtime = createRuntime({
    bundlePath: BUNDLE_PATH,
    spreadsheetApp: (ctx) =>
      createSpreadsheetApp(
        workbook,
        ctx,
        ui,
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    user: { email: 'manager@example.com', locale: options.locale ?? 'en' },
  });
  return { workbook, ui, runtime };
}
