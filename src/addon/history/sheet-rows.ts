// The Pipeline history sheet's rows as snapshot rows (kpi/pipeline-history.ts) and back, and
// each Pipeline row's state today: its stage is the latest stage date on or before today (won or
// lost first), so the history follows the sheet as the team fills it.
import { dateOfDay, dayReader } from '../../functions/values/dates';
import type { SnapshotRow, Stage } from '../../kpi/pipeline-history';
import { findChoice, PIPELINE_STAGES } from '../schema';
import type { Language } from '../i18n';
import { safeCell } from '../safe-text';

const text = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());
const number = (cell: unknown) => (typeof cell === 'number' && Number.isFinite(cell) ? cell : NaN);

type Columns = ReadonlyMap<string, number>;
const at = (row: readonly unknown[], columns: Columns, key: string) => {
  const i = columns.get(key);
  return i === undefined ? '' : row[i];
};

/** What the history tracks of a deal besides its stage, read alike from both sheets. */
function trackedFields(
  row: readonly unknown[],
  columns: Columns,
  day: (cell: unknown) => number,
): Pick<SnapshotRow, 'amount' | 'expectedClose' | 'rep' | 'team'> {
  return {
    amount: number(at(row, columns, 'amount')),
    expectedClose: day(at(row, columns, 'expectedClose')),
    rep: text(at(row, columns, 'rep')),
    team: text(at(row, columns, 'team')),
  };
}

/** The history sheet's rows (header excluded) that can be read: a date, a deal ID and a stage. */
export function readHistoryRows(
  rows: readonly (readonly unknown[])[],
  columns: Columns,
): SnapshotRow[] {
  const day = dayReader();
  const out: SnapshotRow[] = [];
  for (const row of rows) {
    const d = day(at(row, columns, 'date'));
    const dealId = text(at(row, columns, 'dealId'));
    const stage = findChoice(PIPELINE_STAGES, at(row, columns, 'stage'))?.key;
    if (!Number.isFinite(d) || dealId === '' || !stage) continue;
    out.push({
      day: d,
      dealId,
      stage,
      ...trackedFields(row, columns, day),
    });
  }
  return out;
}

/** Each Pipeline row's state on `today` (rows without a deal ID or lead date are skipped). */
export function pipelineStates(
  rows: readonly (readonly unknown[])[],
  columns: Columns,
  today: number,
): Omit<SnapshotRow, 'day'>[] {
  const day = dayReader();
  const byId = new Map<string, Omit<SnapshotRow, 'day'>>();
  for (const row of rows) {
    const dealId = text(at(row, columns, 'dealId'));
    const lead = day(at(row, columns, 'leadDate'));
    if (dealId === '' || !(lead <= today)) continue;
    const on = (key: string) => day(at(row, columns, key)) <= today;
    let stage: Stage = 'lead';
    if (on('opportunityDate')) stage = 'opportunity';
    if (on('proposalDate')) stage = 'proposal';
    if (on('lostDate')) stage = 'lost';
    if (on('wonDate')) stage = 'won';
    // A later row with the same ID is the one that counts (as a CRM export's last line would).
    byId.set(dealId, {
      dealId,
      stage,
      ...trackedFields(row, columns, day),
    });
  }
  return [...byId.values()];
}

/** The last row of each deal, and the latest day written (NaN when the sheet is empty). */
export function latestStates(rows: readonly SnapshotRow[]): {
  last: Map<string, SnapshotRow>;
  lastDay: number;
} {
  const last = new Map<string, SnapshotRow>();
  let lastDay = NaN;
  for (const row of rows) {
    const previous = last.get(row.dealId);
    if (!previous || previous.day <= row.day) last.set(row.dealId, row);
    if (!(row.day <= lastDay)) lastDay = row.day;
  }
  return { last, lastDay };
}

/** Snapshot rows as sheet cells, in the history sheet's column order (keys → 0-based columns). */
export function historyCells(
  rows: readonly SnapshotRow[],
  columns: Columns,
  width: number,
  language: Language,
): unknown[][] {
  const label = (stage: Stage) => PIPELINE_STAGES.find((s) => s.key === stage)![language];
  return rows.map((r) => {
    const cells: unknown[] = new Array(width).fill('');
    const put = (key: string, value: unknown) => {
      const i = columns.get(key);
      if (i !== undefined) cells[i] = value;
    };
    put('date', dateOfDay(r.day));
    put('dealId', safeCell(r.dealId));
    put('stage', label(r.stage));
    put('amount', Number.isFinite(r.amount) ? r.amount : '');
    put('expectedClose', Number.isFinite(r.expectedClose) ? dateOfDay(r.expectedClose) : '');
    put('rep', safeCell(r.rep));
    put('team', safeCell(r.team));
    return cells;
  });
}
