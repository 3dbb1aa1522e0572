// A seeded generator of the workbook's tables as warehouse rows (header keys of
// src/addon/schema.ts), small and full of the cases where SQL and JavaScript could part: blanks
// (NULL, '', spaces), refunds (negative amounts), instants near midnight and on the
// daylight-saving days of Europe/Paris, Sundays and Mondays around ISO week 1, the leap day,
// duplicate ids, labels in English, French, keys and odd case, invalid scores, Won dates before
// Lead dates, dates after as_of. Same seed, same tables.
import type { Cell, LogicalTable, ResultTable } from '../../src/warehouse/api';
import { isoOfDay, dayOfIso } from '../../src/warehouse/calendar';
import { WAREHOUSE_COLUMNS } from '../../src/warehouse/columns';
import type { RowTables } from '../../src/warehouse/evaluate';

/** The day the parity runs are computed at (some generated rows come after it). */
export const AS_OF = '2026-04-15';
export const TIME_ZONE = 'Europe/Paris';

/** Mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Days worth testing: leap day, DST days, Sunday/Monday pairs around ISO week 1, month ends. */
const EDGE_DAYS = [
  '2024-02-29',
  '2025-10-26', // DST ends in Europe (a 25-hour day)
  '2026-03-29', // DST starts (a 23-hour day), a Sunday
  '2026-03-30', // the Monday after
  '2025-12-28', // Sunday: ISO week 52 of 2025, BigQuery's WEEK already week of Dec 28
  '2025-12-29', // Monday: ISO week 1 of 2026
  '2026-01-04', // Sunday closing ISO week 1
  '2026-02-28',
  '2026-03-01',
  '2026-04-15', // as_of itself
  '2026-04-16', // the day after as_of: left out
].map(dayOfIso);
const FIRST = dayOfIso('2025-09-01');
const LAST = dayOfIso('2026-04-30');

/** UTC offsets (hours) of instants tried around a local day: near both midnights. */
const HOURS = [-2, -1.5, -0.5, 0, 0.5, 1, 9.25, 12, 21.5, 22, 22.5, 23, 23.5, 25];

