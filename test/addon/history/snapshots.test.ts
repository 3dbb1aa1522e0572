// Issue 14's acceptance for the Pipeline history: the built add-on's hourly run, fired 24 times a
// day for 60 simulated days on a small workbook whose Pipeline sheet changes every day, writes one
// row per changed deal per day (never a day twice), in one block, and the history's KPIs equal
// those computed straight from the simulated changes.
import { addonHarness } from '../../../local/harness/addon-runtime';
import { sheetRow } from '../alerts/harness';
import { columnIndexes } from '../../../src/addon/schema';
import { readHistoryRows } from '../../../src/addon/history/sheet-rows';
import {
  pipelineWaterfall,
  rowsByDeal,
  slippedCloseDates,
  stageAgeing,
  timeInStage,
} from '../../../src/kpi/pipeline-history';
import { dayFromYmd, ymdOfDay } from '../../../src/kpi/days';
import {
  simulateDeals,
  stateOn,
  truthKpis,
  type DealScript,
} from '../../helpers/pipeline-simulation';
import { runSetupPage } from '../../../local/harness/setup-page';

const FIRST = dayFromYmd(2026, 9, 7); // a Monday
const DAYS = 60;
const LAST = FIRST + DAYS - 1;
const localDate = (day: number) => {
  const { year, month, day: d } = ymdOfDay(day);
  return new Date(year, month - 1, d);
};
const cell = (day: number, on: number) => (Number.isFinite(day) && day <= on ? localDate(day) : '');

/** The Pipeline sheet as a CRM export on `day`: stages reached so far, today's amount and close. */
function pipelineOn(deals: readonly DealScript[], day: number): unknown[][] {
  return deals
    .filter((d) => d.created <= day)
    .map((d) => {
      const s = stateOn(d, day)!;
      return sheetRow('pipeline', {
        dealId: d.id,
        rep: d.rep,
        team: d.team,
        amount: Number.isFinite(s.amount) ? s.amount : '',
        leadDate: localDate(d.created),
        opportunityDate: cell(d.opportunity, day),
        proposalDate: cell(d.proposal, day),
        wonDate: d.outcome === 'won' ? cell(d.closed, day) : '',
        lostDate: d.outcome === 'lost' ? cell(d.closed, day) : '',
        expectedClose: Number.isFinite(s.expectedClose) ? localDate(s.expectedClose) : '',
      });
    });
}

let result: {
  rows: unknown[][];
  ticks: number;
  snapshotCalls: number[];
  idleCalls: number[];
  insightCalls: number[];
  historyRuns: string[];
  insights: unknown[][];
};
const deals = simulateDeals(14, 40, FIRST, 50);
let charts: string[] = [];

beforeAll(() => {
  const h = addonHarness();
  const properties = () => h.runtime.state.propertyStore('document', '', h.workbook.id);
  // 23:30 in Paris on the day before the first: the setup, then the hourly trigger; each day's
  // runs are then at 00:30, 01:30, … 23:30.
  h.runtime.clock.set(new Date(localDate(FIRST).getTime() - 30 * 60_000));
  runSetupPage(h.runtime);
  // The email summaries keep the hourly trigger (they cost an hour with nothing due few calls).
  const view = h.runtime.run('summariesInit', []) as { settings: Record<string, unknown> };
  h.runtime.run('summariesSave', [{ ...view.settings, enabled: true }]);
  const trigger = h.runtime.state.triggers.find((t) => t.handler === 'onScheduleTick');
  const snapshotCalls: number[] = [];
  const idleCalls: number[] = [];
  const insightCalls: number[] = [];
  const historyRuns: string[] = [];
  let ticks = 0;
  for (let day = FIRST; day <= LAST; day++) {
    // The team's edits of the day, in the Pipeline sheet before the day's first run.
    const rows = pipelineOn(deals, day);
    h.workbook.resizeSheet('Pipeline', rows.length + 1, h.workbook.getSheet('Pipeline').maxColumns);
    if (rows.length) h.workbook.setInputs('Pipeline', 1, 0, rows as never);
    for (let hour = 0; hour < 24; hour++) {
      h.runtime.clock.advanceMinutes(60);
      h.runtime.counter.reset();
      h.runtime.invoke('onScheduleTick', [{ triggerUid: trigger?.id ?? '' }]);
      ticks++;
      const status = JSON.parse(properties().get('salesKpi.tickStatus') ?? '{}') as {
        results?: Record<string, string>;
      };
      const ran = status.results?.pipelineHistory;
      if (ran === 'insights') insightCalls.push(h.runtime.counter.total());
      else if (ran) {
        historyRuns.push(ran);
        snapshotCalls.push(h.runtime.counter.total());
      } else idleCalls.push(h.runtime.counter.total());
    }
  }
  const last = h.workbook.getLastRow('Pipeline history');
  const rows = h.workbook.getValues('Pipeline history', 1, 0, last - 1, 7);
  charts = h.workbook.getCharts('Pipeline insights').map((c) => c.type);
  const insights = h.workbook.getValues(
    'Pipeline insights',
    0,
    0,
    h.workbook.getLastRow('Pipeline insights'),
    8,
  );
  result = { rows, ticks, snapshotCalls, idleCalls, insightCalls, historyRuns, insights };
}, 120_000);

