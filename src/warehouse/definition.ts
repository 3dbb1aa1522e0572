// The shape of a declarative KPI definition: which warehouse table feeds the KPI, which rows
// count, the date that places a row in a period, and the measures (count, count-if, sum, median,
// distinct) per period and scope. The JavaScript evaluator (evaluate.ts) and the SQL plan
// (plan.ts) both read these, so a KPI is written once for the sheet path's maths and the
// warehouse. Conditions are two-valued by construction: a blank never satisfies one, which is
// how SQL's NULL behaves in WHERE, CASE WHEN and COUNTIF, so both targets agree; the one negation,
// `not`, is emitted as NOT COALESCE(c, FALSE), so it holds exactly where its condition does not
// (a blank satisfies a `not`).
import type { KpiId, LogicalTable } from './api';

/** A condition on one row. Column names are the workbook's header keys (src/addon/schema.ts). */
export type Condition =
  /** The cell is not blank (NULL, or text that is empty once trimmed). */
  | { readonly present: string }
  /** The cell is blank. */
  | { readonly blank: string }
  /** The text, trimmed and in lower case, is one of the labels (given in lower case). */
  | { readonly label: string; readonly oneOf: readonly string[] }
  /** A number within bounds (inclusive), whole if asked; a blank fails. */
  | {
      readonly number: string;
      readonly atLeast?: number;
      readonly atMost?: number;
      readonly whole?: boolean;
    }
  /** Both dates present and `later` on or after `earlier` (calendar days). */
  | { readonly later: string; readonly notBefore: string }
  | { readonly all: readonly Condition[] }
  /** The condition does not hold (a blank cell, which satisfies no condition, satisfies this). */
  | { readonly not: Condition };

/** A number per row; a blank gives null, which sums, medians and counts skip. */
export type NumberExpr =
  | { readonly column: string }
  /** Calendar days from one date column to another (to − from). */
  | { readonly daysFrom: string; readonly to: string }
  /** The points of the first rule whose condition holds, else 0 (KPI_INTERACTION_SCORE). */
  | { readonly firstRule: readonly { readonly when: Condition; readonly points: number }[] };

export type Measure =
  /** Rows (of the period and scope) where the condition holds; all rows without one. */
  | { readonly count: true; readonly where?: Condition }
  /** Sum of the non-blank values (0 when there are none). */
  | { readonly sum: NumberExpr; readonly where?: Condition }
  /** Median of the non-blank values, the mean of the two middle ones (null when none). */
  | { readonly median: NumberExpr; readonly where?: Condition }
  /** Distinct non-blank texts (trimmed, compared exactly). */
  | { readonly distinct: string; readonly where?: Condition };

/**
 * The KPI's value from its measures: one measure, or (Σ plus − Σ minus) × times / over with a
 * zero `over` giving null (NULLIF in SQL).
 */
export type ValueExpr =
  | { readonly measure: string }
  | {
      readonly plus: readonly string[];
      readonly minus?: readonly string[];
      readonly times?: number;
      readonly over: string;
    };

/** The date that places a row in a period: a column, or the first non-blank of several. */
export type DateExpr = string | { readonly firstOf: readonly string[] };

/**
 * What finishResult makes of the aggregated rows: a value per period (gaps filled), a funnel
 * table, a segment table (sorted, ties broken), a trend (changes, moving averages).
 */
export type Finish = 'value' | 'funnel' | 'segments' | 'trend';

export interface KpiDefinition {
  readonly kind: 'grouped';
  readonly id: KpiId;
  readonly table: LogicalTable;
  readonly date: DateExpr;
  /** Rows considered at all (besides a date on or before as_of). */
  readonly where?: Condition;
  /** Scope columns (besides the whole company) the KPI is grouped by: 'team', 'rep', 'segment'. */
  readonly scopes: readonly string[];
  /** A column that splits each period and scope into items (blank items are left out). */
  readonly breakdown?: string;
  /** Measure name (snake_case: it becomes a result column) → measure, in column order. */
  readonly measures: Readonly<Record<string, Measure>>;
  readonly value?: ValueExpr;
  readonly finish: Finish;
}

/**
 * Cohort retention (KPI_COHORT_RETENTION): customers grouped by the period of their first row,
 * and per cohort the distinct customers active k periods later. Company-wide only.
 */
