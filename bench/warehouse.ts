// npx tsx bench/warehouse.ts: the warehouse KPI suite at scale, on the local DuckDB twin.
// 10 M orders, 10 M survey answers, 2 M deals (plus 1 M customers and 2 M activities) are
// generated inside DuckDB from range() with fixed hash seeds (the same tables every run), then
// every warehouse KPI's emitted DuckDB query runs (monthly, every scope) and its result is
// finished in JavaScript. Prints the seconds of each step and the process's peak RSS (DuckDB's
// memory is in the process). The database is a temporary file, deleted at the end. Target (issue 16): the suite within 60 s and 2 GB on 2 cores.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCAL_TABLES, LocalWarehouse } from '../local/warehouse/duckdb';
import { finishResult } from '../src/warehouse/finish';
import { emitQuery, WAREHOUSE_KPIS } from '../src/warehouse/emit';
import { COVERED_TABLES, coverageId } from '../src/warehouse/coverage';
import { emitCoverage } from '../src/warehouse/coverage-emit';

/** `npx tsx bench/warehouse.ts 0.01` runs a hundredth of the rows (a quick check). */
const SCALE = Number(process.argv[2] ?? 1);
const rows = (n: number) => Math.round(n * SCALE);
const ORDERS = rows(10_000_000);
const SURVEYS = rows(10_000_000);
const DEALS = rows(2_000_000);
const CUSTOMERS = rows(1_000_000);
const ACTIVITIES = rows(2_000_000);

/** A deterministic pseudo-random whole number in [0, n) for row i and stream k. */
const r = (k: number, n: number) => `CAST(hash(i * 64 + ${k}) % ${n} AS BIGINT)`;
/** A day from 2024-01-01 within three years. */
const day = (k: number) => `(DATE '2024-01-01' + CAST(${r(k, 1095)} AS INTEGER))`;
/** An instant within three years from 2024-01-01 UTC. */
const instant = (k: number) => `to_timestamp(1704067200 + ${r(k, 94_608_000)})`;
const pick = (k: number, labels: string[]) =>
  `[${labels.map((l) => `'${l}'`).join(', ')}][1 + ${r(k, labels.length)}]`;
const rep = (k: number) => `'Rep ' || ${r(k, 60)}`;
const team = (k: number) => `'Team ' || (${r(k, 60)} // 10)`;
const blankOr = (k: number, percent: number, x: string) =>
  `CASE WHEN ${r(k, 100)} < ${percent} THEN NULL ELSE ${x} END`;

const TABLES: Record<string, string> = {
  pipeline: `SELECT 'D' || i AS "dealId", 'Account ' || (i % 50000) AS account,
    ${pick(1, ['SMB', 'Mid-market', 'Enterprise'])} AS segment, ${rep(2)} AS rep, ${team(2)} AS team,
    ${pick(3, ['Referral', 'Website', 'Outbound', 'Event', 'Partner'])} AS source, NULL::VARCHAR AS content,
    ${blankOr(4, 3, `${r(5, 5_000_000)} / 100.0`)} AS amount, ${r(6, 2_000_000)} / 100.0 AS cost,
    lead AS "leadDate",
    CASE WHEN ${r(7, 100)} < 60 THEN lead + CAST(${r(8, 30)} AS INTEGER) END AS "opportunityDate",
    CASE WHEN ${r(7, 100)} < 40 THEN lead + CAST(30 + ${r(9, 30)} AS INTEGER) END AS "proposalDate",
    CASE WHEN ${r(10, 100)} < 30 THEN lead + CAST(${r(11, 120)} AS INTEGER) END AS "wonDate",
    CASE WHEN ${r(10, 100)} >= 60 THEN lead + CAST(${r(12, 120)} AS INTEGER) END AS "lostDate",
    NULL::VARCHAR AS "lostReason", NULL::DATE AS "expectedClose"
    FROM (SELECT i, ${day(13)} AS lead FROM range(${DEALS}) t(i))`,
  orders: `SELECT 'O' || i AS "orderId", 'C' || ${r(1, CUSTOMERS)} AS "customerId",
    ${instant(2)} AS date,
    CASE WHEN ${r(3, 100)} < 5 THEN -${r(4, 50_000)} / 100.0 ELSE ${r(5, 500_000)} / 100.0 END AS amount,
    ${blankOr(6, 20, `${r(7, 100_000)} / 100.0`)} AS cost, ${rep(8)} AS rep, ${team(8)} AS team
    FROM range(${ORDERS}) t(i)`,
  surveys: `SELECT ${instant(1)} AS date, 'C' || ${r(2, CUSTOMERS)} AS "customerId",
    kind, CASE WHEN kind = 'NPS' THEN ${r(4, 11)} ELSE 1 + ${r(5, 5)} END::DOUBLE AS score,
    NULL::VARCHAR AS comment, ${rep(6)} AS rep, ${team(6)} AS team
    FROM (SELECT i, ${pick(3, ['NPS', 'CSAT'])} AS kind FROM range(${SURVEYS}) t(i))`,
  // A third of the customers churn within two years of their acquisition (retention's stock).
  customers: `SELECT 'C' || i AS "customerId", 'Account ' || i AS account,
    ${pick(1, ['SMB', 'Mid-market', 'Enterprise'])} AS segment, acquired AS "acquiredDate",
    CASE WHEN ${r(6, 3)} = 0 THEN acquired + CAST(${r(7, 730)} AS INTEGER) END AS "churnedDate",
    ${blankOr(3, 10, pick(4, ['Referral', 'Recommandation', 'Website', 'Event']))} AS source,
    NULL::VARCHAR AS "dealId", ${rep(5)} AS rep, ${team(5)} AS team
    FROM (SELECT i, ${day(2)} AS acquired FROM range(${CUSTOMERS}) t(i))`,
  activities: `SELECT ${instant(1)} AS date, ${rep(2)} AS rep, ${team(2)} AS team,
    ${pick(3, ['Call', 'Email', 'Webinar', 'Meeting'])} AS type, ${r(4, 60)}::DOUBLE AS duration,
    ${pick(5, ['Positive reply', 'Attended', 'Connected', 'No answer'])} AS outcome,
    'D' || ${r(6, DEALS)} AS "dealId"
    FROM range(${ACTIVITIES}) t(i)`,
};

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

