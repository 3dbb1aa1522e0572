// The Actions log's rows as a summary reports them: what was raised (an alert or a pace warning),
// on which KPI and scope, the move, the corrective action, its owner and status. The alert
// check (src/addon/alerts) writes these rows; people may also type them. Pure and forgiving: a
// row without a date or a KPI is skipped, never an error, so one odd row cannot stop a summary.
import { cellOf, readDayCell, readNumber, textOf, valueOr } from '../workbook/cells';
import { kpiOfText } from '../workbook/labels';
import type { ConfigTable } from '../workbook/cells';
import type { KpiKey } from '../metrics';
import { ACTION_KINDS, findChoice } from '../schema';

export interface ActionRow {
  readonly day: number;
  readonly kind: 'alert' | 'pace';
  /** The catalogue KPI when the cell names one; kpiText is the cell as typed. */
  readonly kpi: KpiKey | undefined;
  readonly kpiText: string;
  readonly scopeText: string;
  readonly previous: number | null;
  readonly current: number | null;
  readonly action: string;
  readonly owner: string;
  readonly status: string;
  readonly recovered: number | null;
}

export function readActionRows(table: ConfigTable): ActionRow[] {
  const out: ActionRow[] = [];
  for (const row of table.rows) {
    const cell = (key: string): unknown => cellOf(table, row, key);
    const day = valueOr(readDayCell(cell('date')), null);
    const kpiText = textOf(cell('kpi'));
    if (day === null || kpiText === '') continue;
    out.push({
      day,
      kind: findChoice(ACTION_KINDS, textOf(cell('kind')))?.key ?? 'alert',
      kpi: kpiOfText(kpiText),
      kpiText,
      scopeText: textOf(cell('scope')),
      previous: valueOr(readNumber(cell('previous')), null),
      current: valueOr(readNumber(cell('current')), null),
      action: textOf(cell('correctiveAction')),
      owner: textOf(cell('owner')),
      status: textOf(cell('status')),
      recovered: valueOr(readDayCell(cell('recoveredDate')), null),
    });
  }
  return out;
}