export interface CohortDefinition {
  readonly kind: 'cohort';
  readonly id: KpiId;
  readonly table: LogicalTable;
  readonly customer: string;
  readonly date: string;
}

/**
 * Where a row of a stock stands at a period's boundary: active on the day before the period
 * starts ('start') or on its last day ('end'), and, with `beganWithin`, only if it became active
 * within the period (a new one).
 */
export interface StockMeasure {
  readonly activeAt: 'start' | 'end';
  readonly beganWithin?: true;
}

/**
 * A stock (the add-on's retention): each row is active over [since, until): from its `since`
 * day (blank or after as_of: the row is left out) up to, not including, its `until` day (blank
 * or after as_of: still active as of as_of). Every period from the first row's (or the one
 * holding `from`) to the one holding as_of, and scope, counts the rows active at its boundaries;
 * a (period, scope) has a result row when some row is active at its start or at its end.
 * Measures of several periods do not add up (periodsAddUp).
 */
export interface StockDefinition {
  readonly kind: 'stock';
  readonly id: KpiId;
  readonly table: LogicalTable;
  readonly since: string;
  readonly until: string;
  readonly scopes: readonly string[];
  /** Measure name (snake_case: it becomes a result column) → measure, in column order. */
  readonly measures: Readonly<Record<string, StockMeasure>>;
  readonly value: ValueExpr;
}

/** The definitions whose result is a value per period and scope (what warehouse mode reads). */
export type ValueDefinition = KpiDefinition | StockDefinition;

export type Definition = KpiDefinition | CohortDefinition | StockDefinition;

/**
 * Whether a span of several periods is the sum of its periods' measures (counts and sums add
 * up). Not for a median, nor for a stock (the customers at a quarter's start and end are not the
 * sums of its months'): such a KPI is answered one period at a time.
 */
export function periodsAddUp(def: ValueDefinition): boolean {
  return def.kind === 'grouped' && !Object.values(def.measures).some((m) => 'median' in m);
}

/** Every column a condition reads. */
export function conditionColumns(c: Condition): string[] {
  if ('present' in c) return [c.present];
  if ('blank' in c) return [c.blank];
  if ('label' in c) return [c.label];
  if ('number' in c) return [c.number];
  if ('later' in c) return [c.later, c.notBefore];
  if ('not' in c) return conditionColumns(c.not);
  return c.all.flatMap(conditionColumns);
}

/** Every column a number expression reads. */
export function numberColumns(e: NumberExpr): string[] {
  if ('column' in e) return [e.column];
  if ('daysFrom' in e) return [e.daysFrom, e.to];
  return e.firstRule.flatMap((r) => conditionColumns(r.when));
}

/** The date columns of a date expression, in order. */
export function dateColumns(d: DateExpr): readonly string[] {
  return typeof d === 'string' ? [d] : d.firstOf;
}

/** Every column a measure reads. */
export function measureColumns(m: Measure): string[] {
  const own =
    'count' in m
      ? []
      : 'sum' in m
        ? numberColumns(m.sum)
        : 'median' in m
          ? numberColumns(m.median)
          : [m.distinct];
  return m.where ? [...own, ...conditionColumns(m.where)] : own;
}

/** Every column a grouped KPI reads (its date, scopes, breakdown, filter, measures), once each. */
export function kpiColumns(def: KpiDefinition): Set<string> {
  return new Set([
    ...dateColumns(def.date),
    ...def.scopes,
    ...(def.breakdown ? [def.breakdown] : []),
    ...(def.where ? conditionColumns(def.where) : []),
    ...Object.values(def.measures).flatMap(measureColumns),
  ]);
}

/**
 * What a grouped KPI of a table states of its own: the table's scopes unless it narrows them, and
 * its finish unless it is more than a value per period.
 */
export type GroupedOwn = Omit<KpiDefinition, 'kind' | 'table' | 'scopes' | 'finish'> & {
  readonly scopes?: readonly string[];
  readonly finish?: Finish;
};

/** The grouped KPIs of one table: each gets the table, its usual scopes, 'value' unless it says. */
export function groupedOn(
  table: LogicalTable,
  scopes: readonly string[],
): (own: GroupedOwn) => KpiDefinition {
  return (own) => ({ kind: 'grouped', table, scopes, finish: 'value', ...own });
}
