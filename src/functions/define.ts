// The guard every =KPI_* function goes through: whatever happens inside, Sheets receives either a
// finite value (or a table of them) or an error whose message starts with the function's name.
// No NaN, Infinity or undefined ever reaches a cell.
import { Cell } from './cells';
import { KpiError } from './errors';

export type Result = number | boolean | string | Date | Cell[][];

export function defineKpi<A extends unknown[], R extends Result>(
  name: string,
  impl: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    let result: R;
    try {
      result = impl(...args);
    } catch (error) {
      if (error instanceof KpiError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new KpiError(name, `could not compute (${detail})`);
    }
    return checkResult(name, result);
  };
}

function checkResult<R extends Result>(name: string, result: R): R {
  if (Array.isArray(result)) {
    for (const row of result) for (const cell of row) checkCell(name, cell);
  } else {
    checkCell(name, result);
  }
  return result;
}

function checkCell(name: string, cell: unknown): void {
  if (cell === undefined || cell === null)
    throw new KpiError(name, 'internal error: an empty result');
  if (typeof cell === 'number' && !Number.isFinite(cell)) {
    throw new KpiError(name, 'the result is not defined for these inputs');
  }
}
