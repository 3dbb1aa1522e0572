// =KPI_* functions of results: order value, gross margin, acquisition cost, lifetime value and
// profitability by segment. Reading here, mathematics in src/kpi/results.ts.
import {
  cltv,
  distinctCount,
  marginRate,
  marginTotals,
  presentValues,
  segmentProfitabilityOfGroups,
  sumPresent,
} from '../kpi/results';
import { mean, median } from '../kpi/stats';
import { Arg, Table, toGrid } from './values/cells';
import { readColumns } from './columns';
import { readNewCustomers } from './customerCounts';
import { declareKpi, gives, spills, type KpiFunction } from './declare';
import { fail } from './errors';
import { ratio } from './ratio';
import { numberCell, tableOf } from './tables';
import { fraction, notNegative, readScalars } from './scalar-rules';
import { inHugeUnits } from './huge-unit';
import { choice, number, numberOrCells, numberOrNumbers, numbers, texts } from './params';

// The text options of this family's functions: each gives its parameter's help and reads its
// argument.
const AOV_STATISTIC = choice('statistic', ['mean', 'median']);

const NO_AMOUNT = 'amounts holds no number, so there is no order value to average';

export const kpiAov = declareKpi(
  {
    name: 'KPI_AOV',
    en: 'Average order value: the mean (default) or median of the order amounts.',
    fr: 'Panier moyen : la moyenne (par défaut) ou la médiane des montants de commande.',
    params: [numbers('amounts', 'The order amounts.'), AOV_STATISTIC.param],
    returns: gives('number', 'The average order value.'),
    example: '=KPI_AOV(Orders!D2:D, "median")',
  },
  (fn, amounts: Arg, statistic?: Arg): number => {
    const stat = AOV_STATISTIC.read(fn, statistic);
    const column = readColumns(fn, { amounts: [amounts, 'number'] }).amounts;
    if (stat === 'median') {
      const values = presentValues(column);
      if (values.length === 0) fail(fn, NO_AMOUNT);
      return median(values);
    }
    // The mean needs no packed copy: sumPresent adds the same amounts in the same order.
    const { sum, count } = sumPresent(column);
    if (count === 0) fail(fn, NO_AMOUNT);
    // Amounts near the largest double add up past it; their mean does not.
    return Number.isFinite(sum) ? sum / count : mean(presentValues(column));
  },
);

export const kpiGrossMargin = declareKpi(
  {
    name: 'KPI_GROSS_MARGIN',
    en: 'Gross margin rate: (total revenue − total cost) / total revenue. Rows with a blank revenue are skipped; a blank cost counts as 0.',
    fr: 'Taux de marge brute : (chiffre d’affaires total − coûts totaux) / chiffre d’affaires total. Les lignes sans chiffre d’affaires sont ignorées ; un coût vide compte pour 0.',
    params: [
      numberOrNumbers('revenue', 'The revenue, a number or a range.'),
      numberOrNumbers('cost', 'The cost, parallel to revenue.'),
    ],
    returns: gives('number', 'The gross margin rate.'),
    example: '=KPI_GROSS_MARGIN(Orders!D2:D, Orders!E2:E)',
  },
  (fn, revenue: Arg, cost: Arg): number => {
    const cols = readColumns(fn, { revenue: [revenue, 'number'], cost: [cost, 'number'] });
    let totals = marginTotals(cols.revenue, cols.cost);
    if (!Number.isFinite(totals.revenue) || !Number.isFinite(totals.cost)) {
      // Totals past the largest double: the rate does not depend on the unit, so the amounts are
      // taken in units of 2^1000 (an exact change of unit for any amount of that size).
      totals = marginTotals(inHugeUnits(cols.revenue), inHugeUnits(cols.cost));
    }
    if (totals.rows === 0) fail(fn, 'revenue holds no number, so the margin rate is not defined');
    if (totals.revenue <= 0) {
      fail(
        fn,
        `total revenue is ${totals.revenue}; the margin rate is only defined for a positive total revenue`,
      );
    }
    return marginRate(totals.revenue, totals.cost);
  },
);

const NEW_CUSTOMERS_HELP =
  'The number of new customers, a range of counts, or a range of customer identifiers (a whole column such as Customers!A:A skips its Customer ID heading).';

