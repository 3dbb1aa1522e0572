// Why: the behaviour of BigQuery's jobs.query and jobs.getQueryResults as the fake BigQuery
// advanced service (bigquery.ts) serves them, answered by a DuckDB twin of the warehouse. Every
// documented rule the add-on could trip on is enforced (the pages are cited in
// local/README-services.md, "BigQuery"): GoogleSQL only with named parameters, the dataset's
// location, job labels, maximumBytesBilled against the bytes a dry run reports (10 MB minimum per
// table), jobs that are not complete within timeoutMs, paged results with string values.
// The twin query is found by a resolver the harness supplies: it must recognise the exact
// GoogleSQL it would emit, so a query the add-on changed on its way is refused, not guessed.
import type { Clock } from '../runtime/context';
import type { QueryParameter } from '../../src/warehouse/api';
import type { DuckTwin, TwinResult } from './bigquery-twin';
import { bigQueryType, estimateBytes, wireValue, type TableBytes } from './bigquery-sizes';

type Schema = GoogleAppsScript.BigQuery.Schema.TableSchema;
type Row = GoogleAppsScript.BigQuery.Schema.TableRow;
/** The REST QueryRequest: the typings lack `labels` and `maximumBytesBilled`, which the API has. */
export type QueryRequest = GoogleAppsScript.BigQuery.Schema.QueryRequest & {
  labels?: Record<string, string>;
  maximumBytesBilled?: string | number;
};
export type QueryResponse = GoogleAppsScript.BigQuery.Schema.QueryResponse;
export type ResultsResponse = GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse;

/** What the harness's resolver is asked: the GoogleSQL received, as the add-on sent it. */
export interface TwinRequest {
  query: string;
  parameters: QueryParameter[];
  labels: Readonly<Record<string, string>>;
}
/** The DuckDB twin of a GoogleSQL query, with its parameters (`$name` in the SQL). */
export interface TwinQuery {
  sql: string;
  parameters: QueryParameter[];
}
export type TwinResolver = (request: TwinRequest) => TwinQuery;

export interface FakeBigQueryOptions {
  twin: DuckTwin;
  resolve: TwinResolver;
  /** The only project the user may run jobs in. */
  projectId: string;
  /** Where the datasets live ('US', 'EU', 'europe-west1'); default 'US'. */
  location?: string;
  /** Simulated job duration: baseMs + msPerGiB per GiB processed (default 2 s + 1 s/GiB). */
  latency?: { baseMs: number; msPerGiB: number };
  /** The most rows one page carries, below BigQuery's 10 MB page limit (tests use small pages). */
  maxPageRows?: number;
}

interface Job {
  id: string;
  location: string;
  doneMs: number;
  schema: Schema;
  rows: Row[];
  bytes: number;
}

const MIB = 1024 * 1024;
const MIN_BILLED = 10 * MIB;
const PAGE_BYTES = 10 * MIB;
const DEFAULT_TIMEOUT_MS = 10_000;
const LABEL = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
const PARAMETER_TYPES = new Set(['DATE', 'STRING', 'INT64', 'FLOAT64', 'BOOL']);

/** Apps Script's wording for a failed advanced-service call. */
export function apiError(method: string, message: string): Error {
  const error = new Error(`API call to bigquery.jobs.${method} failed with error: ${message}`);
  error.name = 'GoogleJsonResponseException';
  return error;
}

/** Bytes billed on demand: each table at least 10 MB, the total rounded up to a whole MB. */
export function bytesBilled(tables: readonly TableBytes[]): number {
  const sum = tables.reduce((s, t) => s + Math.max(MIN_BILLED, t.bytes), 0);
  return Math.max(MIN_BILLED, Math.ceil(sum / MIB) * MIB);
}

export class FakeBigQuery {
  readonly projectId: string;
  readonly location: string;
  private readonly jobs = new Map<string, Job>();
  private nextJob = 1;

  constructor(private readonly options: FakeBigQueryOptions) {
    this.projectId = options.projectId;
    this.location = options.location ?? 'US';
  }

