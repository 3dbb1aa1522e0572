import fc from 'fast-check';
import {
  changedRows,
  pipelineWaterfall,
  rowsByDeal,
  slippedCloseDates,
  stageAgeing,
  timeInStage,
  type SnapshotRow,
} from '../../src/kpi/pipeline-history';
import { dayFromYmd } from '../../src/kpi/days';
import { simulateDeals, stateOn, truthKpis, type DealScript } from '../helpers/pipeline-simulation';

const FIRST = dayFromYmd(2026, 1, 5); // a Monday

/** One snapshot a day, as the hourly job takes it: only the deals whose state changed. */
function snapshots(deals: readonly DealScript[], first: number, last: number): SnapshotRow[] {
  const rows: SnapshotRow[] = [];
  const latest = new Map<string, SnapshotRow>();
  for (let day = first; day <= last; day++) {
    const now = deals.flatMap((d) => {
      const s = stateOn(d, day);
      return s ? [{ dealId: d.id, rep: d.rep, team: d.team, ...s }] : [];
    });
    for (const row of changedRows(latest, now, day)) {
      rows.push(row);
      latest.set(row.dealId, row);
    }
  }
  return rows;
}

function historyKpis(rows: readonly SnapshotRow[], first: number, last: number) {
  const byDeal = rowsByDeal(rows);
  const weeks = pipelineWaterfall(byDeal, 'week', first, last + 1);
  const total = (k: 'createdCount' | 'wonCount' | 'lostCount' | 'won') =>
    weeks.reduce((s, w) => s + w[k], 0);
  const opportunity = timeInStage(byDeal).find((t) => t.stage === 'opportunity')!;
  const ageing = stageAgeing(byDeal, last);
  return { weeks, total, opportunity, ageing, slips: slippedCloseDates(byDeal).length };
}

describe('pipeline history from daily snapshots', () => {
  it('gives the KPIs computed straight from the simulated changes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const last = FIRST + 59;
        const deals = simulateDeals(seed, 40, FIRST, 50);
        const rows = snapshots(deals, FIRST, last);
        const truth = truthKpis(deals, FIRST, last);
        const got = historyKpis(rows, FIRST, last);
        expect(rows.length).toBe(truth.changes);
        expect(got.total('createdCount')).toBe(truth.created);
        expect(got.total('wonCount')).toBe(truth.won);
        expect(got.total('won')).toBe(truth.wonAmount);
        expect(got.total('lostCount')).toBe(truth.lost);
        expect(got.opportunity.count).toBe(truth.opportunityStays);
        if (truth.opportunityStays)
          expect(got.opportunity.meanDays).toBeCloseTo(truth.opportunityMeanDays, 9);
        expect(got.ageing.length).toBe(truth.openAtEnd);
        expect(got.weeks.at(-1)!.closing).toBe(truth.openAmountAtEnd);
        expect(got.slips).toBe(truth.slips);
      }),
      { numRuns: 30 },
    );
  });

  it('each waterfall step adds up, and closes where the next one opens', () => {
    const deals = simulateDeals(7, 60, FIRST, 50);
    const rows = snapshots(deals, FIRST, FIRST + 59);
    const weeks = pipelineWaterfall(rowsByDeal(rows), 'week', FIRST, FIRST + 60);
    for (const w of weeks)
      expect(w.opening + w.created + w.changed - w.won - w.lost - w.removed).toBe(w.closing);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i].opening).toBe(weeks[i - 1].closing);
  });

  it('writes nothing for a day with no change, and records a deleted open deal once', () => {
    const base = {
      dealId: 'D1',
      stage: 'opportunity' as const,
      amount: 100,
      expectedClose: NaN,
      rep: 'A',
      team: 'T',
    };
    const first = changedRows(new Map(), [base], 10);
    expect(first).toEqual([{ ...base, day: 10 }]);
    const latest = new Map([['D1', first[0]]]);
    expect(changedRows(latest, [base], 11)).toEqual([]);
    expect(changedRows(latest, [], 12)).toEqual([{ ...base, day: 12, stage: 'removed' }]);
    // A deal first seen already won was never open here: not recorded.
    expect(changedRows(new Map(), [{ ...base, dealId: 'D2', stage: 'won' }], 10)).toEqual([]);
  });

  it('ages open deals from the day they entered their stage', () => {
    const rows: SnapshotRow[] = [
      { day: 1, dealId: 'A', stage: 'lead', amount: NaN, expectedClose: NaN, rep: 'r', team: 't' },
      {
        day: 3,
        dealId: 'A',
        stage: 'opportunity',
        amount: 5,
        expectedClose: 40,
        rep: 'r',
        team: 't',
      },
      {
        day: 6,
        dealId: 'A',
        stage: 'opportunity',
        amount: 7,
        expectedClose: 45,
        rep: 'r',
        team: 't',
      },
    ];
    expect(stageAgeing(rowsByDeal(rows), 10)).toEqual([
      { dealId: 'A', stage: 'opportunity', amount: 7, daysInStage: 7, rep: 'r', team: 't' },
    ]);
    expect(slippedCloseDates(rowsByDeal(rows))).toEqual([
      { dealId: 'A', day: 6, from: 40, to: 45 },
    ]);
  });
});
