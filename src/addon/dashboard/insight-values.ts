// The numbers of the Dashboard's forecast, "why did it move" and pipeline sections, for every
// scope of the selector, computed at refresh from what the refresh reads anyway (the Pipeline) and
// the Pipeline history: one row per scope, in the selector's order, which the hidden sheet holds
// and the Dashboard picks by the selected scope's index (insight-sections.ts), so a scope change
// shows its numbers without a refresh. The same computations as the Pipeline insights sheet
// (history/insights.ts): the forecast of the current and next month with its 80 % range
// (kpi/forecast.ts), revenue's change in the last mature month split into its four drivers
// (history/why.ts), the waterfall of the last six months, the days in each stage and the close
// dates pushed later (kpi/pipeline-history.ts). Pure.
import { addPeriods, periodStart } from '../../kpi/days';
import { type ForecastScope, forecastPeriods, knownBefore } from '../../kpi/forecast';
import {
  pipelineWaterfall,
  rowsByDeal,
  type SnapshotRow,
  slippedCloseDates,
  timeInStage,
} from '../../kpi/pipeline-history';
import { REVENUE_DRIVERS, roundToTotal } from '../../kpi/attribution';
import type { PipelineDeal } from '../history/deal-dates';
import { lastMatureMonth } from '../history/insights';
import { whyRevenueMoved } from '../history/why';
import type { Language } from '../i18n';
import type { ScopeOption } from './scopes';
import { historyFromStageDates } from './stage-history';

export const WATERFALL_MONTHS = 6;
export const WATERFALL_FIELDS = ['opening', 'created', 'won', 'lost', 'closing'] as const;
export const STAGE_ROWS = ['lead', 'opportunity', 'proposal'] as const;
/** Close dates pushed later within this many days before the as-of day. */
export const SLIP_DAYS = 30;

/** The hidden row's cells after the label, by name (see insightColumn). */
export const INSIGHT_FIELDS = [
  ...[0, 1].flatMap((k) => ['expected', 'low', 'high', 'wonSoFar'].map((f) => `${f}${k}`)),
  'sentence',
  'change',
  ...REVENUE_DRIVERS,
  ...Array.from({ length: WATERFALL_MONTHS }, (_, m) =>
    WATERFALL_FIELDS.map((f) => `${f}${m}`),
  ).flat(),
  ...STAGE_ROWS.flatMap((s) => [`${s}Median`, `${s}Mean`]),
  'slipDeals',
  'slipDays',
] as const;

/** The 0-based offset of a field in a scope's row (the label is offset 0). */
export function insightColumn(field: string): number {
  const i = (INSIGHT_FIELDS as readonly string[]).indexOf(field);
  if (i < 0) throw new Error(`Unknown insight field ${field}`);
  return i + 1;
}

export interface DashboardInsights {
  /** The current and the next month (their first days). */
  readonly forecastMonths: readonly [number, number];
  /** The months revenue's change compares: the last mature month and the one before. */
  readonly whyMonths: readonly [number, number];
  /** The last complete month when it is still maturing (so not the one explained), else NaN. */
  readonly maturing: number;
  readonly waterfallMonths: readonly number[];
  /** The pipeline section reads the daily snapshots (else the Pipeline's stage dates). */
  readonly fromSnapshots: boolean;
  /** The snapshots cover the slipped close dates' days. */
  readonly slipsKnown: boolean;
  /** One row per scope option, label first. */
  readonly rows: readonly (readonly unknown[])[];
}

const value = (x: number) => (Number.isFinite(x) ? Math.round(x) : '');
const days = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : '');

function forecastScope(option: ScopeOption): ForecastScope {
  return option.type === 'company' ? { type: 'company' } : { type: option.type, name: option.name };
}

function inOption<T extends { readonly team: string; readonly rep: string }>(
  option: ScopeOption,
): (x: T) => boolean {
  if (option.type === 'company') return () => true;
  return option.type === 'team' ? (x) => x.team === option.name : (x) => x.rep === option.name;
}

export function dashboardInsights(input: {
  readonly deals: readonly PipelineDeal[];
  readonly history: readonly SnapshotRow[];
  readonly today: number;
  readonly options: readonly ScopeOption[];
  readonly language: Language;
}): DashboardInsights {
  const { deals, history, today, options, language } = input;
  const current = periodStart(today, 'month');
  const firstMonth = addPeriods(current, 'month', 1 - WATERFALL_MONTHS);
  const firstSnapshot = history.reduce((m, r) => Math.min(m, r.day), Infinity);
  // The snapshots once they reach back to the waterfall's first month; the stage dates till then.
  const fromSnapshots = firstSnapshot <= firstMonth;
  const pipelineRows = fromSnapshots ? history : historyFromStageDates(deals, today);
  const slipsKnown = firstSnapshot <= today - SLIP_DAYS;
  const after = lastMatureMonth(deals, today);
  const before = addPeriods(after, 'month', -1);
  const lastComplete = addPeriods(current, 'month', -1);
  const known = knownBefore(deals, today);

  const rows = options.map((option) => {
    const row: unknown[] = new Array(INSIGHT_FIELDS.length + 1).fill('');
    const put = (field: string, cell: unknown) => (row[insightColumn(field)] = cell);
    row[0] = option.label;
    forecastPeriods(known, today, 'month', forecastScope(option)).forEach((f, k) => {
      put(`expected${k}`, value(f.expected));
      put(`low${k}`, value(f.low));
      put(`high${k}`, value(f.high));
      put(`wonSoFar${k}`, value(f.wonSoFar));
    });
    const why = whyRevenueMoved(
      deals.filter(inOption<PipelineDeal>(option)),
      [before, after],
      [after, addPeriods(after, 'month', 1)],
    );
    if (why) {
      put('sentence', why.sentence[language]);
      // Whole units that still add up to the change shown (largest remainder).
      const parts = roundToTotal(
        REVENUE_DRIVERS.map((d) => why.revenue.parts[d]),
        why.revenue.change,
      );
      put('change', value(why.revenue.change));
      REVENUE_DRIVERS.forEach((driver, i) => put(driver, parts[i]));
    }
    const byDeal = rowsByDeal(pipelineRows.filter(inOption<SnapshotRow>(option)));
    pipelineWaterfall(byDeal, 'month', firstMonth, today + 1).forEach((step, m) => {
      for (const f of WATERFALL_FIELDS) put(`${f}${m}`, value(step[f]));
    });
    for (const t of timeInStage(byDeal, today - 365, today + 1)) {
      put(`${t.stage}Median`, days(t.medianDays));
      put(`${t.stage}Mean`, days(t.meanDays));
    }
    if (slipsKnown) {
      const slips = slippedCloseDates(
        rowsByDeal(history.filter(inOption<SnapshotRow>(option))),
        today - SLIP_DAYS + 1,
        today + 1,
      );
      put('slipDeals', new Set(slips.map((s) => s.dealId)).size);
      put(
        'slipDays',
        slips.reduce((s, x) => s + (x.to - x.from), 0),
      );
    }
    return row;
  });
  return {
    forecastMonths: [current, addPeriods(current, 'month', 1)],
    whyMonths: [before, after],
    maturing: lastComplete > after ? lastComplete : NaN,
    waterfallMonths: Array.from({ length: WATERFALL_MONTHS }, (_, m) =>
      addPeriods(firstMonth, 'month', m),
    ),
    fromSnapshots,
    slipsKnown,
    rows,
  };
}
