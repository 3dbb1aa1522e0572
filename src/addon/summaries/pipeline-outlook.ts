// The summary's pipeline outlook (issue 14): the forecast of the current and next month for the
// summary's scope with its 80 % range, and why revenue moved between the previous window and this
// one, in both languages (src/addon/history). When the window's lead → opportunity conversion is
// still maturing, the reasons are not given: a fall that is only leads not yet converted would be
// blamed on conversion.
import type { Language } from '../i18n';
import type { RevenueAttribution } from '../../kpi/attribution';
import { forecastPeriods, knownBefore, type PeriodForecast } from '../../kpi/forecast';
import { pipelineDeals } from '../history/deal-dates';
import { whyRevenueMoved } from '../history/why';
import type { Scope } from '../metrics';
import type { ReportWindow } from './schedule';

export interface PipelineOutlook {
  readonly forecast: readonly PeriodForecast[];
  /** Why revenue moved, in each language; absent when it cannot be said (or not yet). */
  readonly why?: Readonly<Record<Language, string>>;
  /** The same change split into its drivers (for the chart); present with `why`. */
  readonly attribution?: RevenueAttribution;
  /** The window's conversion is still maturing: the reasons wait. */
  readonly maturing: boolean;
}

/** Undefined for a segment or rep scope, or a workbook with no Pipeline rows. */
export function pipelineOutlook(
  rows: readonly (readonly unknown[])[],
  columns: Readonly<Record<string, number | undefined>>,
  scope: Scope,
  window: ReportWindow,
  asOfDay: number,
  conversionMaturing: boolean,
): PipelineOutlook | undefined {
  if (scope.type !== 'company' && scope.type !== 'team') return undefined;
  const deals = pipelineDeals(rows, columns);
  if (deals.length === 0) return undefined;
  const forecast = forecastPeriods(
    knownBefore(deals, asOfDay),
    asOfDay,
    'month',
    scope.type === 'company' ? { type: 'company' } : { type: 'team', name: scope.name },
  );
  const mine = scope.type === 'company' ? deals : deals.filter((d) => d.team === scope.name);
  const why = conversionMaturing
    ? undefined
    : whyRevenueMoved(mine, [window.previousFrom, window.previousTo], [window.from, window.to]);
  return {
    forecast,
    ...(why ? { why: why.sentence, attribution: why.revenue } : {}),
    maturing: conversionMaturing,
  };
}
