// Why: the warehouse's weekly and daily KPI tables cover only the last WEEKLY_HISTORY_WEEKS ISO
// weeks or DAILY_HISTORY_DAYS days (a `from_date`), so that a table by week or day and scope
// stays within the rows a KPI may bring back; monthly tables cover all history. The refresh
// estimate dry-runs exactly the queries that run, so both take the first day from here.
import { DAILY_HISTORY_DAYS, WEEKLY_HISTORY_WEEKS } from '../metrics/source';
import { addPeriods, periodStart } from '../../kpi/days';
import type { WarehousePeriod } from '../../warehouse/api';
import { dayOfIso, isoOfDay } from '../../warehouse/calendar';

/** The first day (YYYY-MM-DD) a table by `period` reads for an as-of day; none by month. */
export function historyFrom(asOf: string, period: WarehousePeriod): string | undefined {
  const day = dayOfIso(asOf);
  if (period === 'week')
    return isoOfDay(addPeriods(periodStart(day, 'week'), 'week', -WEEKLY_HISTORY_WEEKS));
  if (period === 'day') return isoOfDay(day - DAILY_HISTORY_DAYS);
  return undefined;
}
