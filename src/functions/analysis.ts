// =KPI_* functions for analysis and alerting: alert tests, trends, anomalies, correlation and
// A/B experiments. They read Sheets-shaped arguments; the mathematics lives in src/kpi.
import { breaches } from '../kpi/alert';
import { anomalyScale, DEFAULT_ANOMALY_THRESHOLD, isAnomaly } from '../kpi/anomalies';
import { correlation } from '../kpi/correlation';
import { experiment, sampleSize } from '../kpi/experiment';
import type { Period } from '../kpi/days';
import { Aggregation, dateSpan, periodCount, trend, Trend } from '../kpi/trend';
import { Arg, Cell, isBlank, Table, toGrid } from './cells';
import { checkRectangular, readChoice, readColumns, readScalarNumber, toNumber } from './columns';
import { dateOfDay } from './dates';
import { isoOfDay } from './day-zone';
import { defineKpi } from './define';
import { fail } from './errors';
import { readNumberText } from './numbers';

/** NaN marks "not defined" in src/kpi results; a sheet shows that as an empty cell. */
const cellOf = (value: number): number | '' => (Number.isNaN(value) ? '' : value);

export const kpiAlert = defineKpi(
  'KPI_ALERT',
  (current: Arg, previous: Arg, threshold: Arg, mode?: Arg, direction?: Arg): boolean => {
    const fn = 'KPI_ALERT';
    const now = readScalarNumber(fn, 'current', current);
    const before = readScalarNumber(fn, 'previous', previous);
    const size = readScalarNumber(fn, 'threshold', threshold);
    const how = readChoice(fn, 'mode', mode, ['relative', 'points'] as const, 'relative');
    const way = readChoice(fn, 'direction', direction, ['down', 'up'] as const, 'down');
    if (!(size > 0)) {
      fail(
        fn,
        `threshold is ${size}; give a size greater than 0 (direction "down" or "up" says which way)`,
      );
    }
    if (how === 'relative' && before === 0) {
      fail(
        fn,
        'previous is 0, so a relative change is not defined; use mode "points", or compare ' +
          'with a non-zero previous value',
      );
    }
    return breaches(now, before, size, how, way);
  },
);

/** More rows than any sane trend: a mistyped year (20226) must not fill a sheet with days. */
const MAX_TREND_PERIODS = 100_000;

export const kpiTrend = defineKpi(
  'KPI_TREND',
  (dates: Arg, values: Arg, period?: Arg, aggregation?: Arg): Table => {
    const fn = 'KPI_TREND';
    const unit = readChoice(
      fn,
      'period',
      period,
      ['month', 'week', 'quarter', 'day'] as const,
      'month',
    );
    const how = readChoice(
      fn,
      'aggregation',
      aggregation,
      ['sum', 'mean', 'count'] as const,
      'sum',
    );
    let days: Float64Array;
    let numbers: Float64Array;
    if (how === 'count') {
      // Counting needs no number: any non-blank value counts (an order ID, a name, an amount).
      const cols = readColumns(fn, { dates: [dates, 'date'], values: [values, 'id'] });
      days = cols.dates;
      numbers = new Float64Array(cols.length);
      for (let i = 0; i < cols.length; i++) numbers[i] = cols.values[i] === '' ? NaN : 1;
    } else {
      const cols = readColumns(fn, { dates: [dates, 'date'], values: [values, 'number'] });
      days = cols.dates;
      numbers = cols.values;
    }
    const span = dateSpan(days, numbers);
    if (!span) fail(fn, 'no row has both a date and a value, so there is no trend to show');
    const count = periodCount(span, unit);
    if (count > MAX_TREND_PERIODS) {
      fail(
        fn,
        `the dates run from ${isoDay(span.first)} to ${isoDay(span.last)}, which is ${count} ` +
          `${unit}s (more than ${MAX_TREND_PERIODS}); check for a mistyped date or use a longer period`,
      );
    }
    const result = trendInRange(days, numbers, span, unit, how);
    const table: Table = [
      ['Period start', VALUE_HEADERS[how], 'Change vs previous', '3-period moving average'],
    ];
    for (let k = 0; k < result.starts.length; k++) {
      table.push([
        dateOfDay(result.starts[k]),
        cellOf(result.values[k]),
        cellOf(result.changes[k]),
        cellOf(result.movingAverages[k]),
      ]);
    }
    return table;
  },
);

