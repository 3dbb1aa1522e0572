// Why: the warehouse's weekly KPI tables cover the last WEEKLY_HISTORY_WEEKS ISO weeks (a
// `from_date`), so that a table by week and scope stays within the rows a KPI may bring back; the
// refresh estimate dry-runs exactly the queries that run, so both take the first day from here.
import { WEEKLY_HISTORY_WEEKS } from '../metrics/source';
import { addPeriods, periodStart } from '../../kpi/days';
import { dayOfIso, isoOfDay } from '../../warehouse/calendar';

/** The first day (a Monday, YYYY-MM-DD) the weekly tables read, for an as-of day. */
export function weeklyFrom(asOf: string): string {
  return isoOfDay(addPeriods(periodStart(dayOfIso(asOf), 'week'), 'week', -WEEKLY_HISTORY_WEEKS));
}
