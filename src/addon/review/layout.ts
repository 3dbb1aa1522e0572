// The Review sheet's cells: the pack's sections one under the other (a title row, the sentences,
// a header row and the table), then the Decisions section last, whose rows the team fills in the
// meeting. Pure: the rows to write in one setValues, which rows are bold, and where the decisions
// are read back from (their header row, recognised in either language).
import { safeCell } from '../safe-text';
import type { Language } from '../i18n';
import type { ReviewPackView } from './pack';
import { bothLanguages, reviewWords } from './words';

/** Columns A to H: the widest table (the open actions) has eight. */
export const REVIEW_WIDTH = 8;
/** Empty decision rows offered below the ones already typed. */
export const BLANK_DECISIONS = 8;

/** The decision columns, in order, under the Decisions header. */
export const DECISION_COLUMNS = ['what', 'owner', 'due', 'actionId'] as const;

export interface ReviewCells {
  readonly values: unknown[][];
  /** One flag per row: the title, section titles and header rows are bold. */
  readonly bold: boolean[];
  /** The rows above this index are the pack; the Decisions section starts here. */
  readonly decisionsStart: number;
}

/** A decision row as typed: its index in the sheet's values (0-based) and its four cells. */
export interface DecisionRow {
  readonly index: number;
  readonly cells: readonly unknown[];
}

const blankRow = () => new Array<unknown>(REVIEW_WIDTH).fill('');

/**
 * A row of cells. The pack's texts are already written for reading ("26.9%", "1–20 Oct",
 * "672,490"): each goes in as text (a leading apostrophe, which Sheets does not show), so Sheets
 * neither parses it into a number or a date nor runs it as a formula. Decision rows are written
 * as typed (a due date stays a date), texts neutralised against formulas only.
 */
function row(cells: readonly unknown[], asText = true): unknown[] {
  const out = blankRow();
  cells.slice(0, REVIEW_WIDTH).forEach((c, i) => {
    out[i] = asText && typeof c === 'string' && c !== '' ? `'${c}` : safeCell(c);
  });
  return out;
}

/**
 * The sheet's rows for a pack. `kept` are the decision rows already typed in the sheet being
 * replaced (their cells as they were, Action IDs included), written back first under the header.
 */
export function reviewCells(
  view: ReviewPackView,
  kept: readonly DecisionRow[],
  language: Language,
): ReviewCells {
  const w = reviewWords(language);
  const values: unknown[][] = [];
  const bold: boolean[] = [];
  const push = (cells: readonly unknown[], strong = false, asText = true) => {
    values.push(row(cells, asText));
    bold.push(strong);
  };
  push([view.title], true);
  push([view.subtitle]);
  for (const section of view.sections) {
    push([]);
    push([section.title], true);
    for (const line of section.lines) push([line]);
    if (section.rows.length === 0) {
      if (section.empty) push([section.empty]);
      continue;
    }
    push(section.header, true);
    for (const r of section.rows) push(r);
  }
  push([]);
  const decisionsStart = values.length;
  push([w('decisions')], true);
  push([w('decisionsHint')]);
  // The header as plain words (read back to find the decisions, in either language).
  push(
    DECISION_COLUMNS.map((c) => w(c)),
    true,
    false,
  );
  // Kept as typed (dates stay dates): only texts are neutralised.
  for (const d of kept) push(d.cells, false, false);
  for (let i = 0; i < BLANK_DECISIONS; i++) push([]);
  return { values, bold, decisionsStart };
}

const fold = (cell: unknown) =>
  String(cell ?? '')
    .trim()
    .toLowerCase();

function isDecisionHeader(cells: readonly unknown[]): boolean {
  return DECISION_COLUMNS.every((c, i) => bothLanguages(c).map(fold).includes(fold(cells[i])));
}

/**
 * The rows under the last Decisions header of a Review sheet's values, each with its four cells;
 * blank rows are left out. Undefined when the sheet has no Decisions header (not a Review sheet,
 * or the header was deleted).
 */
export function decisionRows(values: readonly (readonly unknown[])[]): DecisionRow[] | undefined {
  let header = -1;
  for (let i = values.length - 1; i >= 0; i--) {
    if (isDecisionHeader(values[i])) {
      header = i;
      break;
    }
  }
  if (header < 0) return undefined;
  const out: DecisionRow[] = [];
  for (let i = header + 1; i < values.length; i++) {
    const cells = DECISION_COLUMNS.map((_, c) => values[i][c] ?? '');
    if (cells.every((c) => fold(c) === '')) continue;
    out.push({ index: i, cells });
  }
  return out;
}
