// Why: whether a period can be judged yet (src/kpi/readiness: partial, maturing, stale) depends on
// where each KPI's data starts and stops, the usual gap between its dated days and, for the
// conversions, the conversion window. In warehouse mode that data lives in the warehouse, so it
// is measured there: one small query per table (coverage-emit.ts) returns, for each date column
// the catalogue's KPIs are dated by, its first day and its distinct dated days of the last 365
// days up to its last one (at most 367 rows), and for each stage lag the count of non-negative
// lags and the longest. SQL only aggregates; the usual gap and the window are computed here with
// src/kpi/readiness's own functions, as the sheet path computes them.
import {
  conversionWindow,
  LAG_PERCENTILE,
  MIN_LAG_SAMPLE,
  usualGap,
  type WindowChoice,
} from '../kpi/readiness';
import type { LogicalTable, ResultTable } from './api';
import { dayOfIso } from './calendar';

/** What one table's coverage query measures: its date columns and its stage lags (from → to). */
export interface CoverageSpec {
  readonly dates: readonly string[];
  readonly lags: readonly (readonly [string, string])[];
}

/**
 * The date columns the catalogue's KPIs are dated by (src/addon/metrics/measures*.ts: a
 * Measure's sheet and date) and the stage lags of its conversion KPIs (readiness.ts LAGS); a
 * test checks the two lists agree.
 */
export const COVERAGE: Readonly<Partial<Record<LogicalTable, CoverageSpec>>> = {
  Activities: { dates: ['date'], lags: [] },
  Pipeline: {
    dates: ['leadDate', 'opportunityDate', 'wonDate'],
    lags: [
      ['leadDate', 'opportunityDate'],
      ['opportunityDate', 'proposalDate'],
    ],
  },
  Customers: { dates: ['acquiredDate'], lags: [] },
  Orders: { dates: ['date'], lags: [] },
  Surveys: { dates: ['date'], lags: [] },
};

export const COVERED_TABLES = Object.keys(COVERAGE) as LogicalTable[];

/** Days before a column's last day whose dated days give its usual gap (as the sheets do). */
export const RECENT_DAYS = 365;

/** The id of a table's coverage query: the job's "kpi" label, which the local twin recognises. */
export function coverageId(table: LogicalTable): string {
  return `coverage_${table.toLowerCase()}`;
}

/** The table of a coverage query id; undefined for any other id. */
export function coverageTable(id: string): LogicalTable | undefined {
  return COVERED_TABLES.find((t) => coverageId(t) === id);
}

/** The result item of a lag. */
export function lagItem(from: string, to: string): string {
  return `${from}>${to}`;
}

/** A date column's data: first and last dated day (null when none) and its usual gap. */
export interface DateCoverage {
  readonly first: number | null;
  readonly last: number | null;
  readonly gap: number;
}

export interface TableCoverage {
  /** By date column key. */
  readonly dates: Readonly<Record<string, DateCoverage>>;
  /** By lagItem(from, to). */
  readonly lags: Readonly<Record<string, WindowChoice>>;
}

/**
 * The conversion window from the count of non-negative lags and the longest: what
 * conversionWindow gives for those lags, since the window covers every lag seen (percentile 1).
 */
export function windowOfLongest(count: number, longest: number | null): WindowChoice {
  if (LAG_PERCENTILE !== 1)
    throw new Error('A coverage query measures the longest lag: the window must cover them all');
  if (count === 0 || longest === null) return conversionWindow([]);
  // `count` copies of the longest lag have the same count and maximum as the lags themselves.
  const window = conversionWindow(
    Array.from({ length: Math.min(count, MIN_LAG_SAMPLE) }, () => longest),
  );
  return { ...window, sample: count };
}

/** The coverage of a table from its query's result (columns item, day, n, longest). */
export function readCoverage(spec: CoverageSpec, result: ResultTable): TableCoverage {
  const at = (name: string) => {
    const i = result.columns.indexOf(name);
    if (i < 0) throw new Error(`A coverage result has no column "${name}"`);
    return i;
  };
  const [item, day, n, longest] = ['item', 'day', 'n', 'longest'].map(at);
  const days = new Map<string, number[]>();
  const lags = new Map<string, { count: number; longest: number | null }>();
  for (const row of result.rows) {
    const key = String(row[item]);
    if (row[day] === null) {
      const max = row[longest];
      lags.set(key, { count: Number(row[n]), longest: typeof max === 'number' ? max : null });
    } else {
      const list = days.get(key) ?? [];
      list.push(dayOfIso(String(row[day])));
      days.set(key, list);
    }
  }
  const dates: Record<string, DateCoverage> = {};
  for (const column of spec.dates) {
    const list = (days.get(column) ?? []).sort((a, b) => a - b);
    const last = list.length ? list[list.length - 1] : null;
    const recent = last === null ? [] : list.filter((d) => d >= last - RECENT_DAYS);
    dates[column] = { first: list.length ? list[0] : null, last, gap: usualGap(recent) };
  }
  const windows: Record<string, WindowChoice> = {};
  for (const [from, to] of spec.lags) {
    const found = lags.get(lagItem(from, to));
    windows[lagItem(from, to)] = windowOfLongest(found?.count ?? 0, found?.longest ?? null);
  }
  return { dates, lags: windows };
}
