// The per-period series behind the tiles, sparklines, charts and the correlation section: each is
// one =KPI_TREND over a source sheet's date column and a 0/1 (or amount) value per row, computed
// with the selected scope's filter (params.ts) and the metrics engine's definitions
// (metrics/measures-*.ts), summed per week, month or quarter. The values are numbers on every
// row, so a series' periods run over the whole sheet's dates whatever the scope: choosing another
// scope recalculates the values without resizing the spill. One KPI_TREND per series: the source
// sheet is read once per series, never once per period.
import { ACTIVITY_TYPES, OUTCOMES, SURVEY_KINDS } from '../schema';
import type { SourceSheet } from '../metrics';
import { choiceLabels } from '../objectives/formula-parts';
import { textLiteral } from '../workbook/a1';
import type { DataRefs, WindowPeriod } from './positions';
import type { SourceRefs } from './refs';

export type SeriesId =
  | 'activitiesW'
  | 'callsW'
  | 'meetingsW'
  | 'revenueW'
  | 'revenueM'
  | 'costM'
  | 'leadsM'
  | 'oppsM'
  | 'wonM'
  | 'lostM'
  | 'newCustomersM'
  | 'npsNetM'
  | 'npsCountM'
  | 'npsNetQ'
  | 'npsCountQ';

export interface SeriesSpec {
  readonly id: SeriesId;
  readonly period: WindowPeriod;
  readonly sheet: SourceSheet;
  readonly date: string;
  /** The value of a row, an array expression over the sheet's columns, scope filter included. */
  readonly value: (v: ValueContext) => string;
}

export interface ValueContext {
  readonly column: (key: string) => string;
  /** The scope filter of the sheet's rows (1 where the row belongs to the scope). */
  readonly scope: string;
}

/** A test that is 1 where the column holds one of the labels (any case), else 0. */
function oneOf(column: string, labels: readonly string[]): string {
  const tests = labels.map((l) => `(${column}=${textLiteral(l)})`);
  return tests.length === 1 ? tests[0] : `((${tests.join('+')})>0)`;
}

const isType = (v: ValueContext, key: string) =>
  oneOf(v.column('type'), choiceLabels(ACTIVITY_TYPES, key));
const isNps = (v: ValueContext) => oneOf(v.column('kind'), choiceLabels(SURVEY_KINDS, 'nps'));
const npsScore = (v: ValueContext) => `ISNUMBER(${v.column('score')})`;
const npsNet = (v: ValueContext) =>
  `${isNps(v)}*${npsScore(v)}*((${v.column('score')}>=9)-(${v.column('score')}<=6))*${v.scope}`;
const npsCount = (v: ValueContext) => `${isNps(v)}*${npsScore(v)}*${v.scope}`;
// A meeting rescheduled or missed did not take place (a blank outcome counts as held).
const heldMeeting = (v: ValueContext) =>
  `${isType(v, 'meeting')}*(1-${oneOf(v.column('outcome'), [
    ...choiceLabels(OUTCOMES, 'rescheduled'),
    ...choiceLabels(OUTCOMES, 'noShow'),
  ])})*${v.scope}`;
// IF(ISNUMBER(…)): a blank or text amount adds nothing (N() is not array-aware in Sheets).
const numberOf = (column: string) => `IF(ISNUMBER(${column}),${column},0)`;
const revenue = (v: ValueContext) => `${numberOf(v.column('amount'))}*${v.scope}`;

export const SERIES: readonly SeriesSpec[] = [
  { id: 'activitiesW', period: 'week', sheet: 'activities', date: 'date', value: (v) => v.scope },
  {
    id: 'callsW',
    period: 'week',
    sheet: 'activities',
    date: 'date',
    value: (v) => `${isType(v, 'call')}*${v.scope}`,
  },
  { id: 'meetingsW', period: 'week', sheet: 'activities', date: 'date', value: heldMeeting },
  { id: 'revenueW', period: 'week', sheet: 'orders', date: 'date', value: revenue },
  { id: 'revenueM', period: 'month', sheet: 'orders', date: 'date', value: revenue },
  {
    id: 'costM',
    period: 'month',
    sheet: 'orders',
    date: 'date',
    // KPI_GROSS_MARGIN: a row without revenue is left out, cost included.
    value: (v) => `ISNUMBER(${v.column('amount')})*${numberOf(v.column('cost'))}*${v.scope}`,
  },
  { id: 'leadsM', period: 'month', sheet: 'pipeline', date: 'leadDate', value: (v) => v.scope },
  {
    id: 'oppsM',
    period: 'month',
    sheet: 'pipeline',
    date: 'leadDate',
    value: (v) => `(${v.column('opportunityDate')}<>"")*${v.scope}`,
  },
  { id: 'wonM', period: 'month', sheet: 'pipeline', date: 'wonDate', value: (v) => v.scope },
  {
    id: 'lostM',
    period: 'month',
    sheet: 'pipeline',
    date: 'lostDate',
    // A deal with both dates counts once, as won (metrics engine).
    value: (v) => `(${v.column('wonDate')}="")*${v.scope}`,
  },
  {
    id: 'newCustomersM',
    period: 'month',
    sheet: 'customers',
    date: 'acquiredDate',
    value: (v) => v.scope,
  },
  { id: 'npsNetM', period: 'month', sheet: 'surveys', date: 'date', value: npsNet },
  { id: 'npsCountM', period: 'month', sheet: 'surveys', date: 'date', value: npsCount },
  { id: 'npsNetQ', period: 'quarter', sheet: 'surveys', date: 'date', value: npsNet },
  { id: 'npsCountQ', period: 'quarter', sheet: 'surveys', date: 'date', value: npsCount },
];

/** The scope filter of a source sheet's rows, from the parameters (params.ts). */
export function scopeFilter(
  sources: SourceRefs,
  sheet: SourceSheet,
  data: DataRefs,
  remote: boolean,
): string {
  const terms = [data.param('all', remote)];
  const team = sources.optional(sheet, 'team');
  const rep = sources.optional(sheet, 'rep');
  if (team) terms.push(`(${team}=${data.param('team', remote)})`);
  if (rep) terms.push(`(${rep}=${data.param('rep', remote)})`);
  return `(${terms.join('+')})`;
}

/** The KPI_TREND formula of a series (MissingColumn when its sheet lacks a column). */
export function seriesFormula(spec: SeriesSpec, sources: SourceRefs, data: DataRefs): string {
  const context: ValueContext = {
    column: (key) => sources.column(spec.sheet, key),
    scope: scopeFilter(sources, spec.sheet, data, false),
  };
  const dates = sources.column(spec.sheet, spec.date);
  return `=KPI_TREND(${dates},ARRAYFORMULA(${spec.value(context)}),"${spec.period}","sum")`;
}
