// The pipeline's history as the Pipeline's stage dates imply it, for the Dashboard's pipeline
// section when the Pipeline history sheet (the daily snapshots, src/addon/history) does not reach
// back far enough yet: one row per deal on its lead, opportunity, proposal and won or lost day,
// at its amount in the Pipeline. It sees no amount change and no close date moved (only the
// snapshots do), so slipped close dates always come from the snapshots.
import type { SnapshotRow, Stage } from '../../kpi/pipeline-history';
import type { PipelineDeal } from '../history/deal-dates';

const finite = (x: number) => x - x === 0;

/** The rows a daily snapshot would have written from each deal's stage dates, up to `today`. */
export function historyFromStageDates(
  deals: readonly PipelineDeal[],
  today: number,
): SnapshotRow[] {
  const out: SnapshotRow[] = [];
  deals.forEach((d, i) => {
    // A row without a deal ID is still a deal (its position names it).
    const dealId = d.id !== '' ? d.id : `#${i}`;
    const steps: Array<[Stage, number]> = [
      ['lead', d.lead],
      ['opportunity', d.opportunity],
      ['proposal', d.proposal],
    ];
    const closed = finite(d.won) ? d.won : d.lost;
    if (finite(closed)) steps.push([finite(d.won) ? 'won' : 'lost', closed]);
    let last = -Infinity;
    for (const [stage, day] of steps) {
      // A stage skipped (blank) or dated before the one before it (a typo) is not a step.
      if (!finite(day) || day > today || day < last) continue;
      last = day;
      out.push({
        day,
        dealId,
        stage,
        amount: d.amount,
        expectedClose: NaN,
        rep: d.rep,
        team: d.team,
      });
    }
  });
  return out;
}
