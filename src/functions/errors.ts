// Every error a =KPI_* function throws starts with the function's name: Sheets shows the message
// under #ERROR!, and the name tells the user which formula in a busy sheet is complaining.

export class KpiError extends Error {
  constructor(
    readonly functionName: string,
    detail: string,
  ) {
    super(`${functionName}: ${detail}`);
    this.name = 'KpiError';
  }
}

export function fail(functionName: string, detail: string): never {
  throw new KpiError(functionName, detail);
}