interface Pick {
  (): number;
  of<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

function picker(seed: number): Pick {
  const r = random(seed);
  const pick = (() => r()) as Pick;
  pick.of = (items) => items[Math.floor(r() * items.length)];
  pick.chance = (p) => r() < p;
  return pick;
}

function day(p: Pick): number {
  return p.chance(0.2) ? p.of(EDGE_DAYS) : FIRST + Math.floor(p() * (LAST - FIRST + 1));
}

function date(p: Pick, blank = 0.08): Cell {
  return p.chance(blank) ? null : isoOfDay(day(p));
}

/** An instant around a local day: as epoch ms or as ISO text, sometimes blank. */
function instant(p: Pick): Cell {
  if (p.chance(0.05)) return null;
  const ms = (day(p) + p.of(HOURS) / 24) * 86_400_000 + Math.floor(p() * 60) * 1000;
  return p.chance(0.5) ? ms : new Date(ms).toISOString();
}

function text(p: Pick, labels: readonly string[], blank = 0.1): Cell {
  if (p.chance(blank)) return p.of([null, '', '   ']);
  return p.of(labels);
}

function amount(p: Pick): Cell {
  if (p.chance(0.06)) return null;
  if (p.chance(0.08)) return -Math.round(p() * 500 * 100) / 100; // refund
  if (p.chance(0.05)) return p.of([0, 0.1, 0.2, 0.3]);
  return Math.round(p() * 5000 * 100) / 100;
}

const TEAMS = ['North', 'South', ' North ', 'Équipe Est'];
const REPS = ['Alice', 'Bob', 'Chloé', ' Alice', 'bob'];
const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise', 'PME', ' smb'];
const SOURCES = [
  'Referral',
  'recommandation',
  'Bouche-à-oreille',
  ' REFERRAL ',
  'Website',
  'Site web',
  'Outbound',
  'other',
];
const KINDS = ['NPS', 'nps', ' CSAT', 'csat', 'Other'];
const TYPES = [
  'Call',
  'Appel',
  ' call ',
  'Email',
  'EMAIL',
  'Webinar',
  'Webinaire',
  'Meeting',
  'Rendez-vous',
  ' meeting ',
  'Proposal',
];
const OUTCOMES = [
  'Positive reply',
  'Réponse positive',
  'positiveReply',
  'Attended',
  'Présent',
  'No answer',
  'Connected',
  'Registered',
  'Held',
  'Rescheduled',
  'Reporté',
  'reporte',
  'No-show',
  'Absent',
  'noShow',
];

function rowsOf(
  table: LogicalTable,
  count: number,
  make: (i: number) => Record<string, Cell>,
): ResultTable {
  const columns = Object.keys(WAREHOUSE_COLUMNS[table]);
  const rows: Cell[][] = [];
  for (let i = 0; i < count; i++) {
    const o = make(i);
    rows.push(columns.map((c) => (o[c] === undefined ? null : o[c])));
  }
  return { columns, rows };
}

function dayAfter(p: Pick, start: Cell, chance: number): Cell {
  if (!p.chance(chance)) return null;
  if (start === null || p.chance(0.04)) return date(p, 0); // no start, or a typo before it
  return isoOfDay(dayOfIso(String(start)) + Math.floor(p() * 60));
}

export interface Sizes {
  pipeline: number;
  customers: number;
  orders: number;
  surveys: number;
  activities: number;
}

const SMALL: Sizes = { pipeline: 14, customers: 8, orders: 16, surveys: 14, activities: 16 };

/** One seed's tables. */
export function generateTables(seed: number, sizes: Sizes = SMALL): Required<RowTables> {
  const p = picker(seed * 7919 + 17);
  const customerIds = Array.from({ length: 8 }, (_, i) => `C${seed}-${i}`);
  const pipeline = rowsOf('Pipeline', sizes.pipeline, (i) => {
    const lead = date(p);
    const opportunity = dayAfter(p, lead, 0.6);
    const proposal = dayAfter(p, opportunity ?? lead, 0.4);
    const closedFrom = proposal ?? opportunity ?? lead;
    const won = dayAfter(p, closedFrom, 0.3);
    const lost = won && !p.chance(0.15) ? null : dayAfter(p, closedFrom, 0.35);
    return {
      dealId: p.chance(0.1) ? 'D1' : `D${i}`,
      account: `Account ${i % 5}`,
      segment: text(p, SEGMENTS),
      rep: text(p, REPS),
      team: text(p, TEAMS),
      source: text(p, SOURCES),
      content: null,
      amount: amount(p),
      cost: p.chance(0.3) ? null : Math.round(p() * 2000 * 100) / 100,
      leadDate: lead,
      opportunityDate: opportunity,
      proposalDate: proposal,
      wonDate: won,
      lostDate: lost,
      lostReason: null,
      expectedClose: null,
    };
  });
  const customers = rowsOf('Customers', sizes.customers, (i) => ({
    customerId: customerIds[i % customerIds.length],
    account: `Account ${i % 5}`,
    segment: text(p, SEGMENTS),
    acquiredDate: date(p),
    churnedDate: p.chance(0.2) ? date(p, 0) : null,
    source: text(p, SOURCES, 0.15),
    dealId: `D${i}`,
    rep: text(p, REPS),
    team: text(p, TEAMS),
  }));
  const orders = rowsOf('Orders', sizes.orders, (i) => ({
    orderId: p.chance(0.1) ? 'O1' : `O${i}`,
    customerId: p.chance(0.06) ? p.of([null, '', ' ']) : p.of(customerIds),
    date: instant(p),
    amount: amount(p),
    cost: p.chance(0.25) ? null : Math.round(p() * 300 * 100) / 100,
    rep: text(p, REPS),
    team: text(p, TEAMS),
  }));
  const surveys = rowsOf('Surveys', sizes.surveys, () => {
    const kind = text(p, KINDS, 0.05);
    const nps = typeof kind === 'string' && kind.trim().toLowerCase() === 'nps';
    const score = p.chance(0.07)
      ? p.of([null, 11, 4.5, -1, 0])
      : nps
        ? Math.floor(p() * 11)
        : 1 + Math.floor(p() * 5);
    return {
      date: instant(p),
      customerId: p.of(customerIds),
      kind,
      score,
      comment: null,
      rep: text(p, REPS),
      team: text(p, TEAMS),
    };
  });
  const activities = rowsOf('Activities', sizes.activities, (i) => ({
    date: instant(p),
    rep: text(p, REPS),
    team: text(p, TEAMS),
    type: text(p, TYPES, 0.05),
    duration: p.chance(0.1) ? null : p.of([0, 5, 14.9, 15, 15, 30, 45, 60]),
    outcome: text(p, OUTCOMES),
    dealId: `D${i % 10}`,
  }));
  const spend = rowsOf('Spend', 0, () => ({}));
  return {
    Pipeline: pipeline,
    Customers: customers,
    Orders: orders,
    Surveys: surveys,
    Activities: activities,
    Spend: spend,
  };
}

/** Many seeds' tables in one set of tables, each row carrying its `seed` (first column). */
export function batchTables(seeds: readonly number[], sizes: Sizes = SMALL): Required<RowTables> {
  const out = {} as Record<LogicalTable, ResultTable>;
  for (const seed of seeds) {
    const tables = generateTables(seed, sizes);
    for (const [name, t] of Object.entries(tables) as [LogicalTable, ResultTable][]) {
      const into = (out[name] ??= { columns: ['seed', ...t.columns], rows: [] });
      for (const row of t.rows) into.rows.push([seed, ...row]);
    }
  }
  return out;
}
