// Benchmark cases for the =KPI_* functions: Sheets-shaped inputs (columns of rows) of a given
// number of cells, and the plain loop each one is compared with (the same cells read once).
// The declared functions (src/functions/kpi-functions.ts) are the list: those of single values
// are timed with their declared example, and the bench names any function left without a case.
import { exampleArguments } from '../src/functions/declare';
import { KPI_FUNCTIONS } from '../src/functions/kpi-functions';
import { random } from '../local/warehouse/generate';
type Grid = unknown[][];
export interface Case {
  /** The function, with what sets this case apart: "KPI_WIN_RATE (dates)". */
  name: string;
  /** Arguments over about n cells in total. */
  make(n: number): unknown[];
  /** True for the simple aggregations held to 4× of the plain loop. */
  simple: boolean;
}

const column = (cells: number, f: (i: number, r: () => number) => unknown, seed = 1): Grid => {
  const n = Math.floor(cells);
  const r = random(seed);
  const out: Grid = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [f(i, r)];
  return out;
};
/**
 * A column of texts as Sheets hands them over: each text flat in memory (texts built by
 * concatenation here are chains of pieces, which every hash or comparison first copies).
 */
const texts = (cells: number, f: (i: number, r: () => number) => string, seed = 1): Grid =>
  JSON.parse(JSON.stringify(column(cells, f, seed))) as Grid;
const BASE_DATE = Date.UTC(2024, 0, 1);
const dateAt = (i: number) => new Date(BASE_DATE + (i % 700) * 86_400_000);
const amount = (_: number, r: () => number) => Math.round(r() * 5000 * 100) / 100;
const marker = (_: number, r: () => number) => (r() < 0.4 ? dateAt(Math.floor(r() * 700)) : '');
const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise', 'Public', 'Partner'];
const CONTENT = ['Case study', 'Webinar', 'Whitepaper', 'Demo video', 'Pricing page'];

