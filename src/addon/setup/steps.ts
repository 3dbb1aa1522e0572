// The set-up in steps. Creating the fourteen sheets of an empty spreadsheet takes about 560 Sheets
// calls (one developer-metadata tag per column, so that a renamed and moved column is still
// found), far over the budget of one execution; the set-up page therefore runs it a few sheets at
// a time, each step one execution of at most about 90 calls, and shows its progress. The plan
// depends on the schema only, so the page and every step agree on it without storing it.
import { SCHEMA, SHEET_KEYS, type SheetKey } from '../schema';

/** What one step may spend by the estimate below (the rest of the budget is the step's overhead). */
export const STEP_ESTIMATE_LIMIT = 75;

/** The Dashboard's charts and colour rules (dashboard/frame.ts; its widths come in the last step). */
const DASHBOARD_FRAME_CALLS = 75;

/**
 * The calls creating a sheet costs at most: the sheet, its tag, header and formats (about 17),
 * two per column (its range and its metadata tag), two per dropdown column (the rule's builder),
 * and four for sample rows; the Dashboard's frame besides. Completing or leaving a sheet costs less.
 */
export function estimatedCalls(key: SheetKey): number {
  const columns = SCHEMA[key].columns;
  const dropdowns = columns.filter((c) => c.choices?.length).length;
  const frame = key === 'dashboard' ? DASHBOARD_FRAME_CALLS : 0;
  return 17 + 2 * columns.length + 2 * dropdowns + 4 + frame;
}

/** The sheets of each step, in the schema's order; the last step also finishes the set-up. */
export function setupSteps(): SheetKey[][] {
  const steps: SheetKey[][] = [];
  let current: SheetKey[] = [];
  let spent = 0;
  for (const key of SHEET_KEYS) {
    const cost = estimatedCalls(key);
    if (current.length && spent + cost > STEP_ESTIMATE_LIMIT) {
      steps.push(current);
      current = [];
      spent = 0;
    }
    current.push(key);
    spent += cost;
  }
  if (current.length) steps.push(current);
  return steps;
}
