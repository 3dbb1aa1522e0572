// Formula pieces shared by the generated rules: "this row belongs to the scope" and "this row's
// date falls in a span", written against the sheet's own columns. Sheets compares texts without
// regard to case; names are trimmed as the engine trims them, and a segment is matched by its
// English and French labels ("SMB" or "PME").
import type { Scope } from '../metrics';
import { findChoice, SEGMENTS } from '../schema';
import { textLiteral } from '../workbook/a1';
import { cellRef, dateLiteral, type SheetShape } from '../workbook/cf-model';

/** The condition, 'TRUE' for the company, or null when the sheet has no column for the scope. */
export function scopeCondition(scope: Scope, shape: SheetShape): string | null {
  if (scope.type === 'company') return 'TRUE';
  const column = shape.columns.get(scope.type);
  if (column === undefined) return null;
  const cell = `TRIM(${cellRef(column)})`;
  const name = scope.name.trim();
  const segment = scope.type === 'segment' ? findChoice(SEGMENTS, name) : undefined;
  const names = segment ? [...new Set([segment.en, segment.fr])] : [name];
  const tests = names.map((n) => `${cell}=${textLiteral(n)}`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
}

/**
 * The row's date (a column by key) from `start` (included) to `end` (excluded; no end when
 * undefined), as arguments of an AND; null when the sheet lacks the column.
 */
export function spanCondition(
  dateKey: string,
  start: number,
  end: number | undefined,
  shape: SheetShape,
): string | null {
  const column = shape.columns.get(dateKey);
  if (column === undefined) return null;
  const cell = cellRef(column);
  // ISNUMBER: a text that looks like a date compares above every number in Sheets.
  const from = `ISNUMBER(${cell}),${cell}>=${dateLiteral(start)}`;
  return end === undefined ? from : `${from},${cell}<${dateLiteral(end)}`;
}