test('one snapshot a day, of the deals that changed, never twice', () => {
  expect(result.ticks).toBe(24 * DAYS);
  expect(result.historyRuns).toHaveLength(DAYS);
  const truth = truthKpis(deals, FIRST, LAST);
  expect(result.rows).toHaveLength(truth.changes);
  const keys = result.rows.map((r) => `${String(r[1])} ${String(r[0])}`);
  expect(new Set(keys).size).toBe(keys.length);
});

test('the history KPIs equal those of the simulated changes', () => {
  const columns = new Map(Object.entries(columnIndexes('pipelineHistory')));
  const byDeal = rowsByDeal(readHistoryRows(result.rows, columns));
  const truth = truthKpis(deals, FIRST, LAST);
  const weeks = pipelineWaterfall(byDeal, 'week', FIRST, LAST + 1);
  const total = (k: 'createdCount' | 'wonCount' | 'lostCount' | 'won') =>
    weeks.reduce((s, w) => s + w[k], 0);
  expect(total('createdCount')).toBe(truth.created);
  expect(total('wonCount')).toBe(truth.won);
  expect(total('won')).toBe(truth.wonAmount);
  expect(total('lostCount')).toBe(truth.lost);
  const opportunity = timeInStage(byDeal).find((t) => t.stage === 'opportunity')!;
  expect(opportunity.count).toBe(truth.opportunityStays);
  expect(opportunity.meanDays).toBeCloseTo(truth.opportunityMeanDays, 9);
  expect(stageAgeing(byDeal, LAST)).toHaveLength(truth.openAtEnd);
  expect(weeks.at(-1)!.closing).toBe(truth.openAmountAtEnd);
  expect(slippedCloseDates(byDeal)).toHaveLength(truth.slips);
});

test('the snapshot and the insights stay within the budget; the other hours do not run them', () => {
  // Each day's first run takes the snapshot, the second rewrites the insights; the 22 others
  // find the day done in the document properties.
  expect(result.snapshotCalls).toHaveLength(DAYS);
  expect(result.insightCalls).toHaveLength(DAYS);
  expect(result.idleCalls).toHaveLength(22 * DAYS);
  expect(Math.max(...result.snapshotCalls, ...result.insightCalls)).toBeLessThanOrEqual(100);
  // Their calls do not grow with the rows (the Pipeline and the history are read once each).
  expect(new Set(result.snapshotCalls.slice(1)).size).toBeLessThanOrEqual(2);
  expect(new Set(result.insightCalls.slice(1)).size).toBe(1);
});

test('the Pipeline insights sheet shows the waterfall of the history, ending on the open pipeline', () => {
  const truth = truthKpis(deals, FIRST, LAST);
  const title = result.insights.findIndex((r) => String(r[0]).startsWith('Pipeline waterfall'));
  expect(title).toBeGreaterThan(0);
  let last = title + 2;
  while (result.insights[last + 1]?.[0] !== '') last++;
  expect(result.insights[last][7]).toBe(truth.openAmountAtEnd);
  // One chart of the monthly waterfall, made by the first snapshot and kept.
  expect(charts).toEqual(['COLUMN']);
  const won = result.insights.slice(title + 2, last + 1).reduce((n, r) => n + Number(r[4]), 0);
  expect(won).toBe(truth.wonAmount);
});
