// Objectives rows written before the as-of cell existed call KPI_PROGRESS with as_of left empty
// ("now"): a custom function recalculates only when an argument changes, so their Pace stays on
// the day it was first computed. Setup gives them the as-of cell (workbook/as-of.ts), so that they
// move with the days like the rows the wizard writes now. One read per column, one write per
// run of rows that held such a formula.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** KPI_PROGRESS with four arguments, then an empty as_of. */
const EMPTY_AS_OF = /KPI_PROGRESS\(([^,()]*,[^,()]*,[^,()]*,[^,()]*,)(?=,)/gi;

/** The formula with the as-of cell in KPI_PROGRESS's empty as_of. */
export function withAsOf(formula: string, asOf: string): string {
  return formula.replace(EMPTY_AS_OF, (_m, args: string) => `KPI_PROGRESS(${args}${asOf}`);
}

/**
 * Rewrites the Progress and Pace formulas (1-based columns) that leave as_of empty; returns how
 * many cells changed.
 */
export function passAsOfToProgress(
  sheet: Sheet,
  columns: ReadonlyArray<number | undefined>,
  asOf: string,
): number {
  const last = sheet.getLastRow();
  if (last < 2) return 0;
  let changed = 0;
  for (const column of columns) {
    if (column === undefined) continue;
    const range = sheet.getRange(2, column, last - 1, 1);
    const before = range.getFormulas();
    const after = before.map(([f]) => [withAsOf(f, asOf)]);
    const count = after.filter(([f], i) => f !== before[i][0]).length;
    if (count === 0) continue;
    // One write per run of changed rows (the rows of a set-up sheet: one); other cells are left
    // as they are (setFormulas would clear a typed value).
    for (let i = 0; i < after.length;) {
      if (after[i][0] === before[i][0]) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < after.length && after[j + 1][0] !== before[j + 1][0]) j++;
      sheet.getRange(2 + i, column, j - i + 1, 1).setFormulas(after.slice(i, j + 1));
      i = j + 1;
    }
    changed += count;
  }
  return changed;
}
