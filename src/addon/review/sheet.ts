// Writes a Review sheet: found by its name ("Review Lyon 2026-10"), created when missing, and
// replaced only when the user said so, keeping the decision rows already typed there (with their
// Action IDs, so a rebuilt pack never records a decision twice). The whole sheet is one
// setValues and one setFontWeights; the caller holds the document lock.
import type { Scope } from '../metrics';
import type { Language } from '../i18n';
import { sheetValues } from '../workbook/block';
import { growTo } from '../workbook/max-rows';
import { decisionRows, REVIEW_WIDTH, reviewCells } from './layout';
import type { ReviewPackView } from './pack';
import type { ReviewPeriod } from './period';
import { reviewWords } from './words';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets refuses longer names. */
const MAX_NAME = 100;

/** "Review Lyon 2026-10", "Revue entreprise 2026-W46". */
export function reviewSheetName(scope: Scope, period: ReviewPeriod, language: Language): string {
  const w = reviewWords(language);
  const who = scope.type === 'company' ? w('company') : scope.name.trim();
  const name = `${w('sheetPrefix')} ${who} ${period.label}`.replace(/\s+/g, ' ');
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 9)}… ${period.label}` : name;
}

export type WriteOutcome =
  | { readonly kind: 'exists' }
  | {
      readonly kind: 'written';
      readonly sheet: Sheet;
      readonly replaced: boolean;
      readonly kept: number;
    };

export function writeReviewSheet(
  spreadsheet: Spreadsheet,
  name: string,
  view: ReviewPackView,
  replace: boolean,
): WriteOutcome {
  const existing = spreadsheet.getSheetByName(name);
  if (existing && !replace) return { kind: 'exists' };
  const kept = existing ? (decisionRows(sheetValues(existing)) ?? []) : [];
  const cells = reviewCells(view, kept, view.language);
  const sheet = existing ?? spreadsheet.insertSheet(name);
  if (existing) sheet.clear();
  growTo(sheet, cells.values.length);
  const range = sheet.getRange(1, 1, cells.values.length, REVIEW_WIDTH);
  range.setValues(cells.values);
  range.setFontWeights(
    cells.bold.map((b) => new Array<'bold' | 'normal'>(REVIEW_WIDTH).fill(b ? 'bold' : 'normal')),
  );
  if (!existing) sheet.setColumnWidths(1, REVIEW_WIDTH, 160);
  return { kind: 'written', sheet, replaced: !!existing, kept: kept.length };
}
