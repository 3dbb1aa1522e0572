// Errors of the metrics engine: a request it cannot answer (a KPI on a scope its data cannot
// filter, a column the workbook lacks, an empty period). Cells it cannot read are not errors:
// they are left out and reported (see ReadProblem in data.ts), so one typo in 50,000 rows never
// stops the alerts or the dashboard.

export type MetricErrorCode =
  | 'unknown kpi'
  | 'unsupported scope'
  | 'missing sheet'
  | 'missing column'
  | 'bad period'
  /** Warehouse mode cannot give this KPI, scope or span, or BigQuery failed (named). */
  | 'warehouse';

export class MetricError extends Error {
  constructor(
    readonly code: MetricErrorCode,
    message: string,
    /** The message in each language, when the engine words it for the user (missing sheet). */
    readonly texts?: Readonly<Record<'en' | 'fr', string>>,
  ) {
    super(message);
    this.name = 'MetricError';
  }
}

/** The error's message in the user's language (the English one when it has no other). */
export function metricMessage(error: unknown, language: 'en' | 'fr'): string {
  if (error instanceof MetricError) return error.texts?.[language] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
