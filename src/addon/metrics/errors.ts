// Errors of the metrics engine: a request it cannot answer (a KPI on a scope its data cannot
// filter, a column the workbook lacks, an empty period). Cells it cannot read are not errors:
// they are left out and reported (see ReadProblem in data.ts), so one typo in 50,000 rows never
// stops the alerts or the dashboard.

export type MetricErrorCode = 'unknown kpi' | 'unsupported scope' | 'missing column' | 'bad period';

export class MetricError extends Error {
  constructor(
    readonly code: MetricErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MetricError';
  }
}
