// =KPI_* functions for analysis and alerting: alert tests, trends, anomalies, correlation and
// A/B experiments. They read Sheets-shaped arguments; the mathematics lives in src/kpi.
import { breaches } from '../kpi/alert';
import { anomalyScale, DEFAULT_ANOMALY_THRESHOLD, isAnomaly } from '../kpi/anomalies';
import { correlation } from '../kpi/correlation';
import { experiment, sampleSize } from '../kpi/experiment';
import type { Period } from '../kpi/days';
import { Aggregation, dateSpan, periodCount, trend, Trend } from '../kpi/trend';
import { Arg, Cell, isBlank, Table, toGrid } from './values/cells';
import { checkRectangular, readColumns, readScalarNumber, toNumber } from './columns';
import { dateOfDay } from './values/dates';
import { isoOfDay } from './values/day-zone';
import { declareKpi, gives, spills, type KpiFunction } from './declare';
import { fail } from './errors';
import { numberCell, tableOf } from './tables';
import { checkWholeCount } from './scalar-rules';
import { HUGE_UNIT, inHugeUnits } from './huge-unit';
import { choice, dates, number, numbers, optionalNumber } from './params';
import { readNumberText } from './values/numbers';

// The text options of this family's functions: each gives its parameter's help and reads its
// argument.
const ALERT_MODE = choice('mode', ['relative', 'points']);
const DIRECTION = choice('direction', ['down', 'up']);
const TREND_PERIOD = choice('period', ['month', 'week', 'quarter', 'day']);
const AGGREGATION = choice('aggregation', ['sum', 'mean', 'count']);

const THRESHOLD_HELP =
  'The threshold: a fraction in relative mode (0.1 = 10 %), KPI units in points mode.';