  query(request: QueryRequest, projectId: string, clock: Clock): QueryResponse {
    const fail = (message: string): Error => apiError('query', message);
    this.checkProject(projectId, fail);
    if (typeof request.query !== 'string' || !request.query.trim())
      throw fail('Required parameter is missing: query');
    if (request.useLegacySql !== false)
      throw fail(
        'Invalid query: this request is read as legacy SQL (useLegacySql defaults to true in the REST API); set useLegacySql: false for GoogleSQL',
      );
    if (request.location && request.location.toLowerCase() !== this.location.toLowerCase())
      throw fail(
        `Not found: Dataset ${datasetOf(request.query, this.projectId)} was not found in location ${request.location}`,
      );
    const labels = checkLabels(request.labels, fail);
    const parameters = readParameters(request, fail);
    const twin = this.options.resolve({ query: request.query, parameters, labels });
    const tables = estimateBytes(this.options.twin, twin.sql);
    const processed = tables.reduce((s, t) => s + t.bytes, 0);
    const reference = { projectId: this.projectId, location: this.location };
    if (request.dryRun)
      return {
        kind: 'bigquery#queryResponse',
        jobReference: reference,
        jobComplete: true,
        cacheHit: false,
        totalBytesProcessed: String(processed),
      };
    if (request.maximumBytesBilled !== undefined) {
      const limit = Number(request.maximumBytesBilled);
      const billed = bytesBilled(tables);
      if (!Number.isFinite(limit) || billed > limit)
        throw fail(
          `Query exceeded limit for bytes billed: ${request.maximumBytesBilled}. ${billed} or higher required.`,
        );
    }
    const result = this.options.twin.query(twin.sql, twin.parameters);
    const { baseMs, msPerGiB } = this.options.latency ?? { baseMs: 2_000, msPerGiB: 1_000 };
    const job: Job = {
      id: `job_local_${this.nextJob++}`,
      location: this.location,
      doneMs: clock.nowMs() + baseMs + (msPerGiB * processed) / (1024 * MIB),
      ...toWire(result),
      bytes: processed,
    };
    this.jobs.set(job.id, job);
    const complete = wait(clock, job, request.timeoutMs);
    const head = { kind: 'bigquery#queryResponse', jobReference: this.reference(job) };
    if (!complete) return { ...head, jobComplete: false };
    return { ...head, ...this.page(job, 0, request.maxResults) };
  }

  getQueryResults(
    projectId: string,
    jobId: string,
    args: {
      pageToken?: string;
      startIndex?: string | number;
      maxResults?: number;
      location?: string;
      timeoutMs?: number;
    } = {},
    clock: Clock,
  ): ResultsResponse {
    const fail = (message: string): Error => apiError('getQueryResults', message);
    this.checkProject(projectId, fail);
    const job = this.jobs.get(jobId);
    const wrongLocation = args.location
      ? args.location.toLowerCase() !== job?.location.toLowerCase()
      : job !== undefined && !['us', 'eu'].includes(job.location.toLowerCase());
    if (!job || wrongLocation)
      throw fail(`Not found: Job ${projectId}:${args.location ?? 'US'}.${jobId}`);
    const head = { kind: 'bigquery#getQueryResultsResponse', jobReference: this.reference(job) };
    if (!wait(clock, job, args.timeoutMs)) return { ...head, jobComplete: false };
    let start = Number(args.startIndex ?? 0);
    if (args.pageToken !== undefined) {
      const m = /^([^:]+):(\d+)$/.exec(decodeToken(args.pageToken));
      if (!m || m[1] !== job.id) throw fail(`Invalid page token: ${args.pageToken}`);
      start = Number(m[2]);
    }
    return { ...head, ...this.page(job, start, args.maxResults) };
  }

  private page(job: Job, start: number, maxResults: number | undefined): ResultsResponse {
    const cap = Math.min(maxResults ?? Infinity, this.options.maxPageRows ?? Infinity);
    const rows: Row[] = [];
    let size = 0;
    for (let i = start; i < job.rows.length && rows.length < cap; i += 1) {
      size += JSON.stringify(job.rows[i]).length;
      if (size > PAGE_BYTES && rows.length > 0) break;
      rows.push(job.rows[i]);
    }
    const next = start + rows.length;
    return {
      jobComplete: true,
      cacheHit: false,
      schema: job.schema,
      totalRows: String(job.rows.length),
      totalBytesProcessed: String(job.bytes),
      ...(rows.length ? { rows } : {}),
      ...(next < job.rows.length ? { pageToken: encodeToken(`${job.id}:${next}`) } : {}),
    };
  }

