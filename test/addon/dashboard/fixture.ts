// The demo workbook for the dashboard tests: set up with sample data by the add-on's own menu
// command on 16 November 2026 (so the last complete month is October, the sample's dip month),
// in the script's time zone as Apps Script runs it (Europe/Paris, appsscript.json), then read
// back as the metrics engine reads it, to compare the tiles with the engine's values.
import { useScriptTimeZone } from '../../../local/playground/script-zone';
import {
  schemaOrderTable,
  SOURCE_SHEETS,
  type SourceSheet,
  type WorkbookData,
} from '../../../src/addon/metrics';
import { SCHEMA } from '../../../src/addon/schema';
import { addonHarness, type AddonHarness } from '../../../local/harness/addon-runtime';
import { runSetupPage } from '../../../local/harness/setup-page';

// Dates written by the script and read by the =KPI_* functions are in the script's zone.
useScriptTimeZone();

export const AS_OF = new Date(2026, 10, 16, 9);

export function demoHarness(options: { locale?: string } = {}): AddonHarness {
  const h = addonHarness(options);
  h.runtime.clock.set(AS_OF);
  runSetupPage(h.runtime, true);
  return h;
}

export function refresh(h: AddonHarness): void {
  h.runtime.invoke('menuRefreshDashboard', []);
  const error = h.runtime.executions.at(-1)?.error;
  if (error) throw new Error(`menuRefreshDashboard failed: ${String(error)}`);
}

/** The source sheets as the metrics engine reads them (schema column order, as set up). */
export function engineData(h: AddonHarness): WorkbookData {
  const data: Record<string, unknown> = {};
  for (const sheet of SOURCE_SHEETS as readonly SourceSheet[]) {
    const name = SCHEMA[sheet].en;
    const last = h.workbook.getLastRow(name);
    const width = SCHEMA[sheet].columns.length;
    const rows = last <= 1 ? [] : h.workbook.getValues(name, 1, 0, last - 1, width);
    data[sheet] = schemaOrderTable(sheet, rows);
  }
  return data as WorkbookData;
}

/** Every formula cell of a sheet that shows an error, with its message. */
export function formulaErrors(h: AddonHarness, sheet: string): string[] {
  return h.workbook
    .listErrors(sheet)
    .map((e) => `${sheet}!R${e.row + 1}C${e.col + 1} ${e.code} ${e.message}`);
}

/**
 * The sheets the dashboard must never write, as JSON (cells, formats, rules, charts). Formats
 * are resolved from the workbook's shared style table, whose numbering shifts when another sheet
 * gains a style.
 */
export function userSheetsJson(h: AddonHarness, except: readonly string[]): string {
  const json = h.workbook.toJSON() as unknown as {
    sheets: Array<{
      name: string;
      props: Array<[number, number, number]>;
      validations: Array<[number, number, number]>;
    }>;
    styles: unknown[];
    validations: unknown[];
  };
  // Styles and rules are numbered in the order the sheets hold them: compared by what they are.
  return JSON.stringify(
    json.sheets
      .filter((s) => !except.includes(s.name))
      .map((s) => ({
        ...s,
        props: s.props.map(([r, c, i]) => [r, c, json.styles[i]]),
        validations: s.validations.map(([r, c, i]) => [r, c, json.validations[i]]),
      })),
  );
}
