// Why: the BigQuery advanced service (`BigQuery.Jobs.query`, `BigQuery.Jobs.getQueryResults`)
// without Google: a FakeBigQuery (bigquery-jobs.ts) answers from a DuckDB twin of the warehouse.
// Like every local service it goes through service(): calls are counted ("BigQuery.Jobs.query")
// and need an authorised mode and a BigQuery scope. Advanced services need the user's
// authorisation, which custom functions and simple triggers never have, so both are refused
// (FULL only, like MailApp). The global exists only when the manifest enables the service
// (`dependencies.enabledAdvancedServices`) and a fake is registered for the project's state.
import type { RuntimeContext } from '../runtime/context';
import type { LocalState } from '../runtime/state';
import type { FakeBigQuery, QueryRequest } from './bigquery-jobs';
import { service } from './unimplemented';

export const BIGQUERY_SCOPES = [
  'https://www.googleapis.com/auth/bigquery',
  'https://www.googleapis.com/auth/cloud-platform',
] as const;

const byState = new WeakMap<LocalState, FakeBigQuery>();

/** Serves BigQuery to every execution of the project's state (when the manifest enables it). */
export function registerBigQuery(state: LocalState, fake: FakeBigQuery): void {
  byState.set(state, fake);
}

export function registeredBigQuery(state: LocalState): FakeBigQuery | undefined {
  return byState.get(state);
}

type Jobs = GoogleAppsScript.BigQuery.Collection.JobsCollection;

export function createBigQuery(ctx: RuntimeContext, fake: FakeBigQuery): GoogleAppsScript.BigQuery {
  const access = { ctx, defaultAccess: { min: 'FULL' as const, scopes: BIGQUERY_SCOPES } };
  const jobs: Pick<Jobs, 'query' | 'getQueryResults'> = {
    query: (request: QueryRequest, projectId: string) => fake.query(request, projectId, ctx.clock),
    getQueryResults: (projectId: string, jobId: string, optionalArgs: object = {}) =>
      fake.getQueryResults(projectId, jobId, optionalArgs, ctx.clock),
  };
  return service<GoogleAppsScript.BigQuery>(
    'BigQuery',
    { Jobs: service<Jobs>('BigQuery.Jobs', jobs, access) },
    access,
  );
}