async function main(): Promise<void> {
  // A database file, as a warehouse keeps its tables on disk: DuckDB's buffer pool then stays
  // within memory_limit, spilling what does not fit, instead of holding every table in RAM.
  const file = join(tmpdir(), `warehouse-bench-${process.pid}.duckdb`);
  const warehouse = await LocalWarehouse.create(file);
  const db = warehouse.connection;
  await db.run(`SET threads = 2`);
  await db.run(`SET memory_limit = '1GB'`);
  await db.run(`SET preserve_insertion_order = false`);
  let t = performance.now();
  for (const [name, select] of Object.entries(TABLES))
    await db.run(`CREATE TABLE main.${name} AS ${select}`);
  console.log(
    `warehouse bench: generated ${ORDERS / 1e6} M orders, ${SURVEYS / 1e6} M survey answers, ` +
      `${DEALS / 1e6} M deals, ${CUSTOMERS / 1e6} M customers, ${ACTIVITIES / 1e6} M activities ` +
      `in ${seconds(t)} s`,
  );

  const options = { asOf: '2026-12-31', timeZone: 'Europe/Paris', period: 'month' as const };
  const suite = performance.now();
  for (const kpi of WAREHOUSE_KPIS) {
    t = performance.now();
    const raw = await warehouse.run(emitQuery(kpi, 'duckdb', LOCAL_TABLES, options));
    const finished = finishResult(kpi, raw, options);
    console.log(
      `  ${kpi.padEnd(24)} ${seconds(t).padStart(5)} s  ${raw.rows.length} rows → ${finished.rows.length}`,
    );
  }
  const kpisDone = seconds(suite);
  // The periods' readiness: one coverage query per table (first and last days, dated days of
  // the last year, stage lags), which a warehouse-mode refresh runs beside the KPI queries.
  const coverage = performance.now();
  for (const table of COVERED_TABLES) {
    t = performance.now();
    const raw = await warehouse.run(emitCoverage(table, 'duckdb', LOCAL_TABLES, options));
    console.log(
      `  ${coverageId(table).padEnd(24)} ${seconds(t).padStart(5)} s  ${raw.rows.length} rows`,
    );
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `warehouse bench: the suite of ${WAREHOUSE_KPIS.length} KPIs in ${kpisDone} s, ` +
      `${COVERED_TABLES.length} coverage queries in ${seconds(coverage)} s, ` +
      `${seconds(suite)} s in all (target ≤ 60 s), peak RSS ${peak.toFixed(0)} MB (target ≤ 2048 MB)`,
  );
  warehouse.close();
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
}

void main();
