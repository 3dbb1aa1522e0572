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

/** A query whose job was started: what finishQuery needs to wait for it and read it. */
export interface StartedQuery {
  readonly query: EmittedQuery;
  readonly jobId: string;
  readonly answer: Response;
  /** Whether the start waited for the job (else the first getQueryResults is asked at once). */
  readonly waited: boolean;
}

/**
 * Starts the query: its dry run, then the real job, waiting for it at most `waitMs` (BigQuery's
 * timeoutMs: 0 returns at once, so several jobs can run at the same time).
 */
export function startQuery(
  query: EmittedQuery,
  target: WarehouseTarget,
  deps: QueryDeps,
  period?: WarehousePeriod,
  waitMs = POLL_TIMEOUT_MS,
): StartedQuery {
  const estimate = dryRunBytes(query, target, deps, period);
  const limit = bytesBilledLimit(estimate, new Set(query.reads).size);
  const answer: Response = call(query, target, deps, () =>
    deps.jobs.query(
      {
        ...request(query, target, period),
        maximumBytesBilled: String(limit),
        timeoutMs: waitMs,
        maxResults: ROW_LIMIT,
      } as Request,
      target.project,
    ),
  );
  return { query, jobId: answer.jobReference?.jobId ?? '', answer, waited: waitMs > 0 };
}

/** Runs the query (dry run, real run, polling, paging) and returns its decoded result. */
export function runQuery(
  query: EmittedQuery,
  target: WarehouseTarget,
  deps: QueryDeps,
  period?: WarehousePeriod,
): ResultTable {
  return finishQuery(startQuery(query, target, deps, period), target, deps);
}

/** One query of a batch: what to run, and where its result (or its own failure) goes. */
export interface BatchItem {
  readonly query: () => EmittedQuery;
  readonly period?: WarehousePeriod;
  readonly keep: (result: ResultTable | Error) => void;
}

/**
 * Runs several queries at the same time: every dry run and job start first (none waits), then
 * each job's result, so a refresh waits about as long as its slowest query rather than the sum
 * of them all. A query that cannot be written, started or read fails alone.
 */
export function runQueries(
  items: readonly BatchItem[],
  target: WarehouseTarget,
  deps: QueryDeps,
): void {
  const started: Array<{ item: BatchItem; job: StartedQuery }> = [];
  const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  for (const item of items) {
    try {
      started.push({ item, job: startQuery(item.query(), target, deps, item.period, 0) });
    } catch (error) {
      item.keep(asError(error));
    }
  }
  // One deadline for the batch: the jobs run meanwhile, so the first wait covers them all.
  const now = deps.now ?? Date.now;
  const batch = { ...deps, deadline: deps.deadline ?? now() + GIVE_UP_MS };
  for (const { item, job } of started) {
    try {
      item.keep(finishQuery(job, target, batch));
    } catch (error) {
      item.keep(asError(error));
    }
  }
}

/** Waits for a started job (polling with a growing pause), then pages and decodes its rows. */
export function finishQuery(
  started: StartedQuery,
  target: WarehouseTarget,
  deps: QueryDeps,
): ResultTable {
  const { query, jobId } = started;
  let answer = started.answer;
  const where = { location: target.location, timeoutMs: POLL_TIMEOUT_MS, maxResults: ROW_LIMIT };
  const now = deps.now ?? Date.now;
  const begun = now();
  const giveUpAt = deps.deadline ?? begun + GIVE_UP_MS;
  let pause = FIRST_PAUSE_MS;
  let waited = started.waited;
  while (!answer.jobComplete) {
    if (now() > giveUpAt)
      throw new Error(
        say(deps.language, 'timeout', {
          kpi: query.kpi,
          seconds: Math.round((now() - begun) / 1000),
          tables: tablesRead(query, target),
        }),
      );
    // A job started without waiting is asked at once (getQueryResults itself waits up to
    // timeoutMs); the growing pause is for a job still running after a wait.
    if (waited) {
      deps.sleep(pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
    waited = true;
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
