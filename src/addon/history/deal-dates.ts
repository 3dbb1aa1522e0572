// The Pipeline sheet's rows as the forecast and the attribution read them: each deal's stage
// dates, amount, team, rep, segment and source, from one block of values (the sheet's getValues,
// or the sample generator's rows) and where each column is. Unreadable dates are blanks.
import { dayReader } from '../../functions/values/dates';
import type { DealDates } from '../../kpi/forecast';

export interface PipelineDeal extends DealDates {
  readonly segment: string;
  readonly source: string;
}

const text = (cell: unknown) => (cell === null || cell === undefined ? '' : String(cell).trim());

function amount(cell: unknown): number {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : NaN;
  return NaN;
}

type Rows = readonly (readonly unknown[])[];
type Columns = Readonly<Record<string, number | undefined>>;

/** One reading per block of values: the insights and each summary email read the same one. */
const readings = new WeakMap<Rows, { key: string; deals: readonly PipelineDeal[] }>();

/** Rows with a lead date; `columns` maps Pipeline column keys to 0-based indexes. */
export function pipelineDeals(rows: Rows, columns: Columns): readonly PipelineDeal[] {
  const key = JSON.stringify(columns);
  const known = readings.get(rows);
  if (known?.key === key) return known.deals;
  const deals = readDeals(rows, columns);
  readings.set(rows, { key, deals });
  return deals;
}

function readDeals(rows: Rows, columns: Columns): PipelineDeal[] {
  const at = (row: readonly unknown[], key: string) => {
    const i = columns[key];
    return i === undefined ? '' : row[i];
  };
  const day = dayReader();
  const out: PipelineDeal[] = [];
  for (const row of rows) {
    const lead = day(at(row, 'leadDate'));
    if (!Number.isFinite(lead)) continue;
    out.push({
      id: text(at(row, 'dealId')),
      team: text(at(row, 'team')),
      rep: text(at(row, 'rep')),
      segment: text(at(row, 'segment')),
      source: text(at(row, 'source')),
      amount: amount(at(row, 'amount')),
      lead,
      opportunity: day(at(row, 'opportunityDate')),
      proposal: day(at(row, 'proposalDate')),
      won: day(at(row, 'wonDate')),
      lost: day(at(row, 'lostDate')),
    });
  }
  return out;
}