const VALUE_HEADERS = { sum: 'Sum', mean: 'Mean', count: 'Count' } as const;

/** 2^-1000: values near the largest double, in this unit, add up without overflow (exactly). */
const HUGE_UNIT = Math.pow(2, -1000);

/**
 * The trend; where values near the largest double overflow a sum (a mean, a change or a moving
 * average that is itself in range), it is worked out again in units of 2^1000: changes are ratios,
 * the rest is scaled back (a sum truly beyond a double stays infinite, and is reported as such).
 */
function trendInRange(
  days: Float64Array,
  numbers: Float64Array,
  span: NonNullable<ReturnType<typeof dateSpan>>,
  unit: Period,
  how: Aggregation,
): Trend {
  const result = trend(days, numbers, span, unit, how);
  if (how === 'count' || [result.values, result.changes, result.movingAverages].every(inRange))
    return result;
  const scaled = trend(
    days,
    numbers.map((v) => v * HUGE_UNIT),
    span,
    unit,
    how,
  );
  return {
    starts: scaled.starts,
    values: scaled.values.map((v) => v / HUGE_UNIT),
    changes: scaled.changes,
    movingAverages: scaled.movingAverages.map((v) => v / HUGE_UNIT),
  };
}

/** No ±Infinity (NaN, "not defined", is in range: it becomes an empty cell). */
function inRange(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++)
    if (values[i] === Infinity || values[i] === -Infinity) return false;
  return true;
}

function isoDay(day: number): string {
  return isoOfDay(day);
}

export const kpiAnomalies = defineKpi('KPI_ANOMALIES', (values: Arg, threshold?: Arg): Table => {
  const fn = 'KPI_ANOMALIES';
  const limit = readScalarNumber(fn, 'threshold', threshold, DEFAULT_ANOMALY_THRESHOLD);
  if (limit < 0)
    fail(fn, `threshold is ${limit}; give a modified z-score of 0 or more (3.5 is usual)`);
  const grid = toGrid(values);
  // The output lines up with the input: a ragged input (from a script) has no such shape.
  checkRectangular(fn, 'values', grid);
  // The output lines up with the input, so a header row is not dropped: it is left blank.
  const skip = grid.length > 1 && grid[0].some(isHeading) ? 1 : 0;
  let size = 0;
  for (let r = skip; r < grid.length; r++) size += grid[r].length;
  const numbers = new Float64Array(size);
  const width = grid.length ? grid[0].length : 1;
  for (let r = skip, k = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++, k++) {
      const cell = row[c];
      numbers[k] =
        typeof cell === 'number' && Number.isFinite(cell)
          ? cell
          : toNumber(fn, cell, () =>
              width > 1 ? `values row ${r + 1}, column ${c + 1}` : `values row ${r + 1}`,
            );
    }
  }
  const scale = anomalyScale(numbers);
  if (!scale) fail(fn, 'values holds no numbers to check');
  const out: Table = [];
  for (let r = 0; r < skip; r++) out.push(grid[r].map(() => ''));
  for (let r = skip, k = 0; r < grid.length; r++) {
    const row = grid[r];
    const flags: Cell[] = new Array(row.length);
    for (let c = 0; c < row.length; c++, k++) {
      const x = numbers[k];
      flags[c] = Number.isNaN(x) ? '' : isAnomaly(x, scale, limit);
    }
    out.push(flags);
  }
  return out;
});

/** A heading: text that is not a number (a first row of numbers-as-text is data). */
function isHeading(cell: Cell): boolean {
  return typeof cell === 'string' && !isBlank(cell) && !('value' in readNumberText(cell));
}

