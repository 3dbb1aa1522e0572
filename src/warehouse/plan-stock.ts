// The SQL of a stock (definition.ts StockDefinition, the add-on's retention): each row's first
// period and lost period (spans), its changes (began in its first period, gone from the later of
// its first and lost ones), summed per scope and period; each scope's periods from its first to
// @as_of's come from a calendar (GENERATE_DATE_ARRAY / generate_series), and running sums over
// them give the rows active at each period's start (the periods before) and end (up to it). A
// row costs two changes whatever the number of periods it spans (joining each row to each of
// its periods took minutes per day at a million customers). Same result shape as a grouped KPI.
import type { StockDefinition, StockMeasure } from './definition';
import { type Builder, cell, valueSql } from './plan-builder';

/** A stock measure from a block's running counts (stock_start, stock_end, began, lost_new). */
function stockMeasure(m: StockMeasure): string {
  if (m.beganWithin) return m.activeAt === 'end' ? 'began - lost_new' : '0';
  return m.activeAt === 'start' ? 'stock_start' : 'stock_end';
}

export function stockSql(def: StockDefinition, b: Builder): string {
  const d = b.dialect;
  const part = b.options.partitionBy !== undefined ? ['part'] : [];
  const since = cell(def.since);
  const until = cell(def.until);
  const src = [
    ...b.partitionRead(),
    ...[def.since, def.until, ...def.scopes].map((k) => `${b.read(k)} AS ${cell(k)}`),
  ];
  const asOf = b.param('as_of');
  const lastPeriod = d.periodStart(asOf, b.period);
  const keep = [...part, ...def.scopes.map(cell)].map((k) => `${k}, `).join('');
  const spans = [
    `${d.periodStart(since, b.period)} AS first_period`,
    `CASE WHEN ${until} <= ${asOf} THEN ${d.periodStart(until, b.period)} END AS lost_period`,
  ];
  const head = [
    `WITH ${b.zoneTables().join(' ')}src AS (SELECT ${src.join(', ')} FROM ${b.from()}),`,
    `spans AS (SELECT ${keep}${spans.join(', ')} FROM src WHERE ${since} IS NOT NULL AND ${since} <= ${asOf}),`,
    // A row begins in its first period and is gone from the later of its first and lost
    // periods on; lost_new: lost by the end of the period it began in.
    `changes AS (SELECT ${keep}first_period AS period, 1 AS began, 0 AS gone, CASE WHEN lost_period <= first_period THEN 1 ELSE 0 END AS lost_new FROM spans` +
      ` UNION ALL SELECT ${keep}CASE WHEN lost_period > first_period THEN lost_period ELSE first_period END AS period, 0 AS began, 1 AS gone, 0 AS lost_new FROM spans WHERE lost_period IS NOT NULL),`,
    `calendar AS (${d.calendar('(SELECT MIN(first_period) FROM spans)', lastPeriod, b.period)}),`,
  ];
  const on = [...part, 'scope', 'period'].map((k) => `e.${k} = g.${k}`).join(' AND ');
  const window = (frame: string) =>
    `OVER (PARTITION BY ${[...part, 'scope'].map((k) => `g.${k}`).join(', ')} ORDER BY g.period ROWS ${frame})`;
  const shown = [
    'stock_start > 0 OR stock_end > 0',
    ...(b.options.from ? [`period >= ${d.periodStart(b.param('from_date'), b.period)}`] : []),
  ];
  const scopes = [null, ...def.scopes];
  // Per scope: its changes per period (a CTE), then over its periods from its first on, the
  // running counts at each period's start (the periods before) and end (up to it).
  const perScope = scopes.map((scope, k) => {
    const value = scope ? cell(scope) : "''";
    const where = scope ? ` WHERE ${b.present(scope)}` : '';
    const by = [...part, ...(scope ? [value] : []), 'period'].join(', ');
    return `scope${k} AS (SELECT ${[...part, `${value} AS scope`].join(', ')}, period, SUM(began) AS began, SUM(gone) AS gone, SUM(lost_new) AS lost_new FROM changes${where} GROUP BY ${by})`;
  });
  const blocks = scopes.map((scope, k) => {
    const first = [...part, 'scope'];
    const grid = `SELECT ${[...first.map((c) => `f.${c}`), 'c.period'].join(', ')} FROM (SELECT ${first.join(', ')}, MIN(period) AS since FROM scope${k} GROUP BY ${first.join(', ')}) AS f JOIN calendar AS c ON c.period >= f.since`;
    const running = [
      ...part.map((c) => `g.${c}`),
      'g.period',
      'g.scope',
      `${d.integer(`COALESCE(SUM(e.began - e.gone) ${window('BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING')}, 0)`)} AS stock_start`,
      `${d.integer(`SUM(COALESCE(e.began - e.gone, 0)) ${window('UNBOUNDED PRECEDING')}`)} AS stock_end`,
      `${d.integer('COALESCE(e.began, 0)')} AS began`,
      `${d.integer('COALESCE(e.lost_new, 0)')} AS lost_new`,
    ];
    const measures = Object.entries(def.measures).map(
      ([name, m]) => `${d.integer(stockMeasure(m))} AS ${name}`,
    );
    const select = [
      ...part,
      'period',
      `'${scope ?? 'company'}' AS scope_type`,
      'scope',
      ...measures,
    ];
    const counts = `SELECT ${running.join(', ')} FROM (${grid}) AS g LEFT JOIN scope${k} AS e ON ${on}`;
    return `SELECT ${select.join(', ')} FROM (${counts}) AS r WHERE ${shown.map((x) => `(${x})`).join(' AND ')}`;
  });
  return [
    ...head,
    ...perScope.map((x, k) => (k < perScope.length - 1 ? `${x},` : x)),
    `SELECT u.*, ${valueSql(def.value, d)} AS value FROM (${blocks.join(' UNION ALL ')}) AS u`,
    `ORDER BY ${[...part, 'scope_type', 'scope', 'period'].join(', ')}`,
  ].join('\n');
}
