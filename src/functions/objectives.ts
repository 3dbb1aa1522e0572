// =KPI_PROGRESS: where an objective stands between its baseline, its target and its deadline.
import { progress } from '../kpi/progress';
import { Arg, Table } from './values/cells';
import { readScalarDay, readScalarNumber } from './columns';
import { isoOfDay } from './values/day-zone';
import { today } from './values/dates';
import { declareKpi, spills, type KpiFunction } from './declare';
import { fail } from './errors';
import { numberCell } from './tables';
import { date, number, optionalDate, optionalNumber } from './params';

export const kpiProgress = declareKpi(
  {
    name: 'KPI_PROGRESS',
    en: 'Objective progress: achieved share of the way from baseline to target, elapsed share of the time from start to deadline, projected value at the deadline, and status (ahead, on track, behind, done).',
    fr: 'Avancement d’un objectif : part du chemin parcourue de la valeur de départ à la cible, part du temps écoulé du début à l’échéance, valeur projetée à l’échéance et statut (ahead = en avance, on track = dans les temps, behind = en retard, done = atteint).',
    params: [
      number('actual', 'The current value of the KPI.'),
      number('target', 'The target value.'),
      date('start_date', 'The start of the objective.'),
      date('deadline', 'The deadline of the objective.'),
      optionalDate('as_of', 'the day to measure at (default today).'),
      optionalNumber('baseline', 'the starting value (default 0).'),
    ],
    returns: spills('A table: achieved share, elapsed share, projected value, status.'),
    example: '=KPI_PROGRESS(B2, C2, D2, E2)',
  },
  (
    fn,
    actual: Arg,
    target: Arg,
    startDate: Arg,
    deadline: Arg,
    asOf?: Arg,
    baseline?: Arg,
  ): Table => {
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
        `deadline ${isoOfDay(end)} is not after start_date ${isoOfDay(start)}; ` +
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
      [p.achieved, p.elapsed, numberCell(p.projected), p.status],
    ];
  },
);

/** The objectives family's functions, in the order of docs/kpi-functions.md. */
export const OBJECTIVES_FUNCTIONS: readonly KpiFunction[] = [kpiProgress];
