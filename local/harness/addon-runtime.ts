// The built add-on running against the local Apps Script runtime: one workbook, one UI log, one
// state, as a spreadsheet shared by several users would have. Given a `project`, the spreadsheet
// is one more of that add-on project (its triggers, user and script properties are shared).
import { LocalWorkbook } from '../workbook';
import { createSpreadsheetApp, UiLog } from '../services/spreadsheet';
import { createRuntime, LocalRuntime, type RuntimeOptions } from '../runtime/loader';
import { createProject, type LocalProject } from '../runtime/project';
import type { LocalState } from '../runtime/state';
import { BUNDLE_PATH } from './bundle';

export interface AddonHarness {
  workbook: LocalWorkbook;
  ui: UiLog;
  runtime: LocalRuntime;
}

export interface HarnessOptions {
  locale?: string;
  workbook?: LocalWorkbook;
  /** The add-on project to open the spreadsheet in (default: a project of its own). */
  project?: LocalProject;
  /** The spreadsheet's id when no workbook is given. */
  id?: string;
  /** Another manifest's grants (the warehouse variant's scopes and advanced services). */
  manifest?: Pick<RuntimeOptions, 'oauthScopes' | 'advancedServices'>;
  /** The project's state to start from (without `project`; default: a new, empty one). */
  state?: LocalState;
}

/** An add-on project on the built bundle, to open several spreadsheets in. */
export function addonProject(): LocalProject {
  return createProject({ bundlePath: BUNDLE_PATH });
}

export function addonHarness(options: HarnessOptions = {}): AddonHarness {
  const workbook =
    options.workbook ??
    new LocalWorkbook({
      id: options.id,
      timeZone: 'Europe/Paris',
      locale: options.locale ?? 'en_US',
    });
  const ui = new UiLog();
  const runtime = createRuntime({
    project: options.project,
    state: options.state,
    documentId: workbook.id,
    bundlePath: BUNDLE_PATH,
    spreadsheetApp: (ctx) =>
      createSpreadsheetApp(
        workbook,
        ctx,
        ui,
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    user: { email: 'manager@example.com', locale: options.locale ?? 'en' },
    ...options.manifest,
  });
  return { workbook, ui, runtime };
}