  private reference(job: Job): GoogleAppsScript.BigQuery.Schema.JobReference {
    return { projectId: this.projectId, jobId: job.id, location: job.location };
  }

  private checkProject(projectId: string, fail: (m: string) => Error): void {
    if (projectId !== this.projectId)
      throw fail(
        `Access Denied: Project ${projectId}: User does not have bigquery.jobs.create permission in project ${projectId}.`,
      );
  }
}

/** The call waits up to timeoutMs (default 10 s) of the clock; true when the job is then done. */
function wait(clock: Clock, job: Job, timeoutMs: number | undefined): boolean {
  const left = job.doneMs - clock.nowMs();
  if (left <= 0) return true;
  const timeout = Math.max(0, timeoutMs ?? DEFAULT_TIMEOUT_MS);
  clock.advanceMs(Math.min(left, timeout));
  return job.doneMs <= clock.nowMs();
}

function toWire(result: TwinResult): { schema: Schema; rows: Row[] } {
  const types = result.types.map(bigQueryType);
  return {
    schema: {
      fields: result.columns.map((name, i) => ({ name, type: types[i], mode: 'NULLABLE' })),
    },
    rows: result.rows.map((row) => ({
      f: row.map((v, i) => ({ v: wireValue(v, types[i]) as unknown as object })),
    })),
  };
}

function checkLabels(
  labels: Record<string, string> | undefined,
  fail: (m: string) => Error,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (!LABEL.test(key))
      throw fail(
        `Invalid label key "${key}": lowercase letters, digits, _ and - only, starting with a letter, at most 63 characters`,
      );
    if (typeof value !== 'string' || !LABEL_VALUE.test(value))
      throw fail(
        `Invalid label value "${String(value)}" for key "${key}": lowercase letters, digits, _ and - only, at most 63 characters`,
      );
    out[key] = value;
  }
  return out;
}

function readParameters(request: QueryRequest, fail: (m: string) => Error): QueryParameter[] {
  const given = request.queryParameters ?? [];
  if (given.length && request.parameterMode !== 'NAMED')
    throw fail('Invalid query: named query parameters need parameterMode NAMED');
  const parameters = given.map((p): QueryParameter => {
    const type = p.parameterType?.type ?? '';
    if (!p.name || !PARAMETER_TYPES.has(type))
      throw fail(`Invalid query parameter ${p.name ?? '(no name)'}: type ${type || '(none)'}`);
    const value = p.parameterValue?.value;
    return { name: p.name, type: type as QueryParameter['type'], value: value ?? null };
  });
  const names = new Set(parameters.map((p) => p.name.toLowerCase()));
  const lines = request.query!.split('\n');
  lines.forEach((line, i) => {
    for (const m of stripStrings(line).matchAll(/@([A-Za-z_]\w*)/g))
      if (!names.has(m[1].toLowerCase()))
        throw fail(`Query parameter '${m[1]}' not found at [${i + 1}:${(m.index ?? 0) + 1}]`);
  });
  return parameters;
}

/** Blanks out string literals and backquoted names (an @ inside them is not a parameter). */
function stripStrings(line: string): string {
  return line.replace(/'(?:[^'\\]|\\.)*'|`[^`]*`|"(?:[^"\\]|\\.)*"/g, (s) => ' '.repeat(s.length));
}

function datasetOf(query: string, projectId: string): string {
  const m = /`([\w-]+)\.(\w+)\.\w+`/.exec(query);
  return m ? `${m[1]}:${m[2]}` : `${projectId}:(dataset)`;
}

const encodeToken = (s: string): string => Buffer.from(s).toString('base64url');
const decodeToken = (s: string): string => Buffer.from(s, 'base64url').toString();