export const kpiCorrelation = defineKpi('KPI_CORRELATION', (x: Arg, y: Arg, lag?: Arg): number => {
  const fn = 'KPI_CORRELATION';
  const shift = readScalarNumber(fn, 'lag', lag, 0);
  if (!Number.isInteger(shift) || shift < 0) {
    fail(fn, `lag is ${shift}; give a whole number of rows, 0 or more`);
  }
  const cols = readColumns(fn, { x: [x, 'number'], y: [y, 'number'] });
  const result = correlation(cols.x, cols.y, shift);
  if ('r' in result) return result.r;
  const pairing = shift ? `x and y (${shift} row${shift === 1 ? '' : 's'} later)` : 'x and y';
  if (result.problem === 'too few pairs') {
    fail(
      fn,
      `only ${result.pairs} row${result.pairs === 1 ? '' : 's'} where ${pairing} are both ` +
        'numbers; a correlation needs at least 3',
    );
  }
  return fail(
    fn,
    `${result.series} has the same value in all ${result.pairs} rows paired with ` +
      `${result.series === 'x' ? 'y' : 'x'}, so the correlation is not defined`,
  );
});

export const kpiExperiment = defineKpi(
  'KPI_EXPERIMENT',
  (controlSuccesses: Arg, controlTotal: Arg, variantSuccesses: Arg, variantTotal: Arg): Table => {
    const fn = 'KPI_EXPERIMENT';
    const [cs, ct] = readGroup(fn, 'control', controlSuccesses, controlTotal);
    const [vs, vt] = readGroup(fn, 'variant', variantSuccesses, variantTotal);
    const result = experiment(cs, ct, vs, vt);
    return [
      ['Control rate', 'Variant rate', 'Relative lift', 'p-value'],
      [result.controlRate, result.variantRate, cellOf(result.lift), result.pValue],
    ];
  },
);

/** A group's successes and total: whole numbers, total > 0, successes from 0 to total. */
function readGroup(fn: string, group: string, successes: Arg, total: Arg): [number, number] {
  const s = readCount(fn, `${group}_successes`, successes);
  const n = readCount(fn, `${group}_total`, total);
  if (n === 0) fail(fn, `${group}_total is 0; a group needs at least one subject`);
  if (s > n) {
    fail(
      fn,
      `${group}_successes (${s}) is more than ${group}_total (${n}); successes are part of the total`,
    );
  }
  return [s, n];
}

function readCount(fn: string, name: string, arg: Arg): number {
  const value = readScalarNumber(fn, name, arg);
  if (!Number.isInteger(value) || value < 0) {
    fail(fn, `${name} is ${value}; give a whole number of subjects, 0 or more`);
  }
  return value;
}

export const kpiSampleSize = defineKpi(
  'KPI_SAMPLE_SIZE',
  (baselineRate: Arg, relativeLift: Arg, alpha?: Arg, power?: Arg): number => {
    const fn = 'KPI_SAMPLE_SIZE';
    const p1 = readScalarNumber(fn, 'baseline_rate', baselineRate);
    const lift = readScalarNumber(fn, 'relative_lift', relativeLift);
    const a = readScalarNumber(fn, 'alpha', alpha, 0.05);
    const pw = readScalarNumber(fn, 'power', power, 0.8);
    if (!(p1 > 0 && p1 < 1)) {
      fail(
        fn,
        `baseline_rate is ${p1}; give a rate strictly between 0 and 1 (such as 10 % or 0.1)`,
      );
    }
    if (lift === 0) fail(fn, 'relative_lift is 0; give the lift to detect, such as 0.2 for +20 %');
    const p2 = p1 * (1 + lift);
    if (!(p2 > 0 && p2 < 1)) {
      fail(
        fn,
        `baseline_rate ${p1} with relative_lift ${lift} gives a rate of ${p2}, outside 0 to 1; ` +
          'the lifted rate must stay strictly between 0 and 1',
      );
    }
    if (!(a > 0 && a < 1))
      fail(fn, `alpha is ${a}; give a level strictly between 0 and 1 (usually 0.05)`);
    if (!(pw > 0 && pw < 1))
      fail(fn, `power is ${pw}; give a power strictly between 0 and 1 (usually 0.8)`);
    return sampleSize(p1, lift, a, pw);
  },
);
