// Builds a SpreadsheetApp fake over a fresh workbook for the runtime's tests.
import {
  CallCounter,
  Clock,
  type AuthModeName,
  type RuntimeContext,
} from '../../local/runtime/context';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { LocalWorkbook, type WorkbookOptions } from '../../local/workbook';

export interface Harness {
  wb: LocalWorkbook;
  ctx: RuntimeContext;
  ui: UiLog;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function harness(
  options: WorkbookOptions = {},
  authMode: AuthModeName = 'FULL',
  wb = new LocalWorkbook({ timeZone: 'Europe/Paris', ...options }),
): Harness {
  const ctx: RuntimeContext = {
    clock: new Clock(new Date('2024-03-10T09:00:00Z')),
    counter: new CallCounter(),
    user: { email: 'lead@example.com', locale: 'en' },
    timeZone: wb.timeZone,
    authMode,
  };
  const ui = new UiLog();
  const app = createSpreadsheetApp(wb, ctx, ui);
  // The harness's own call is not part of what tests count.
  const ss = authMode === 'NONE' ? (undefined as never) : app.getActiveSpreadsheet();
  ctx.counter.reset();
  return { wb, ctx, ui, app, ss };
}

/** Paris midnight of a day (CET is UTC+1, CEST UTC+2). */
export const parisMidnight = (iso: string, offsetHours: number): Date =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - offsetHours * 3_600_000);