export const kpiAlert = declareKpi(
  {
    name: 'KPI_ALERT',
    en: 'Alert test: TRUE when the move from previous to current breaches the threshold (a move of exactly the threshold alerts). Mode "relative" (default) compares the change as a fraction, "points" in the KPI\'s units; direction "down" (default) or "up".',
    fr: 'Test d’alerte : VRAI quand l’évolution de la valeur précédente à la valeur actuelle franchit le seuil (une évolution égale au seuil déclenche l’alerte). Le mode « relative » (par défaut) compare l’évolution en fraction, « points » dans l’unité du KPI ; sens « down » (baisse, par défaut) ou « up » (hausse).',
    params: [
      number('current', 'The current value of the KPI.'),
      number('previous', 'The previous value of the KPI.'),
      number('threshold', THRESHOLD_HELP),
      ALERT_MODE.param,
      DIRECTION.param,
    ],
    returns: gives('boolean', 'TRUE when the threshold is breached.'),
    example: '=KPI_ALERT(B3, B2, 10%)',
  },
  (fn, current: Arg, previous: Arg, threshold: Arg, mode?: Arg, direction?: Arg): boolean => {
    const now = readScalarNumber(fn, 'current', current);
    const before = readScalarNumber(fn, 'previous', previous);
    const size = readScalarNumber(fn, 'threshold', threshold);
    const how = ALERT_MODE.read(fn, mode);
    const way = DIRECTION.read(fn, direction);
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

export const kpiTrend = declareKpi(
  {
    name: 'KPI_TREND',
    en: 'Trend table: values aggregated per period from the first to the last date (gaps included), with the change vs the previous period and the moving average of the last 3 periods.',
    fr: 'Tableau de tendance : les valeurs agrégées par période de la première à la dernière date (périodes vides comprises), avec l’évolution par rapport à la période précédente et la moyenne mobile des 3 dernières périodes.',
    params: [
      dates('dates', 'The dates.'),
      numbers('values', 'The values, parallel to dates.'),
      TREND_PERIOD.param,
      AGGREGATION.param,
    ],
    returns: spills('A table: period start, value, change vs previous, 3-period moving average.'),
    example: '=KPI_TREND(Orders!C2:C, Orders!D2:D, "month")',
  },
  (fn, dates: Arg, values: Arg, period?: Arg, aggregation?: Arg): Table => {
    const unit = TREND_PERIOD.read(fn, period);
    const how = AGGREGATION.read(fn, aggregation);
    let days: Float64Array;
    let series: Float64Array;
    if (how === 'count') {
      // Counting needs no number: any non-blank value counts (an order ID, a name, an amount).
      const cols = readColumns(fn, { dates: [dates, 'date'], values: [values, 'id'] });
      days = cols.dates;
      series = new Float64Array(cols.length);
      for (let i = 0; i < cols.length; i++) series[i] = cols.values[i] === '' ? NaN : 1;
    } else {
      const cols = readColumns(fn, { dates: [dates, 'date'], values: [values, 'number'] });
      days = cols.dates;
      series = cols.values;
    }
    const span = dateSpan(days, series);
    if (!span) fail(fn, 'no row has both a date and a value, so there is no trend to show');
    const count = periodCount(span, unit);
    if (count > MAX_TREND_PERIODS) {
      fail(
        fn,
        `the dates run from ${isoOfDay(span.first)} to ${isoOfDay(span.last)}, which is ${count} ` +
          `${unit}s (more than ${MAX_TREND_PERIODS}); check for a mistyped date or use a longer period`,
      );
    }
    const result = trendInRange(days, series, span, unit, how);
    const header = [
      'Period start',
      VALUE_HEADERS[how],
      'Change vs previous',
      '3-period moving average',
    ];
    return tableOf(header, result.starts.length, (k) => [
      dateOfDay(result.starts[k]),
      numberCell(result.values[k]),
      numberCell(result.changes[k]),
      numberCell(result.movingAverages[k]),
    ]);
  },
);

const VALUE_HEADERS = { sum: 'Sum', mean: 'Mean', count: 'Count' } as const;

/**
 * The trend; where values near the largest double overflow a sum (a mean, a change or a moving
 * average that is itself in range), it is worked out again in units of 2^1000: changes are ratios,
 * the rest is scaled back (a sum truly beyond a double stays infinite, and is reported as such).
 */
function trendInRange(
  days: Float64Array,
  series: Float64Array,
  span: NonNullable<ReturnType<typeof dateSpan>>,
  unit: Period,
  how: Aggregation,
): Trend {
  const result = trend(days, series, span, unit, how);
  if (how === 'count' || [result.values, result.changes, result.movingAverages].every(inRange))
    return result;
  const scaled = trend(days, inHugeUnits(series), span, unit, how);
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

export const kpiAnomalies = declareKpi(
  {
    name: 'KPI_ANOMALIES',
    en: 'Anomaly flags: TRUE for each value whose modified z-score (0.6745 × (x − median) / MAD) exceeds the threshold in absolute value, in the shape of the input.',
    fr: 'Repérage des anomalies : VRAI pour chaque valeur dont le z-score modifié (0,6745 × (x − médiane) / MAD) dépasse le seuil en valeur absolue, dans la forme de la plage d’entrée.',
    params: [
      numbers('values', 'The values to check.'),
      optionalNumber('threshold', 'the modified z-score threshold (default 3.5).'),
    ],
    returns: spills('TRUE or FALSE for each value, blank for each blank.'),
    example: '=KPI_ANOMALIES(B2:B25)',
  },
  (fn, values: Arg, threshold?: Arg): Table => {
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
    const series = new Float64Array(size);
    const width = grid.length ? grid[0].length : 1;
    for (let r = skip, k = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++, k++) {
        const cell = row[c];
        series[k] =
          typeof cell === 'number' && Number.isFinite(cell)
            ? cell
            : toNumber(fn, cell, () =>
                width > 1 ? `values row ${r + 1}, column ${c + 1}` : `values row ${r + 1}`,
              );
      }
    }
    const scale = anomalyScale(series);
    if (!scale) fail(fn, 'values holds no numbers to check');
    const out: Table = [];
    for (let r = 0; r < skip; r++) out.push(grid[r].map(() => ''));
    for (let r = skip, k = 0; r < grid.length; r++) {
      const row = grid[r];
      const flags: Cell[] = new Array(row.length);
      for (let c = 0; c < row.length; c++, k++) {
        const x = series[k];
        flags[c] = Number.isNaN(x) ? '' : isAnomaly(x, scale, limit);
      }
      out.push(flags);
    }
    return out;
  },
);

/** A heading: text that is not a number (a first row of numbers-as-text is data). */
function isHeading(cell: Cell): boolean {
  return typeof cell === 'string' && !isBlank(cell) && !('value' in readNumberText(cell));
}

export const kpiCorrelation = declareKpi(
  {
    name: 'KPI_CORRELATION',
    en: 'Pearson correlation between x and y shifted by lag rows (y later than x), over the pairs where both are numbers, from −1 to 1.',
    fr: 'Corrélation de Pearson entre x et y décalé de lag lignes (y après x), sur les paires où les deux sont des nombres, de −1 à 1.',
    params: [
      numbers('x', 'The leading series (e.g. calls per week).'),
      numbers('y', 'The following series (e.g. meetings per week).'),
      optionalNumber('lag', 'how many rows y lags behind x (default 0).'),
    ],
    returns: gives('number', 'The correlation coefficient.'),
    example: '=KPI_CORRELATION(B2:B53, C2:C53, 1)',
  },
  (fn, x: Arg, y: Arg, lag?: Arg): number => {
    const shift = readScalarNumber(fn, 'lag', lag, 0);
    checkWholeCount(fn, 'lag', shift, 'rows');
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
  },
);

export const kpiExperiment = declareKpi(
  {
    name: 'KPI_EXPERIMENT',
    en: 'Experiment result: control and variant conversion rates, the relative lift of the variant, and the two-sided p-value of the pooled two-proportion z-test.',
    fr: 'Résultat d’une expérience : taux de conversion du groupe témoin et de la variante, gain relatif de la variante et valeur p bilatérale du test z de deux proportions (variance commune).',
    params: [...groupParams('control'), ...groupParams('variant')],
    returns: spills('A table: control rate, variant rate, relative lift, p-value.'),
    example: '=KPI_EXPERIMENT(120, 1000, 150, 1000)',
  },
  (
    fn,
    controlSuccesses: Arg,
    controlTotal: Arg,
    variantSuccesses: Arg,
    variantTotal: Arg,
  ): Table => {
    const [cs, ct] = readGroup(fn, 'control', controlSuccesses, controlTotal);
    const [vs, vt] = readGroup(fn, 'variant', variantSuccesses, variantTotal);
    const result = experiment(cs, ct, vs, vt);
    return [
      ['Control rate', 'Variant rate', 'Relative lift', 'p-value'],
      [result.controlRate, result.variantRate, numberCell(result.lift), result.pValue],
    ];
  },
);

/** The two parameters of a group of the experiment: its successes and its subjects. */
function groupParams(group: 'control' | 'variant') {
  return [
    number(`${group}_successes`, `Successes in the ${group} group.`),
    number(`${group}_total`, `Subjects in the ${group} group.`),
  ];
}

/** A count of subjects: a whole number, 0 or more. */
function readCount(fn: string, name: string, arg: Arg): number {
  const value = readScalarNumber(fn, name, arg);
  checkWholeCount(fn, name, value, 'subjects');
  return value;
}

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

export const kpiSampleSize = declareKpi(
  {
    name: 'KPI_SAMPLE_SIZE',
    en: 'Sample size per group needed to detect a relative lift of a baseline conversion rate with a two-sided two-proportion z-test.',
    fr: 'Taille d’échantillon par groupe nécessaire pour détecter un gain relatif d’un taux de conversion de référence avec un test z bilatéral de deux proportions.',
    params: [
      number('baseline_rate', 'The current conversion rate, a fraction.'),
      number('relative_lift', 'The lift to detect, a fraction (0.2 = +20 %).'),
      optionalNumber('alpha', 'the significance level (default 0.05).'),
      optionalNumber('power', 'the statistical power (default 0.8).'),
    ],
    returns: gives('number', 'Subjects needed in each group.'),
    example: '=KPI_SAMPLE_SIZE(10%, 20%)',
  },
  (fn, baselineRate: Arg, relativeLift: Arg, alpha?: Arg, power?: Arg): number => {
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

/** The analysis family's functions, in the order of docs/kpi-functions.md. */
export const ANALYSIS_FUNCTIONS: readonly KpiFunction[] = [
  kpiAlert,
  kpiTrend,
  kpiAnomalies,
  kpiCorrelation,
  kpiExperiment,
  kpiSampleSize,
];
