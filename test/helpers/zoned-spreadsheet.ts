// A spreadsheet in a time zone of its own, with the script in the manifest's (Europe/Paris), as a
// published add-on meets most of its users: the zone tests of the functions and of the add-on.
import type { LocalUser } from '../../local/runtime/context';
import { createRuntime, type LocalRuntime } from '../../local/runtime/loader';
import { createSpreadsheetApp, UiLog } from '../../local/services/spreadsheet';
import { LocalWorkbook } from '../../local/workbook';
import { BUNDLE_PATH } from '../../local/harness/bundle';

export interface ZonedSpreadsheet {
  workbook: LocalWorkbook;
  runtime: LocalRuntime;
}

export function zonedSpreadsheet(zone: string, now: Date, user?: LocalUser): ZonedSpreadsheet {
  const workbook = new LocalWorkbook({ timeZone: zone, locale: 'en_US' });
  const runtime = createRuntime({
    bundlePath: BUNDLE_PATH,
    spreadsheetApp: (ctx) =>
      createSpreadsheetApp(
        workbook,
        ctx,
        new UiLog(),
      ) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    timeZone: zone,
    scriptTimeZone: 'Europe/Paris',
    user,
  });
  runtime.clock.set(now);
  return { workbook, runtime };
}
