// The "Quick start" sheet of the demo workbook: one working example of every =KPI_* function
// (the examples of README.md's function table, adapted to the demo's sheets and columns), each
// with a label and the formula written out as text, so a fresh user sees what to type and what
// it gives. Pure data: build.ts lays it out in the workbook.
import type { SampleDip } from '../../src/addon/sample-data';
import { exampleArguments } from '../../src/functions/declare';
import { KPI_FUNCTIONS } from '../../src/functions/kpi-functions';

export interface QuickStartExample {
  /** A name other examples use as {name} for this example's result cell. */
  name?: string;
  label: string;
  /** The formula; {name} is replaced by the A1 address of that example's result cell. */
  formula: string;
  /** Rows and columns the result spills over (1 × 1 for a single value). */
  rows?: number;
  cols?: number;
  /** Number formats of the result's columns, left to right (the last one repeats). */
  formats?: string[];
  /** Draw a line chart of the spilled table (its first two columns), with this title. */
  chart?: string;
  /**
   * Put the result beside that example's table (the column after it, from its first data row)
   * instead of on a row of its own; the label then heads that column.
   */
  beside?: string;
}

const PCT = '0.0%';
const MONEY = '#,##0.00';
const COUNT = '#,##0';

/** The examples, top to bottom; `dip` aims the alert example at the demo's built-in dip. */
export function quickStartExamples(dip: SampleDip): QuickStartExample[] {
  // Open-ended ranges ("Pipeline!J2:J") as Sheets users write them: rows added later count.
  const col =
    (sheet: string) =>
    (letters: string, first = 2): string => {
      const [a, b] = letters.split(':');
      return `${sheet}!${a}${first}:${b ?? a}`;
    };
  const act = col('Activities');
  const pip = col('Pipeline');
  const cus = col('Customers');
  const ord = col('Orders');
  const sur = col('Surveys');
  const spd = col('Spend');
  const [year, month] = dip.month.split('-').map(Number);
  const [prevYear, prevMonth] = dip.previousMonth.split('-').map(Number);
  const teamNps = (y: number, m: number): string =>
    `=KPI_NPS(FILTER(${sur('D')}, ${sur('C')}="NPS", ${sur('G')}="${dip.team}", ` +
    `${sur('A')}>=DATE(${y},${m},1), ${sur('A')}<EDATE(DATE(${y},${m},1),1)))`;
  // The 12 complete months up to the last one (the demo lives on the day it is built).
  const yearEnd = `EDATE(DATE(${year},${month},1),1)`;
  const yearStart = `EDATE(DATE(${year},${month},1),-11)`;
  const [endYear, endMonth, endDay] = dip.endDate.split('-').map(Number);
  const customersAt = (day: string): string =>
    `COUNTIFS(${cus('D')},"<"&${day})-COUNTIFS(${cus('E')},"<"&${day})`;
  const contentRate = (content: string): string =>
    `COUNTIFS(${pip('G')},"${content}",${pip('K')},"<>"), COUNTIF(${pip('G')},"${content}")`;

  const written: QuickStartExample[] = [
    {
      name: 'conversion',
      label: 'KPI_CONVERSION: lead → opportunity conversion',
      formula: `=KPI_CONVERSION(${pip('J')}, ${pip('K')})`,
      formats: [PCT],
    },
    {
      label: 'KPI_FUNNEL: the pipeline funnel (first row of the block = stage names)',
      formula: `=KPI_FUNNEL(${pip('J:M', 1)})`,
      rows: 5,
      cols: 4,
      formats: ['@', COUNT, PCT],
    },
    {
      name: 'winRate',
      label: 'KPI_WIN_RATE: won / (won + lost) deals',
      formula: `=KPI_WIN_RATE(IF(${pip('M')}<>"", "Won", IF(${pip('N')}<>"", "Lost", "")))`,
      formats: [PCT],
    },
    {
      name: 'cycle',
      label: 'KPI_CYCLE_DAYS: median days from lead to won',
      formula: `=KPI_CYCLE_DAYS(${pip('J')}, ${pip('M')})`,
      formats: ['0'],
    },
    {
      label: 'KPI_SALES_VELOCITY: revenue per day of the open pipeline',
      formula:
        `=KPI_SALES_VELOCITY(COUNTIFS(${pip('K')},"<>",${pip('M')},"",${pip('N')},""), ` +
        `{winRate}, AVERAGEIFS(${pip('H')}, ${pip('M')}, "<>"), {cycle})`,
      formats: [MONEY],
    },
    {
      name: 'aov',
      label: 'KPI_AOV: average order value',
      formula: `=KPI_AOV(${ord('D')})`,
      formats: [MONEY],
    },
    {
      label: 'KPI_AOV (median)',
      formula: `=KPI_AOV(${ord('D')}, "median")`,
      formats: [MONEY],
    },
    {
      name: 'margin',
      label: 'KPI_GROSS_MARGIN: (revenue − cost) / revenue of the orders',
      formula: `=KPI_GROSS_MARGIN(${ord('D')}, ${ord('E')})`,
      formats: [PCT],
    },
    {
      label: 'KPI_CAC: marketing spend per customer acquired in the 24 months',
      formula: `=KPI_CAC(${spd('C')}, FILTER(${cus('A')}, ${cus('D')}>=MIN(${spd('A')})))`,
      formats: [MONEY],
    },
    {
      label: 'KPI_CLTV: order value × 3 orders a year × margin × 4 years',
      formula: '=KPI_CLTV({aov}, 3, {margin}, 4)',
      formats: [MONEY],
    },
    {
      label: 'KPI_SEGMENT_PROFITABILITY: pipeline margin by segment',
      formula: `=KPI_SEGMENT_PROFITABILITY(${pip('C')}, ${pip('H')}, ${pip('I')})`,
      rows: 4,
      cols: 5,
      formats: ['@', MONEY, MONEY, PCT, PCT],
    },
    {
      label: 'KPI_RETENTION: customers kept over the last 12 complete months (counts form)',
      formula: `=KPI_RETENTION(${customersAt(yearStart)}, ${customersAt(yearEnd)}, COUNTIFS(${cus('D')},">="&${yearStart},${cus('D')},"<"&${yearEnd}))`,
      formats: [PCT],
    },
    {
      label: 'KPI_NPS: Net Promoter Score of the NPS answers',
      formula: `=KPI_NPS(FILTER(${sur('D')}, ${sur('C')}="NPS"))`,
      formats: ['0.0'],
    },
    {
      label: 'KPI_CSAT: share of CSAT answers scoring 4 or 5',
      formula: `=KPI_CSAT(FILTER(${sur('D')}, ${sur('C')}="CSAT"), 5)`,
      formats: [PCT],
    },
    {
      label: 'KPI_REFERRAL_RATE: share of customers who came by referral',
      formula: `=KPI_REFERRAL_RATE(${cus('F')})`,
      formats: [PCT],
    },
    {
      label: 'KPI_COHORT_RETENTION: customers active by quarter after their first order',
      formula: `=KPI_COHORT_RETENTION(${ord('B')}, ${ord('C')}, "quarter")`,
      rows: 10,
      cols: 11,
      formats: ['yyyy-mm-dd', COUNT, PCT],
    },
    {
      label: 'KPI_INTERACTION_SCORE: significant calls, email replies and webinars',
      formula: `=KPI_INTERACTION_SCORE(${act('D')}, ${act('E')}, ${act('F')})`,
      formats: [COUNT],
    },
    {
      label: 'KPI_CONTENT_PROGRESSION: leads reaching opportunity, by content consumed',
      formula: `=KPI_CONTENT_PROGRESSION(${pip('G')}, ${pip('K')})`,
      rows: 6,
      cols: 4,
      formats: ['@', COUNT, COUNT, PCT],
    },
    {
      name: 'npsPrevious',
      label: `NPS of team ${dip.team} in ${dip.previousMonth}`,
      formula: teamNps(prevYear, prevMonth),
      formats: ['0.0'],
    },
    {
      name: 'npsCurrent',
      label: `NPS of team ${dip.team} in ${dip.month}`,
      formula: teamNps(year, month),
      formats: ['0.0'],
    },
    {
      label: 'KPI_ALERT: did that NPS fall by 10 points or more?',
      formula: '=KPI_ALERT({npsCurrent}, {npsPrevious}, 10, "points")',
    },
    {
      name: 'trend',
      label: 'KPI_TREND: order revenue by complete month (charted on the right)',
      formula: `=KPI_TREND(FILTER(${ord('C')}, ${ord('C')}<${yearEnd}), FILTER(${ord('D')}, ${ord('C')}<${yearEnd}), "month")`,
      rows: 25,
      cols: 4,
      formats: ['yyyy-mm', COUNT, PCT, COUNT],
      chart: 'Order revenue by month',
    },
    {
      label: 'KPI_ANOMALIES: unusual month?',
      formula: '=KPI_ANOMALIES({trend.values})',
      rows: 24,
      beside: 'trend',
    },
    {
      label: 'SPARKLINE of the monthly revenue (a Sheets function, drawn small)',
      formula: '=SPARKLINE({trend.values})',
    },
    {
      label: "KPI_CORRELATION: does a month's revenue follow the previous one's? (lag 1)",
      formula: '=KPI_CORRELATION({trend.values}, {trend.values}, 1)',
      formats: ['0.00'],
    },
    {
      label: 'KPI_EXPERIMENT: case study vs whitepaper, lead → opportunity',
      formula: `=KPI_EXPERIMENT(${contentRate('Whitepaper')}, ${contentRate('Case study')})`,
      rows: 2,
      cols: 4,
      formats: [PCT, PCT, PCT, '0.0000'],
    },
    {
      label: 'KPI_SAMPLE_SIZE: leads per group to detect +20 % on a 10 % rate',
      formula: '=KPI_SAMPLE_SIZE(10%, 20%)',
      formats: [COUNT],
    },
    {
      label: `KPI_PROGRESS: ${endYear} order revenue against a 25,000,000 objective`,
      formula: `=KPI_PROGRESS(SUMIFS(${ord('D')}, ${ord('C')}, ">="&DATE(${endYear},1,1)), 25000000, DATE(${endYear},1,1), DATE(${endYear},12,31), DATE(${endYear},${endMonth},${endDay}))`,
      rows: 2,
      cols: 4,
      formats: [PCT, PCT, COUNT, '@'],
    },
    {
      label: 'KPI_EXPLAIN: a definition in words (here in French)',
      formula: '=KPI_EXPLAIN("KPI_NPS", "fr")',
    },
  ];
  return [...written, ...declaredExamples(written)];
}

/**
 * A declared function of a single value that no example above calls is shown with its declared
 * example when that holds values only (it runs on any sheet): a new one appears without an edit
 * here. Any other needs an example written above (test/local/quick-start.test.ts says which).
 */
function declaredExamples(written: readonly QuickStartExample[]): QuickStartExample[] {
  const shown = new Set(written.flatMap((e) => calledFunctions(e.formula)));
  return KPI_FUNCTIONS.map((f) => f.declaration)
    .filter((d) => !shown.has(d.name) && d.returns.type && exampleArguments(d.example))
    .map((d) => ({ label: `${d.name}: ${d.help.en.split(/[:.]/)[0]}`, formula: d.example }));
}

/** The =KPI_* functions a formula calls. */
export function calledFunctions(formula: string): string[] {
  return [...formula.matchAll(/\b(KPI_\w+)\(/g)].map((m) => m[1]);
}