export const kpiCac = declareKpi(
  {
    name: 'KPI_CAC',
    en: 'Customer acquisition cost: total spend / new customers, where new customers is the sum of a range of counts or the number of distinct customer identifiers.',
    fr: 'Coût d’acquisition client : dépenses totales / nouveaux clients, où les nouveaux clients sont la somme d’une plage de nombres ou le nombre d’identifiants clients distincts.',
    params: [
      numberOrNumbers('spend', 'The acquisition spend.'),
      numberOrCells('new_customers', NEW_CUSTOMERS_HELP),
    ],
    returns: gives('number', 'The cost per new customer.'),
    example: '=KPI_CAC(Spend!C2:C, Customers!A2:A)',
  },
  (fn, spend: Arg, newCustomers: Arg): number => {
    const spent = readColumns(fn, { spend: [spend, 'number'] });
    // Spend and customers come from different tables (sizes differ), so they are read apart; a
    // header above the spend still says the customer range was selected with its header too.
    const grid = toGrid(spend);
    // readColumns has checked that the range is rectangular: rows × width cells, no copy needed.
    const spendHeader = spent.length !== (grid.length ? grid.length * grid[0].length : 0);
    const { sum, count } = sumPresent(spent.spend);
    if (count === 0) fail(fn, 'spend holds no number');
    if (sum < 0) fail(fn, `total spend is ${sum}; an acquisition spend cannot be negative`);
    const customers = readNewCustomers(fn, newCustomers, spendHeader);
    const n = customers.kind === 'counts' ? customers.total : distinctCount(customers.ids);
    return ratio(
      fn,
      sum,
      n,
      'new_customers adds up to 0; the cost per new customer is not defined without new customers',
    );
  },
);

export const kpiCltv = declareKpi(
  {
    name: 'KPI_CLTV',
    en: 'Customer lifetime value: average order value × purchase frequency × gross margin × lifespan (frequency and lifespan in the same period unit).',
    fr: 'Valeur vie client : panier moyen × fréquence d’achat × taux de marge brute × durée de vie (fréquence et durée de vie dans la même unité de période).',
    params: [
      number('avg_order_value', 'The average order value.'),
      number('purchase_frequency', 'Purchases per customer per period.'),
      number('gross_margin', 'The gross margin rate, a fraction from 0 to 1.'),
      number('lifespan', 'The customer lifespan in periods.'),
    ],
    returns: gives('number', 'The lifetime value of a customer.'),
    example: '=KPI_CLTV(480, 3, 62%, 4)',
  },
  (fn, avgOrderValue: Arg, purchaseFrequency: Arg, grossMargin: Arg, lifespan: Arg): number => {
    const v = readScalars(fn, {
      avg_order_value: [avgOrderValue, notNegative('an order value')],
      purchase_frequency: [purchaseFrequency, notNegative('a purchase frequency')],
      gross_margin: [grossMargin, fraction('a 35 % margin is 0.35')],
      lifespan: [lifespan, notNegative('a lifespan')],
    });
    return cltv(v.avg_order_value, v.purchase_frequency, v.gross_margin, v.lifespan);
  },
);

const SEGMENT_HEADER = [
  'Segment',
  'Revenue',
  'Gross margin',
  'Margin rate',
  'Share of gross margin',
];

export const kpiSegmentProfitability = declareKpi(
  {
    name: 'KPI_SEGMENT_PROFITABILITY',
    en: 'Profitability by segment: revenue, gross margin, margin rate and share of total gross margin for each segment, largest gross margin first.',
    fr: 'Rentabilité par segment : chiffre d’affaires, marge brute, taux de marge et part de la marge brute totale de chaque segment, la plus grande marge en premier.',
    params: [
      texts('segments', 'The segment of each row.'),
      numbers('revenue', 'The revenue of each row.'),
      numbers('cost', 'The cost of each row.'),
    ],
    returns: spills('A table: segment, revenue, gross margin, margin rate, share of gross margin.'),
    example: '=KPI_SEGMENT_PROFITABILITY(Pipeline!C2:C, Pipeline!H2:H, Pipeline!I2:I)',
  },
  (fn, segments: Arg, revenue: Arg, cost: Arg): Table => {
    const cols = readColumns(fn, {
      segments: [segments, 'folded-codes'],
      revenue: [revenue, 'number'],
      cost: [cost, 'number'],
    });
    // Segments group without regard to case; the spelling of the group's first row with a
    // revenue names it.
    const { codes, values } = cols.segments;
    const rows = segmentProfitabilityOfGroups(
      codes,
      values.length,
      cols.revenue,
      cols.cost,
      (row) => cols.identifierAt('segments', row),
    );
    if (rows.length === 0) {
      fail(fn, 'no row has both a segment and a revenue, so there is nothing to group');
    }
    return tableOf(SEGMENT_HEADER, rows.length, (k) => {
      const row = rows[k];
      return [row.segment, row.revenue, row.margin, numberCell(row.rate), numberCell(row.share)];
    });
  },
);

/** The results family's functions, in the order of docs/kpi-functions.md. */
export const RESULTS_FUNCTIONS: readonly KpiFunction[] = [
  kpiAov,
  kpiGrossMargin,
  kpiCac,
  kpiCltv,
  kpiSegmentProfitability,
];
