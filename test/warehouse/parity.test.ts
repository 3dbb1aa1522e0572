// The DuckDB twin of every warehouse KPI query returns exactly what the JavaScript evaluator of
// the same definitions computes, on 1,000 small seeded workbooks full of edge cases
// (local/warehouse/generate.ts): counts equal, doubles within 1e-9 relative. The seeds are split
// in three, one per period (day, ISO week, month), each third loaded once into its own DuckDB
// schema with a `seed` column that every query also groups by, so a KPI is one query per period.
// A stock (retention) has a row per period and scope for every period its customers are active
// in: its daily and weekly runs report from a later period on (STOCK_FROM; their stock still
// counts every earlier customer), as the whole history would be half a million daily rows.
import { LocalWarehouse } from '../../local/warehouse/duckdb';
import { AS_OF, batchTables, TIME_ZONE } from '../../local/warehouse/generate';
import type { Cell, LogicalTable, Tables, WarehousePeriod } from '../../src/warehouse/api';
import { DEFINITIONS } from '../../src/warehouse/definitions';
import { emitDuckDb } from '../../src/warehouse/emit-duckdb';
import { evaluateKpi, type RowTables } from '../../src/warehouse/evaluate';
import { differences } from './compare';

const SEEDS = 1000;
const PERIODS: readonly WarehousePeriod[] = ['day', 'week', 'month'];

const STOCK_FROM: Partial<Record<WarehousePeriod, string>> = {
  day: '2026-04-06',
  week: '2025-12-01',
};

let warehouse: LocalWarehouse;
const batches = new Map<WarehousePeriod, { rows: RowTables; tables: Tables }>();

beforeAll(async () => {
  warehouse = await LocalWarehouse.create();
  for (const [k, period] of PERIODS.entries()) {
    const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1).filter((s) => s % 3 === k);
    const rows = batchTables(seeds);
    await warehouse.connection.run(`CREATE SCHEMA ${period}`);
    await warehouse.load(rows, ['seed'], period);
    const tables: Tables = Object.fromEntries(
      Object.keys(rows).map((t) => [t, { table: `${period}.${t.toLowerCase()}` }]),
    ) as Record<LogicalTable, { table: string }>;
    batches.set(period, { rows, tables });
  }
});

afterAll(() => warehouse.close());

test('the seeds hold the edge cases the parity is about', () => {
  const all = [...batches.values()].map((b) => b.rows);
  const cells = (table: LogicalTable, column: string) =>
    all.flatMap((rows) => {
      const t = rows[table]!;
      const i = t.columns.indexOf(column);
      return t.rows.map((r) => r[i]);
    });
  const instants = cells('Orders', 'date').filter((c) => c !== null);
  const utcDays = instants.map((c) => new Date(c as string | number).toISOString().slice(0, 10));
  const amounts = cells('Orders', 'amount');
  const orderIds = cells('Orders', 'orderId');
  const seeds = cells('Orders', 'seed');
  const types = cells('Activities', 'type');
  const acquired = cells('Customers', 'acquiredDate') as (string | null)[];
  const churned = cells('Customers', 'churnedDate') as (string | null)[];
  const outcomes = cells('Activities', 'outcome');
  const meeting = (t: Cell) => typeof t === 'string' && /meeting|rendez-vous/i.test(t);
  const NOT_HELD: Cell[] = ['Rescheduled', 'Reporté', 'reporte', 'No-show', 'Absent', 'noShow'];
  const counts = {
    refunds: amounts.filter((a) => typeof a === 'number' && a < 0).length,
    blankAmounts: amounts.filter((a) => a === null).length,
    blankTexts: cells('Pipeline', 'team').filter((t) => t === null || String(t).trim() === '')
      .length,
    springForward: utcDays.filter((d) => d === '2026-03-29').length,
    fallBack: utcDays.filter((d) => d === '2025-10-26').length,
    leapDay: cells('Pipeline', 'leadDate').filter((d) => d === '2024-02-29').length,
    sundays: cells('Pipeline', 'wonDate').filter((d) => d === '2025-12-28' || d === '2026-01-04')
      .length,
    // Order ids used twice within one seed.
    duplicateIds: orderIds.length - new Set(orderIds.map((id, k) => `${seeds[k]}|${id}`)).size,
    afterAsOf: cells('Pipeline', 'leadDate').filter((d) => d !== null && String(d) > AS_OF).length,
    // Customers churned before they were acquired, after as_of, on a month's first day, or
    // acquired after as_of.
    churnedFirst: churned.filter((d, k) => d !== null && acquired[k] !== null && d < acquired[k]!)
      .length,
    churnedAfterAsOf: churned.filter((d) => d !== null && d > AS_OF).length,
    churnedOnFirst: churned.filter((d) => d !== null && d.endsWith('-01')).length,
    acquiredAfterAsOf: acquired.filter((d) => d !== null && d > AS_OF).length,
    frenchMeetings: types.filter((t) => t === 'Rendez-vous').length,
    // Meetings that did not take place (each label of them is checked below), or blank outcomes.
    notHeldMeetings: outcomes.filter((o, k) => meeting(types[k]) && NOT_HELD.includes(o)).length,
    blankOutcomes: outcomes.filter((o, k) => meeting(types[k]) && String(o ?? '').trim() === '')
      .length,
  };
  for (const [name, count] of Object.entries(counts))
    expect([name, count > 20]).toEqual([name, true]);
  for (const label of NOT_HELD)
    expect([label, outcomes.some((o, k) => o === label && meeting(types[k]))]).toEqual([
      label,
      true,
    ]);
});

describe.each(PERIODS)('per %s', (period) => {
  test.each(DEFINITIONS.map((d) => [d.id, d] as const))(
    '%s: DuckDB = JavaScript',
    async (_, def) => {
      const { rows, tables } = batches.get(period)!;
      const from = def.kind === 'stock' ? STOCK_FROM[period] : undefined;
      const options = { asOf: AS_OF, timeZone: TIME_ZONE, period, partitionBy: 'seed', from };
      const sql = await warehouse.run(emitDuckDb(def, tables, options));
      const js = evaluateKpi(def, rows, options);
      expect(sql.rows.length).toBeGreaterThan(0);
      expect(differences(sql, js)).toEqual([]);
    },
  );
});
