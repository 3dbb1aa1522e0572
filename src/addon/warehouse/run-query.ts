// Why: one warehouse KPI query run as BigQuery wants it run. A dry run first gives the bytes the
// query reads; the real job may then bill at most twice that (never below the 10 MB BigQuery
// bills for each table a query references), so a query that suddenly reads far more fails for
// free instead of costing money. Jobs carry labels (the app and the KPI) for the team's billing
// reports, run in the dataset's location, are polled with a growing pause until complete, and
// their results are paged, refused beyond 10,000 rows, and decoded by the schema.
import type { BigQueryJobs } from '../adapters/bigquery';
import type { Language } from '../i18n';
import type {
  EmittedQuery,
  QueryParameter,
  ResultTable,
  Tables,
  WarehousePeriod,
} from '../../warehouse/api';
import { decodeRows, UnreadableValue } from './decode';
import { say } from './messages';

export const ROW_LIMIT = 10_000;
const MIB = 1024 * 1024;
/** BigQuery bills at least 10 MB for each table a query references. */
export const MIN_BILLED_PER_TABLE = 10 * MIB;
const POLL_TIMEOUT_MS = 10_000;
const FIRST_PAUSE_MS = 500;
const LONGEST_PAUSE_MS = 8_000;
/** Past this (unless the caller gives a deadline), stop waiting: a script has 6 minutes. */
const GIVE_UP_MS = 240_000;

export interface WarehouseTarget {
  project: string;
  location: string;
  /** The GoogleSQL table mapping, to name the tables a failing query reads. */
  tables: Tables;
}

export interface QueryDeps {
  jobs: BigQueryJobs;
  sleep: (ms: number) => void;
  language: Language;
  /** When to stop waiting (epoch ms): one budget for all the queries of a refresh. */
  deadline?: number;
  /** The clock (default Date.now, which reads Apps Script's clock). */
  now?: () => number;
}

type Request = GoogleAppsScript.BigQuery.Schema.QueryRequest & {
  labels: Record<string, string>;
  maximumBytesBilled?: string;
};
type Response = GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse;

/** A label value BigQuery accepts: lowercase letters, digits, _ and -, at most 63 characters. */
function labelValue(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '_')
    .slice(0, 63);
}

function restParameter(p: QueryParameter): GoogleAppsScript.BigQuery.Schema.QueryParameter {
  return {
    name: p.name,
    parameterType: { type: p.type },
    parameterValue: p.value === null ? {} : { value: String(p.value) },
  };
}

/** The job's request; a query grouped by a period other than the default names it in a label. */
function request(query: EmittedQuery, target: WarehouseTarget, period?: WarehousePeriod): Request {
  return {
    query: query.sql,
    useLegacySql: false,
    parameterMode: 'NAMED',
    queryParameters: query.parameters.map(restParameter),
    location: target.location,
    labels: { app: 'sales-kpi', kpi: labelValue(query.kpi), ...(period ? { period } : {}) },
  };
}

function tablesRead(query: EmittedQuery, target: WarehouseTarget): string {
  return query.reads.map((r) => target.tables[r]?.table ?? r).join(', ');
}

/** Runs a BigQuery call; its failure becomes a message naming the KPI and the tables. */
function call<T>(query: EmittedQuery, target: WarehouseTarget, deps: QueryDeps, run: () => T): T {
  try {
    return run();
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new Error(
      say(deps.language, 'failed', {
        kpi: query.kpi,
        tables: tablesRead(query, target),
        error: text,
      }),
      { cause: error },
    );
  }
}

/** The bytes the query would process, from a dry run (free, nothing runs). */
export function dryRunBytes(
  query: EmittedQuery,
  target: WarehouseTarget,
  deps: QueryDeps,
  period?: WarehousePeriod,
): number {
  const answer = call(query, target, deps, () =>
    deps.jobs.query({ ...request(query, target, period), dryRun: true }, target.project),
  );
  return Number(answer.totalBytesProcessed ?? 0);
}

/** The most the real job may bill: twice the estimate, at least BigQuery's per-table minimum. */
export function bytesBilledLimit(estimate: number, tablesReferenced: number): number {
  const floor = MIN_BILLED_PER_TABLE * Math.max(1, tablesReferenced);
  return Math.ceil(Math.max(2 * estimate, floor) / MIB) * MIB;
}

/** Runs the query (dry run, real run, polling, paging) and returns its decoded result. */
export function runQuery(
  query: EmittedQuery,
  target: WarehouseTarget,
  deps: QueryDeps,
  period?: WarehousePeriod,
): ResultTable {
  const estimate = dryRunBytes(query, target, deps, period);
  const limit = bytesBilledLimit(estimate, new Set(query.reads).size);
  const where = { location: target.location, timeoutMs: POLL_TIMEOUT_MS, maxResults: ROW_LIMIT };
  let answer: Response = call(query, target, deps, () =>
    deps.jobs.query(
      {
        ...request(query, target, period),
        maximumBytesBilled: String(limit),
        timeoutMs: POLL_TIMEOUT_MS,
        maxResults: ROW_LIMIT,
      } as Request,
      target.project,
    ),
  );
  const jobId = answer.jobReference?.jobId ?? '';
  const now = deps.now ?? Date.now;
  const started = now();
  const giveUpAt = deps.deadline ?? started + GIVE_UP_MS;
  let pause = FIRST_PAUSE_MS;
  while (!answer.jobComplete) {
    if (now() > giveUpAt)
      throw new Error(
        say(deps.language, 'timeout', {
          kpi: query.kpi,
          seconds: Math.round((now() - started) / 1000),
          tables: tablesRead(query, target),
        }),
      );
    deps.sleep(pause);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    answer = call(query, target, deps, () =>
      deps.jobs.getQueryResults(target.project, jobId, where),
    );
  }
  const total = Number(answer.totalRows ?? 0);
  if (total > ROW_LIMIT)
    throw new Error(
      say(deps.language, 'tooMany', {
        kpi: query.kpi,
        rows: total,
        limit: ROW_LIMIT,
        tables: tablesRead(query, target),
      }),
    );
  const fields = answer.schema?.fields ?? [];
  const rows = [...(answer.rows ?? [])];
  while (answer.pageToken) {
    const pageToken = answer.pageToken;
    answer = call(query, target, deps, () =>
      deps.jobs.getQueryResults(target.project, jobId, { ...where, pageToken }),
    );
    rows.push(...(answer.rows ?? []));
  }
  try {
    return decodeRows(fields, rows);
  } catch (error) {
    if (!(error instanceof UnreadableValue)) throw error;
    throw new Error(
      say(deps.language, 'unreadable', {
        kpi: query.kpi,
        value: error.value,
        type: error.type,
        column: error.column,
      }),
      { cause: error },
    );
  }
}
