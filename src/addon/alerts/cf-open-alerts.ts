// Where an open alert shows on the data: the rows of the alert's scope and period on the sheet
// its KPI is computed from. Rows that make the KPI fall are red (the team's October leads that
// never became opportunities, its NPS detractors, its lost deals); for KPIs where no single row
// is at fault (counts, sums, averages), the scope's rows of the period are amber.
import { addPeriods } from '../../kpi/days';
import type { KpiKey, Scope, SourceSheet } from '../metrics';
import { MEASURES } from '../metrics/measures';
import { cellRef, type CfRule, dataRange, type SheetShape } from '../workbook/cf-model';
import { scopeCondition, spanCondition } from './cf-scope';
import type { AlertRule } from './types';

export interface OpenAlert {
  readonly kpi: KpiKey;
  readonly scope: Scope;
  readonly periodStart: number;
  readonly period: AlertRule['period'];
}

/** At most this many alerts are drawn per sheet (the most recent): colours, not a report. */
export const MAX_ALERTS_PER_SHEET = 20;

/** The sheet an alert's KPI is computed from. */
export function sheetOfKpi(kpi: KpiKey): SourceSheet {
  return MEASURES[kpi].sheet;
}

/** The rules for the open alerts whose KPI lives on `sheet`, most recent first. */
export function openAlertRules(
  alerts: readonly OpenAlert[],
  sheet: SourceSheet,
  shape: SheetShape,
): CfRule[] {
  const mine = alerts
    .filter((a) => sheetOfKpi(a.kpi) === sheet)
    .sort((a, b) => b.periodStart - a.periodStart)
    .slice(0, MAX_ALERTS_PER_SHEET);
  const out: CfRule[] = [];
  for (const alert of mine) {
    const rule = ruleOf(alert, shape);
    if (rule) out.push(rule);
  }
  return out;
}

function ruleOf(alert: OpenAlert, shape: SheetShape): CfRule | null {
  const end = addPeriods(alert.periodStart, alert.period, 1);
  const culprit = CULPRITS[alert.kpi];
  const dateKey = culprit?.date ?? MEASURES[alert.kpi].date;
  const span = spanCondition(dateKey, alert.periodStart, end, shape);
  const scope = scopeCondition(alert.scope, shape);
  if (span === null || scope === null) return null;
  const fault = culprit ? culprit.condition(shape) : 'TRUE';
  if (fault === null) return null;
  return {
    ranges: [dataRange(shape)],
    condition: `AND(${span},${scope},${fault})`,
    colour: culprit ? 'red' : 'amber',
  };
}

type Culprit = {
  /** The date column that places the faulty rows in the period (the KPI's own by default). */
  readonly date?: string;
  condition(shape: SheetShape): string | null;
};

const blank = (key: string) => (shape: SheetShape) => {
  const column = shape.columns.get(key);
  return column === undefined ? null : `${cellRef(column)}=""`;
};

/** A survey answer of a kind at or below a score (NPS detractors 0–6, CSAT 1–3). */
const lowScore = (kind: string, max: number) => (shape: SheetShape) => {
  const kindColumn = shape.columns.get('kind');
  const score = shape.columns.get('score');
  if (kindColumn === undefined || score === undefined) return null;
  const cell = cellRef(score);
  return `TRIM(${cellRef(kindColumn)})="${kind}",ISNUMBER(${cell}),${cell}<=${max}`;
};

const CULPRITS: Partial<Record<KpiKey, Culprit>> = {
  lead_to_opportunity: { condition: blank('opportunityDate') },
  opportunity_to_proposal: { condition: blank('proposalDate') },
  // Lost deals, placed by their Lost date (won ones are not the problem).
  win_rate: { date: 'lostDate', condition: blank('wonDate') },
  nps: { condition: lowScore('NPS', 6) },
  csat: { condition: lowScore('CSAT', 3) },
};
