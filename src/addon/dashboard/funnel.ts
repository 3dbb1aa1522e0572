// The funnel: =KPI_FUNNEL of the chosen scope's deals whose lead came in the last twelve
// complete months. Its stage block lives on the hidden sheet: a header row of stage names, and
// under each one a spilled ARRAYFORMULA that keeps the stage's date for the scope's deals of the
// window (blank for the others). A plain range rather than an array literal {…} in the formula:
// the local formula engine does not recalculate references inside a literal when the scope
// changes. KPI_FUNNEL of that block spills beside it; the Dashboard shows its rows under headings
// in the reader's language (copied-table.ts), which the funnel chart draws.
import type { Language } from '../i18n';
import type { Canvas } from './canvas';
import {
  formulaOr,
  missingNote,
  type MissingNotes,
  type SectionContext,
  TITLE_STYLE,
} from './context';
import { type DataRefs, SERIES_START } from './positions';
import { cellA1, MissingColumn, openBlockA1, type SourceRefs } from './refs';
import { MetricError, metricMessage } from '../metrics';
import { FUNNEL_IDS } from './series-values';
import { type SeriesColumns, tableColumns, type WarehouseTable } from './warehouse-table';
import { drawCopiedTable } from './copied-table';
import { SECTIONS } from './sections';
import { SERIES, scopeFilter } from './series';
import { say } from './texts';

const STAGES = ['leadDate', 'opportunityDate', 'proposalDate', 'wonDate'] as const;
const NAMES = ['stageLeads', 'stageOpportunities', 'stageProposals', 'stageWon'] as const;
const FUNNEL_HEADINGS = ['stage', 'reached', 'fromPrevious', 'fromFirst'] as const;
/** =KPI_FUNNEL's own header row (src/functions/funnel.ts), on the hidden sheet. */
const FUNNEL_HEADER = ['Stage', 'Reached', 'Conversion from previous', 'Conversion from first'];

/** The hidden stage block's first column: after the series blocks. */
export const FUNNEL_COLUMN = SERIES_START.column + SERIES.length * SERIES_START.width;

export function drawFunnelStages(
  canvas: Canvas,
  sources: SourceRefs,
  data: DataRefs,
  language: Language,
  notes?: MissingNotes,
  fromWarehouse = false,
): void {
  canvas.block('funnel stages', 1, FUNNEL_COLUMN, 2, STAGES.length);
  // Warehouse mode: the funnel sums the warehouse's stage counts (drawFunnel), no deal rows.
  let formulas: string[] = STAGES.map(() => '');
  if (!fromWarehouse)
    try {
      const lead = sources.column('pipeline', 'leadDate');
      const window = `(${lead}>=${data.param('yearAgo')})*(${lead}<${data.param('month')})`;
      const keep = `${scopeFilter(sources, 'pipeline', data, false)}*${window}`;
      formulas = STAGES.map(
        (key) => `=ARRAYFORMULA(IF(${keep},${sources.column('pipeline', key)},""))`,
      );
    } catch (e) {
      if (!(e instanceof MissingColumn)) throw e;
      const note = notes ? notes.note(e) : missingNote(e, language);
      formulas = STAGES.map(() => note);
    }
  STAGES.forEach((_, j) => {
    canvas.put(1, FUNNEL_COLUMN + j, say(language, NAMES[j]), { bold: true, format: '@' });
    canvas.put(2, FUNNEL_COLUMN + j, formulas[j], { format: 'yyyy-mm-dd' });
  });
}

/** The hidden sheet's =KPI_FUNNEL, beside the stage block (the Dashboard copies its rows). */
export const FUNNEL_RESULT = { row: 1, column: FUNNEL_COLUMN + STAGES.length } as const;

export function drawFunnel(context: SectionContext): void {
  const { canvas, language } = context;
  const { row, column } = SECTIONS.funnel;
  canvas.block('funnel', row, column, 6, 4);
  canvas.put(row, column, say(language, 'funnelTitle'), TITLE_STYLE);
  // Warehouse mode: the table summed from the warehouse's counts, or the note saying why not.
  const fromWarehouse = context.warehouse && warehouseFunnel(context, context.warehouse);
  const shown =
    typeof fromWarehouse === 'object'
      ? { formula: '', cells: fromWarehouse }
      : {
          formula:
            fromWarehouse ??
            formulaOr(context, () => {
              // A missing stage column shows its note here, where the funnel would be.
              for (const key of STAGES) context.sources.column('pipeline', key);
              return `=KPI_FUNNEL(${openBlockA1(1, FUNNEL_COLUMN, STAGES.length)})`;
            }),
        };
  drawCopiedTable(context, {
    name: 'funnel table',
    ...shown,
    source: FUNNEL_RESULT,
    at: { row: row + 1, column },
    headings: FUNNEL_HEADINGS.map((key) => say(language, key)),
    rows: STAGES.length,
    formats: ['@', '#,##0', '0.0%', '0.0%'],
  });
}

/**
 * Warehouse mode: the table =KPI_FUNNEL would spill ("any" mode), from the warehouse's stage
 * counts by lead month: each stage's deals whose lead came in the window (SUMIFS over the chosen
 * option's months), the conversion from the previous stage and from the first ('' over 0).
 * The note instead when the warehouse could not give the counts.
 */
function warehouseFunnel(context: SectionContext, table: WarehouseTable): unknown[][] | string {
  const { data, language } = context;
  let columns: SeriesColumns[];
  try {
    columns = FUNNEL_IDS.map((id) => tableColumns(table, id));
  } catch (e) {
    if (!(e instanceof MetricError)) throw e;
    const note = metricMessage(e, language);
    return context.notes ? context.notes.add(note) : note;
  }
  const { row, column } = FUNNEL_RESULT;
  const reached = (s: number) => cellA1(row + 1 + s, column + 1, true);
  const cells: unknown[][] = [[...FUNNEL_HEADER]];
  columns.forEach((c, s) => {
    const sum =
      `=SUMIFS(${c.values},${c.options},${data.param('index')},` +
      `${c.starts},">="&${data.param('yearAgo')},${c.starts},"<"&${data.param('month')})`;
    const [here, first] = [reached(s), reached(0)];
    const previous = s === 0 ? here : reached(s - 1);
    cells.push([
      say(language, NAMES[s]),
      sum,
      `=IF(N(${previous})>0,${here}/${previous},"")`,
      `=IF(N(${first})>0,${here}/${first},"")`,
    ]);
  });
  return cells;
}
