// One chunk of a CRM import written to its sheet: the chunk's records mapped (records.ts), the
// sheet read once, the plan made (merge.ts), then at most two writes: one block over the rows
// that change (cells the import does not change are written back as they were, formulas as
// formulas) and one block of new rows after the last. Under the document lock, so two imports or
// an import and a wizard save never interleave. A constant number of Sheets calls per chunk.
import { spreadsheetTimeZone } from '../adapters/services';
import { dateOfDay, readDay } from '../../functions/values/dates';
import { SCHEMA, type Choice } from '../schema';
import type { Language } from '../i18n';
import { readBlock } from '../workbook/block';
import { locateSheets } from '../workbook/locate';
import { withDocumentLock, type LockRefusal } from '../workbook/lock';
import { growTo, maxRowsOf } from '../workbook/max-rows';
import { sheetLanguage } from '../workbook/sheet-language';
import { parseCsv } from './csv';
import type { ImportMapping } from './mapping';
import type { TargetSheet } from './roles';
import { planImport } from './merge';
import { mapRecord, resolveMapping, type Cell, type MappedRow, type SkippedRow } from './records';
import type { Spreadsheet } from '../adapters/sheets-types';

export interface ChunkInput {
  readonly mapping: ImportMapping;
  /** The file's header record, as parsed. */
  readonly header: readonly string[];
  /** Whole records of the file (csv.ts splitRecords). */
  readonly text: string;
  readonly firstLine: number;
}

export interface ChunkCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly skipped: readonly SkippedRow[];
  /** Deals past the lead stage imported without any stage-entry date. */
  readonly withoutHistory: number;
}

export type ChunkOutcome =
  | { readonly ok: true; readonly counts: ChunkCounts }
  | { readonly ok: false; readonly reason: LockRefusal | 'noSheet' | 'noCrmColumn' };

export function importChunk(
  spreadsheet: Spreadsheet,
  input: ChunkInput,
  fallback: Language,
): ChunkOutcome {
  const resolved = resolveMapping(input.mapping, input.header);
  const mapped: MappedRow[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of parseCsv(input.text, input.mapping.delimiter, input.firstLine).records) {
    const outcome = mapRecord(resolved, record.cells, record.line);
    if ('row' in outcome) mapped.push(outcome.row);
    else skipped.push(outcome.skip);
  }
  return writeMapped(spreadsheet, input.mapping.sheet, mapped, skipped, fallback);
}

/** Writes mapped rows to their sheet (rows skipped while mapping are only reported). */
export function writeMapped(
  spreadsheet: Spreadsheet,
  key: TargetSheet,
  mapped: readonly MappedRow[],
  skipped: readonly SkippedRow[],
  fallback: Language,
): ChunkOutcome {
  const located = locateSheets(spreadsheet, [key]).get(key);
  if (!located) return { ok: false, reason: 'noSheet' };
  spreadsheetTimeZone(spreadsheet);
  const locked = withDocumentLock((): ChunkOutcome => {
    const block = readBlock(located);
    const crmIdColumn = block.columns.get('crmId');
    if (crmIdColumn === undefined) return { ok: false, reason: 'noCrmColumn' };
    const language = sheetLanguage(block, fallback);
    const choices = choiceLabels(key, language);
    const written = new Map(
      [...block.columns].filter(([k]) => k === 'crmId' || mapped.some((r) => k in r.cells)),
    );
    const plan = planImport(
      { rows: block.values.slice(1), crmIdColumn, columns: written },
      mapped,
      (value, cell, column) => sameCell(value, toSheet(cell, choices.get(column))),
    );
    const sheet = located.sheet;
    if (plan.updates.length > 0) {
      const rows = plan.updates.map((u) => u.row);
      const columns = [...written.values()];
      const [top, bottom] = [Math.min(...rows), Math.max(...rows)];
      const [left, right] = [Math.min(...columns), Math.max(...columns)];
      const range = sheet.getRange(top + 2, left + 1, bottom - top + 1, right - left + 1);
      const formulas = range.getFormulas();
      const out = formulas.map((formulaRow, r) =>
        formulaRow.map((formula, c) =>
          formula !== '' ? formula : rewritten(block.values[top + 1 + r][left + c]),
        ),
      );
      for (const update of plan.updates)
        for (const [column, cell] of update.cells)
          out[update.row - top][written.get(column)! - left] = asSheetText(
            toSheet(cell, choices.get(column)),
          );
      range.setValues(out);
    }
    if (plan.appends.length > 0) {
      const width = block.values[0]?.length ?? SCHEMA[key].columns.length;
      const first = block.values.length + 1;
      const rows = plan.appends.map((record) => {
        const row: unknown[] = new Array(width).fill('');
        for (const [column, cell] of Object.entries(record.cells)) {
          const at = written.get(column);
          if (at !== undefined) row[at] = asSheetText(toSheet(cell, choices.get(column)));
        }
        row[crmIdColumn] = record.crmId;
        return row;
      });
      if (first + rows.length - 1 > maxRowsOf(sheet)) growTo(sheet, first + rows.length - 1);
      sheet.getRange(first, 1, rows.length, width).setValues(rows);
    }
    const duplicates = new Set(plan.skipped.map((s) => s.line));
    return {
      ok: true,
      counts: {
        added: plan.appends.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
        skipped: [...skipped, ...plan.skipped].sort((a, b) => a.line - b.line),
        withoutHistory: mapped.filter((r) => r.withoutHistory && !duplicates.has(r.line)).length,
      },
    };
  });
  return locked.ok ? locked.value : { ok: false, reason: locked.reason };
}

/** A cell as Sheets should get it: days as Dates (midnight in the spreadsheet's zone), choice labels. */
function toSheet(cell: Cell, choices: ReadonlyMap<string, string> | undefined): unknown {
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('day' in cell) return dateOfDay(cell.day);
  return choices?.get(cell.choice) ?? cell.choice;
}

/**
 * A value as setValues must get it: every text with Sheets' leading apostrophe, so that neither
 * a CRM's text that looks like a formula ("=…", formula injection) nor one that looks like a
 * number or date (a record id "9001", a name "1-2-3") is read as anything but the text.
 */
function asSheetText(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** A value read from the sheet, written back unchanged. */
function rewritten(value: unknown): unknown {
  return asSheetText(value);
}

function sameCell(value: unknown, wanted: unknown): boolean {
  if (wanted instanceof Date) return readDay(value) === readDay(wanted);
  if (typeof wanted === 'number')
    return typeof value === 'number' && Math.abs(value - wanted) < 1e-9;
  return String(value ?? '').trim() === String(wanted).trim();
}

/** Column key → (choice key → label in the sheet's language), for the sheet's dropdown columns. */
function choiceLabels(
  key: keyof typeof SCHEMA,
  language: Language,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const column of SCHEMA[key].columns) {
    if (!column.choices) continue;
    out.set(column.key, new Map(column.choices.map((c: Choice) => [c.key, c[language]])));
  }
  return out;
}
