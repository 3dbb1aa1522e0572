// The whole dashboard as plain data, built without any Sheets call: the Dashboard's blocks, the
// hidden data sheet's blocks, the selector's dropdown, the charts and the tiles' colour rules.
// The same input always gives the same layout, so a refresh is idempotent; write.ts applies it.
import type { ActionEffectiveness } from '../alerts/effectiveness';
import type { Language } from '../i18n';
import { type KpiKey, MetricError, metricMessage } from '../metrics';
import type { WarehouseTable } from './warehouse-table';
import type { Located } from '../workbook/locate';
import type { SourceLayouts } from '../workbook/read-data';
import { type Block, Canvas, type Region } from './canvas';
import { configColumns } from './config-refs';
import { missingNote, MissingNotes, type SectionContext } from './context';
import { drawParams, drawScopeTable } from './params';
import { layoutSignature } from './diff';
import {
  DataRefs,
  SCOPE_TABLE,
  SELECTOR,
  SERIES_TABLE_ROW,
  SIGNATURE,
  TILE_COLUMNS,
} from './positions';
import { SourceRefs } from './refs';
import type { ScopeOption } from './scopes';
import { drawFunnel, drawFunnelStages, FUNNEL_COLUMN } from './funnel';
import { type DashboardReadiness, NO_READINESS } from './readiness';
import { drawChartTables, drawCorrelation, drawFreshness, drawHeader, SECTIONS } from './sections';
import { drawEffectiveness, drawProfitTables, drawTrends, reservedRows } from './tables';
import { drawTileHelpers } from './tile-helpers';
import { drawContextNotes } from './notes-table';
import { drawContextMarkers } from './context-markers';
import { drawInsights, INSIGHT_ROWS } from './insight-sections';
import { dashboardInsights, type DashboardInsights } from './insight-values';
import { drawTiles, TILES_TOP } from './tiles';
import { drawSeries, drawWindows, windowLayout } from './windows';

export interface LayoutInput {
  readonly language: Language;
  /** The refresh day (calendar-day number): the as-of date written on the Dashboard. */
  readonly today: number;
  readonly dashboardName: string;
  readonly dataSheetName: string;
  readonly options: readonly ScopeOption[];
  readonly selected: ScopeOption;
  readonly layouts: SourceLayouts;
  readonly located: Located;
  readonly effectiveness: readonly ActionEffectiveness[];
  /** How many segments and content types the data holds (their tables' reserved rows). */
  readonly groups: { readonly segments: number; readonly contents: number };
  /** The most weeks any series can span (the hidden sheet's rows). */
  readonly maxPeriods: number;
  /** The Pipeline's rows (the funnel's stage block spills that many on the hidden sheet). */
  readonly pipelineRows: number;
  /** Usual gaps, conversion windows and sheets not kept up (readiness.ts); none by default. */
  readonly readiness?: DashboardReadiness;
  /** The forecast, "why did it move" and pipeline numbers per scope (none: blank sections). */
  readonly insights?: DashboardInsights;
  /** KPIs retired by the relevance review: no tile. */
  readonly retired?: ReadonlySet<KpiKey>;
  /** Warehouse mode: the series' values the series blocks read instead of the sheets. */
  readonly warehouse?: WarehouseTable;
}

export interface SheetLayout {
  readonly blocks: Block[];
  /** The size the sheet must have at least. */
  readonly rows: number;
  readonly columns: number;
}

export interface DashboardLayout {
  readonly dashboard: SheetLayout;
  readonly data: SheetLayout;
  /** The selector's dropdown: the hidden scope table's labels. */
  readonly validation: { readonly cell: typeof SELECTOR; readonly source: Region };
  /** The language of the frame (frame.ts: charts, colour rules, widths). */
  readonly language: Language;
  /** The fingerprint of the blocks' places (written in the hidden sheet, see write.ts). */
  readonly signature: string;
  /** What the dashboard shows instead of numbers: missing sheets and columns, with what to do. */
  readonly problems: readonly string[];
}

/** Rows below the last block kept for the spilled trend tables (ten years of months). */
const BOTTOM_ROOM = 150;
/** Weeks a series may grow by before the next refresh (five years). */
const SERIES_ROOM = 260;

