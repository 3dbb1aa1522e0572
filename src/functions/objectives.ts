// =KPI_PROGRESS: where an objective stands between its baseline, its target and its deadline.
import { progress } from '../kpi/progress';
import { Arg, Table } from './cells';
import { readScalarDay, readScalarNumber } from './columns';
import { isoOfDay } from './day-zone';
import { today } from './dates';
import { defineKpi } from './define';
import { fail } from './errors';

export const kpiProgress = defineKpi(
  'KPI_PROGRESS',
  (actual: Arg, target: Arg, startDate: Arg, deadline: Arg, asOf?: Arg, baseline?: Arg): Table => {
    const fn = 'KPI_PROGRESS';
    const now = readScalarNumber(fn, 'actual', actual);
    const goal = readScalarNumber(fn, 'target', target);
    const start = readScalarDay(fn, 'start_date', startDate);
    const end = readScalarDay(fn, 'deadline', deadline);
    // Today in the spreadsheet's time zone, worked out only when as_of is blank.
    const day = readScalarDay(fn, 'as_of', asOf, today);
    const from = readScalarNumber(fn, 'baseline', baseline, 0);
    if (end <= start) {
      fail(
        fn,
        `deadline ${isoDay(end)} is not after start_date ${isoDay(start)}; ` +
          'an objective needs some time to be reached',
      );
    }
    if (goal === from) {
      fail(
        fn,
        `target equals baseline (${goal}), so there is no way to go and progress is not defined`,
      );
    }
    const p = progress({
      actual: now,
      target: goal,
      baseline: from,
      start,
      deadline: end,
      asOf: day,
    });
    return [
      ['Achieved', 'Elapsed', 'Projected at deadline', 'Status'],
      [p.achieved, p.elapsed, Number.isNaN(p.projected) ? '' : p.projected, p.status],
    ];
  },
);

function isoDay(day: number): string {
  return isoOfDay(day);
}
