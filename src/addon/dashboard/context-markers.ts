// The context notes as markers on the monthly revenue chart: a "Context" column beside the
// monthly table, holding the month's revenue (shown as a dot) in each month that a note of the
// chosen scope overlaps, blank otherwise. The revenue chart draws it as a series of points on its
// line (charts.ts), so a note over the demo's October dip shows on the chart itself; the notes'
// words are in the Context table further down (notes-table.ts). Formulas over the Context sheet:
// a note added or another scope chosen shows without a refresh.
import type { LocatedSheet } from '../workbook/locate';
import { HEADER_STYLE, type SectionContext } from './context';
import { insightWords } from './insight-texts';
import { noteRefs } from './notes-table';
import { cellA1 } from './refs';
import { SECTIONS } from './sections';

/** The marker column of the monthly table (right of its revenue column). */
export const MARKER_COLUMN = SECTIONS.monthly.column + 2;
/** Any number shows as a dot: the cell marks the month, the chart reads the value. */
export const MARKER_FORMAT = '"●";"●";"●"';

export function drawContextMarkers(context: SectionContext, sheet: LocatedSheet | undefined): void {
  const { canvas, data, windows, language } = context;
  const length = windows.length('month');
  const top = SECTIONS.monthly.row + 1;
  // Inside the monthly table's block (sections.ts), which leaves this column to it.
  canvas.put(top, MARKER_COLUMN, insightWords(language).context, HEADER_STYLE);
  const refs = noteRefs(context, sheet);
  if (!refs) return;
  const { start, end, forScope } = refs;
  for (let k = 0; k < length; k++) {
    const month = data.remote(windows.firstRow('month') + k, windows.startColumn('month'));
    // Started before the month's end, and ended (a blank end: the start day) on or after its start.
    const overlaps =
      `(${start}<>"")*(${start}<EDATE(${month},1))` + `*((${end}+(${end}="")*${start})>=${month})`;
    const revenue = cellA1(top + 1 + k, SECTIONS.monthly.column + 1, true);
    canvas.put(
      top + 1 + k,
      MARKER_COLUMN,
      `=IFERROR(IF(SUMPRODUCT(${overlaps}*${forScope})>0,N(${revenue}),""),"")`,
      { format: MARKER_FORMAT, align: 'center' },
    );
  }
}