export const CASES: Case[] = [
  { name: 'KPI_NPS', simple: true, make: (n) => [column(n, (_, r) => Math.floor(r() * 11))] },
  { name: 'KPI_CSAT', simple: true, make: (n) => [column(n, (_, r) => 1 + Math.floor(r() * 5))] },
  { name: 'KPI_AOV', simple: true, make: (n) => [column(n, amount)] },
  {
    name: 'KPI_GROSS_MARGIN',
    simple: true,
    make: (n) => [column(n / 2, amount), column(n / 2, amount, 2)],
  },
  {
    name: 'KPI_CONVERSION',
    simple: true,
    make: (n) => [column(n / 2, marker), column(n / 2, marker, 2)],
  },
  {
    name: 'KPI_FUNNEL',
    simple: true,
    make: (n) => {
      const rows = Math.floor(n / 4);
      const r = random(3);
      const block: Grid = [['Lead', 'Opportunity', 'Proposal', 'Won']];
      for (let i = 0; i < rows; i++)
        block.push([
          dateAt(i),
          r() < 0.4 ? dateAt(i) : '',
          r() < 0.25 ? dateAt(i) : '',
          r() < 0.1 ? dateAt(i) : '',
        ]);
      return [block];
    },
  },
  {
    name: 'KPI_SEGMENT_PROFITABILITY',
    simple: true,
    make: (n) => [
      column(n / 3, (i) => SEGMENTS[i % 5]),
      column(n / 3, amount),
      column(n / 3, amount, 2),
    ],
  },
  {
    name: 'KPI_WIN_RATE',
    simple: false,
    make: (n) => [column(n, (_, r) => (r() < 0.3 ? 'Won' : r() < 0.6 ? 'Lost' : 'Open'))],
  },
  {
    name: 'KPI_CYCLE_DAYS',
    simple: false,
    make: (n) => [
      column(n / 2, (i) => dateAt(i)),
      column(n / 2, (i) => new Date(dateAt(i).getTime() + 30 * 86_400_000)),
    ],
  },
  {
    name: 'KPI_CAC',
    simple: false,
    make: (n) => [column(n / 2, amount), column(n / 2, (i) => `C${i % 5000}`)],
  },
  {
    name: 'KPI_RETENTION',
    simple: false,
    make: (n) => [column(n / 2, (i) => `C${i}`), column(n / 2, (i) => `C${i * 2}`)],
  },
  {
    name: 'KPI_REFERRAL_RATE',
    simple: false,
    make: (n) => [column(n, (_, r) => (r() < 0.2 ? 'Referral' : 'Inbound'))],
  },
  {
    name: 'KPI_COHORT_RETENTION',
    simple: false,
    make: (n) => [
      column(n / 2, (_, r) => `C${Math.floor(r() * 20000)}`),
      column(n / 2, (i) => dateAt(i)),
    ],
  },
  {
    name: 'KPI_INTERACTION_SCORE',
    simple: false,
    make: (n) => [
      column(n / 3, (i) => ['Call', 'Email', 'Webinar', 'Meeting'][i % 4]),
      column(n / 3, (_, r) => Math.floor(r() * 60)),
      column(n / 3, (i) => ['Positive reply', 'Attended', 'No answer'][i % 3]),
    ],
  },
  {
    name: 'KPI_CONTENT_PROGRESSION',
    simple: false,
    make: (n) => [column(n / 2, (i) => CONTENT[i % 5]), column(n / 2, (_, r) => r() < 0.3)],
  },
  // Columns of distinct values: the tables then have a row per value, to group and to sort.
  {
    name: 'KPI_CONTENT_PROGRESSION (distinct types)',
    simple: false,
    make: (n) => [
      texts(n / 2, (_, r) => `Content ${Math.floor(r() * 1e9)}`),
      column(n / 2, (_, r) => r() < 0.3),
    ],
  },
  {
    name: 'KPI_SEGMENT_PROFITABILITY (distinct segments)',
    simple: false,
    make: (n) => [
      texts(n / 3, (i) => `Segment ${i}`),
      column(n / 3, amount),
      column(n / 3, amount, 2),
    ],
  },
  {
    name: 'KPI_WIN_RATE (distinct texts)',
    simple: false,
    make: (n) => [texts(n, (i, r) => (r() < 0.3 ? 'Won' : r() < 0.5 ? 'Lost' : `Note ${i}`))],
  },
  {
    name: 'KPI_WIN_RATE (dates)',
    simple: false,
    make: (n) => [column(n, (i, r) => (r() < 0.01 ? 'Won' : r() < 0.02 ? 'Lost' : dateAt(i)))],
  },
  {
    name: 'KPI_COHORT_RETENTION (distinct customers)',
    simple: false,
    make: (n) => [
      texts(n / 2, (i) => `C${i}`),
      column(n / 2, (_, r) => new Date(BASE_DATE + Math.floor(r() * 3650) * 86_400_000)),
    ],
  },
  {
    name: 'KPI_TREND',
    simple: false,
    make: (n) => [column(n / 2, (i) => dateAt(i)), column(n / 2, amount)],
  },
  { name: 'KPI_ANOMALIES', simple: false, make: (n) => [column(n, amount)] },
  {
    name: 'KPI_CORRELATION',
    simple: false,
    make: (n) => [column(n / 2, amount), column(n / 2, amount, 2), 1],
  },
];

/** Functions of single values whose declared example refers to cells: their arguments here. */
const SCALAR_ARGUMENTS: Readonly<Record<string, unknown[]>> = {
  KPI_ALERT: [0.27, 0.3, 0.1],
  KPI_PROGRESS: [60, 100, '2026-01-01', '2026-12-31', '2026-07-01'],
};

/**
 * Functions of single values, timed per call, not over cells: each declared function whose
 * example is literal values (a new one is benched without a case here), and those above.
 */
export const SCALAR_CASES: Array<{ name: string; args: unknown[] }> = KPI_FUNCTIONS.flatMap(
  ({ declaration: { name, example } }) => {
    const args = SCALAR_ARGUMENTS[name] ?? exampleArguments(example);
    return args ? [{ name, args }] : [];
  },
);

/** Declared functions with no case above: the bench says so. */
export function unbenched(): string[] {
  const benched = new Set([...CASES, ...SCALAR_CASES].map((c) => c.name.split(' ')[0]));
  return KPI_FUNCTIONS.map((f) => f.declaration.name).filter((name) => !benched.has(name));
}

/** The plain loop: read every cell once and add up the numbers (what any function must do). */
export function plainLoop(args: unknown[]): number {
  let acc = 0;
  for (const arg of args) {
    if (!Array.isArray(arg)) continue;
    for (const row of arg as Grid) {
      for (const cell of row) {
        if (typeof cell === 'number') acc += cell;
        else if (cell instanceof Date) acc += cell.getTime();
        else if (typeof cell === 'string' && cell !== '') acc += 1;
      }
    }
  }
  return acc;
}