export function buildLayout(input: LayoutInput): DashboardLayout {
  const data = new DataRefs(input.dataSheetName);
  const sources = new SourceRefs(input.layouts);
  const windows = windowLayout();
  const notes = new MissingNotes(input.language);
  const missing = (e: Parameters<typeof missingNote>[0] | MetricError) =>
    e instanceof MetricError ? notes.add(metricMessage(e, input.language)) : notes.note(e);

  const hidden = new Canvas();
  drawScopeTable(hidden, input.options);
  drawParams(hidden, data, input.dashboardName, input.options.length, input.today);
  const periods = input.maxPeriods + SERIES_ROOM;
  drawWindows(hidden, data, windows, periods);
  const readiness = input.readiness ?? NO_READINESS;
  drawSeries(hidden, sources, data, periods, missing, readiness, input.warehouse);
  drawFunnelStages(hidden, sources, data, input.language, notes, input.warehouse !== undefined);
  drawTileHelpers(hidden, {
    data,
    windows,
    objectives: configColumns(input.located, 'objectives'),
    alerts: configColumns(input.located, 'alerts'),
    language: input.language,
  });

  const canvas = new Canvas();
  const context: SectionContext = {
    canvas,
    hidden,
    data,
    sources,
    windows,
    language: input.language,
    notes,
    warehouse: input.warehouse,
  };
  drawHeader(context, input.selected.label, input.today);
  drawFreshness(context, readiness.stale);
  drawTiles(canvas, data, windows, input.language, input.retired);
  drawFunnel(context);
  drawCorrelation(context);
  drawChartTables(context);
  drawContextMarkers(context, input.located.get('context'));
  const insights =
    input.insights ??
    dashboardInsights({
      deals: [],
      history: [],
      today: input.today,
      options: input.options,
      language: input.language,
    });
  drawInsights(context, SECTIONS.insights, insights, input.today);
  const profitTop = SECTIONS.insights + INSIGHT_ROWS + 1;
  const profitRows = reservedRows(Math.max(input.groups.segments, input.groups.contents));
  drawProfitTables(context, profitTop, profitRows);
  const actionsTop = profitTop + profitRows + 2;
  const actionsHeight = drawEffectiveness(context, actionsTop, input.effectiveness);
  const notesTop = actionsTop + actionsHeight + 1;
  const notesHeight = drawContextNotes(context, notesTop, input.located.get('context'));
  drawTrends(context, notesTop + (notesHeight ? notesHeight + 1 : 0));
  // The title and the tiles' values stand out; sized with their blocks (one call for all).
  canvas.style(1, 1, { size: 16 });
  for (const row of [TILES_TOP + 1, TILES_TOP + 7])
    for (let column = 1; column <= 12; column++) canvas.style(row, column, { size: 13 });

  const extent = canvas.extent();
  const hiddenExtent = hidden.extent();
  const dashboardRows = extent.rows + BOTTOM_ROOM;
  const dataRows = Math.max(
    hiddenExtent.rows,
    SERIES_TABLE_ROW + input.maxPeriods + SERIES_ROOM,
    // The stage block spills one row per Pipeline row; room for the Pipeline to grow.
    Math.ceil(input.pipelineRows * 1.2) + 1000,
  );
  const dataColumns = Math.max(hiddenExtent.columns, FUNNEL_COLUMN + 4);
  const blocks = canvas.blocks();
  // Switching between the sheets and the warehouse rewrites every series block: as a new layout
  // (one write of each whole sheet), not block by block.
  const signature = layoutSignature(
    [blocks, hidden.blocks()],
    [dashboardRows, dataRows, dataColumns, input.warehouse ? 1 : 0],
  );
  hidden
    .block('signature', SIGNATURE.row, SIGNATURE.column - 1, 1, 2)
    .put(SIGNATURE.row, SIGNATURE.column - 1, 'layout', { bold: true, format: '@' })
    .put(SIGNATURE.row, SIGNATURE.column, signature, { format: '@' });
  return {
    signature,
    problems: notes.list(),
    dashboard: {
      blocks,
      rows: dashboardRows,
      columns: Math.max(extent.columns, TILE_COLUMNS),
    },
    data: { blocks: hidden.blocks(), rows: dataRows, columns: dataColumns },
    validation: {
      cell: SELECTOR,
      source: {
        row: SCOPE_TABLE.row + 1,
        column: SCOPE_TABLE.column,
        numRows: input.options.length,
        numColumns: 1,
      },
    },
    language: input.language,
  };
}
