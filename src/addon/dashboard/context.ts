// What every Dashboard section builder gets: the canvas to draw on, the references it writes
// formulas with, the user's language, and how to say that a source column is missing.
import type { Language } from '../i18n';
import type { Canvas } from './canvas';
import type { DataRefs } from './positions';
import { describeColumn, MissingColumn, type SourceRefs } from './refs';
import { scopeFilter } from './series';
import { say } from './texts';
import type { WindowLayout } from './windows';
import { MetricError, metricMessage, missingSheetError, type SourceSheet } from '../metrics';
import type { WarehouseTable } from './warehouse-table';

export interface SectionContext {
  readonly canvas: Canvas;
  /** The hidden data sheet's canvas (where a table is computed for the Dashboard to copy). */
  readonly hidden: Canvas;
  readonly data: DataRefs;
  readonly sources: SourceRefs;
  readonly windows: WindowLayout;
  readonly language: Language;
  /** Where the notes written are collected, for the refresh report. */
  readonly notes?: MissingNotes;
  /** Warehouse mode: the warehouse's values, read instead of the source sheets where they serve. */
  readonly warehouse?: WarehouseTable;
}

/**
 * "Missing column: Pipeline › Won date", or for a sheet that is gone "Pipeline sheet not found:
 * run Set up KPI workbook or restore it", in the user's language.
 */
export function missingNote(error: MissingColumn, language: Language): string {
  if (error.sheetMissing) return metricMessage(missingSheetError(error.sheet), language);
  const [sheet, column] = describeColumn(error, language);
  return say(language, 'missingColumn', { sheet, column });
}

/** The notes a layout writes instead of formulas, kept so the refresh can name them all. */
export class MissingNotes {
  private readonly seen = new Set<string>();

  constructor(private readonly language: Language) {}

  note(error: MissingColumn): string {
    const note = missingNote(error, this.language);
    this.seen.add(note);
    return note;
  }

  /** A note that is not about a column (a KPI the warehouse could not give), kept the same way. */
  add(note: string): string {
    this.seen.add(note);
    return note;
  }

  list(): string[] {
    return [...this.seen];
  }
}

/**
 * A formula, or the missing-column note when the sheet lacks a column it needs (in warehouse
 * mode, what the warehouse said when it could not give the values).
 */
export function formulaOr(context: SectionContext, build: () => string): string {
  try {
    return build();
  } catch (e) {
    if (e instanceof MissingColumn)
      return context.notes ? context.notes.note(e) : missingNote(e, context.language);
    if (e instanceof MetricError) {
      const note = metricMessage(e, context.language);
      return context.notes ? context.notes.add(note) : note;
    }
    throw e;
  }
}

/** The chosen scope's filter on a source sheet, written from the Dashboard. */
export function dashboardScope(context: SectionContext, sheet: SourceSheet): string {
  return scopeFilter(context.sources, sheet, context.data, true);
}

export const TITLE_STYLE = { bold: true, color: '#1f3864', format: '@' } as const;
export const HEADER_STYLE = { bold: true, background: '#e8eaed', format: '@' } as const;
